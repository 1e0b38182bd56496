import { useEffect, useRef } from 'preact/hooks';
import type { CompareChoice } from '../../src/compare-view/choices';
import { openingPolicy, openingSelection } from '../../src/compare-view/closest';
import type { PolicyReport, ReferencePolicy } from '../../src/core/types';
import type { History } from '../../src/storage/types';

interface Opening {
  history: History;
  available: CompareChoice[];
  reference: ReferencePolicy[];
  /** Ids of the references the picker offers (a reference whose copy is in the history is not). */
  offered: ReadonlySet<string>;
  selected: string[];
  select(ids: string[]): void;
}

/**
 * Once, when the page opens naming at most one policy: picks that policy (or the newest analysed
 * page) with its two closest references, so the table shows at once. A choice the user makes
 * meanwhile is kept; a page opened at another section is left as it was asked for.
 */
export function useOpeningSelection({ history, available, reference, offered, selected, select }: Opening): void {
  const latest = useRef(selected);
  latest.current = selected;
  useEffect(() => {
    // Opened at another section ("#analyse"): the user came for that, not for a comparison.
    if (location.hash && !location.hash.startsWith('#compare=')) return;
    const current = openingPolicy(selected, available);
    if (!current) return;
    const before = selected.join('\n');
    const read: Promise<PolicyReport | undefined> =
      current.source === 'reference'
        ? Promise.resolve(reference.find((r) => r.id === current.id)?.report)
        : history.get(current.id).then((entry) => entry?.report, () => undefined);
    void read.then((report) => {
      if (report && latest.current.join('\n') === before) select(openingSelection(current, report, reference.filter((r) => offered.has(r.id))));
    });
    // Only at opening: later changes are the user's.
  }, []);
}
