import { useMemo, useState } from 'preact/hooks';
import { checklistSections } from '../../src/compare-view/checklist-rows';
import { comparablePolicies, resolveSelection, toggleSelection, ungradedPolicies } from '../../src/compare-view/choices';
import { comparePolicies } from '../../src/compare-view/compare';
import { pickerLists } from '../../src/compare-view/reference-copies';
import { versionChoices } from '../../src/compare-view/versions';
import type { Residence } from '../../src/core/checklists/residence';
import type { ReferencePolicy } from '../../src/core/types';
import type { History, HistorySummary } from '../../src/storage/types';
import { ComparePicker } from './ComparePicker';
import { CompareTable } from './CompareTable';
import { useComparedPolicies } from './use-compared-policies';
import { useHashSelection } from './use-hash-selection';
import { useOpeningSelection } from './use-opening-selection';
import { useReferenceCopies } from './use-reference-copies';

export const UNREADABLE = 'can no longer be read from your history: delete it there and analyse the page again.';

interface Props {
  history: History;
  entries: HistorySummary[];
  reference: ReferencePolicy[];
  residence?: Residence;
}

/** The picker and the side-by-side table; opens with the current policy and its two closest references. */
export function CompareSection({ history, entries, reference, residence }: Props) {
  const [selectedIds, setSelectedIds] = useHashSelection();
  const [onlyDifferences, setOnlyDifferences] = useState(false);
  const available = useMemo(() => comparablePolicies(entries, reference), [entries, reference]);
  const ungraded = useMemo(() => ungradedPolicies(entries, reference), [entries, reference]);
  // Versions of a changed policy are picked from the history list, into the same selection.
  const versions = useMemo(() => versionChoices(entries), [entries]);
  const picked = resolveSelection(selectedIds, [...available, ...versions]);
  const { policies, unreadable } = useComparedPolicies(history, entries, picked, reference);
  const copies = useReferenceCopies(entries, reference, policies);
  const lists = pickerLists(available, copies, selectedIds);
  useOpeningSelection({
    history,
    available,
    reference,
    offered: new Set(lists.references.map((choice) => choice.id)),
    selected: selectedIds,
    select: setSelectedIds,
  });
  return (
    <section aria-labelledby="compare-heading">
      <h2 id="compare-heading">Compare side by side</h2>
      {available.length < 2 ? (
        <p class="empty">There is nothing to compare yet: analyse a policy or two first.</p>
      ) : (
        <ComparePicker lists={lists} selected={selectedIds} onToggle={(id) => setSelectedIds((ids) => toggleSelection(ids, id))} />
      )}
      {ungraded.length > 0 && (
        <p class="hint" data-testid="not-offered">
          Not offered for comparison, as {ungraded.length === 1 ? 'it has' : 'they have'} no grade (not in English, not a policy, or too little to grade):{' '}
          {ungraded.map((name) => `“${name}”`).join(', ')}.
        </p>
      )}
      {unreadable.map((choice) => (
        <p class="error" role="alert" key={choice.id}>
          “{choice.name}” {UNREADABLE}
        </p>
      ))}
      {picked.length >= 2 && !policies && <p class="hint">Reading the picked policies…</p>}
      {policies && policies.length >= 2 ? (
        <>
          <label class="only-differences">
            <input type="checkbox" checked={onlyDifferences} onChange={() => setOnlyDifferences(!onlyDifferences)} /> Show only rows that
            differ
          </label>
          <CompareTable
            policies={policies}
            sections={[...comparePolicies(policies), ...checklistSections(policies, residence)]}
            onlyDifferences={onlyDifferences}
          />
        </>
      ) : (
        available.length >= 2 &&
        picked.length < 2 && (
          <p class="hint">
            {picked[0]
              ? `“${picked[0].name}” is picked: pick at least one more policy to compare it with.`
              : 'Pick two or more policies to see them side by side.'}
          </p>
        )
      )}
    </section>
  );
}
