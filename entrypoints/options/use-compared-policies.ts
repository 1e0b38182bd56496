import { useEffect, useState } from 'preact/hooks';
import type { CompareChoice } from '../../src/compare-view/choices';
import type { ComparedPolicy } from '../../src/compare-view/compare';
import type { VersionChoice } from '../../src/compare-view/versions';
import type { PolicyReport, ReferencePolicy } from '../../src/core/types';
import type { History, HistorySummary } from '../../src/storage/types';

export interface ComparedPolicies {
  /** The picked policies with their reports, in the order picked; `undefined` while some are still being read. */
  policies: ComparedPolicy[] | undefined;
  /** Picked history entries whose report cannot be read. */
  unreadable: CompareChoice[];
}

/** The report of a picked history entry, or of one of its versions; `null` when it cannot be read. */
async function readReport(history: History, choice: CompareChoice | VersionChoice): Promise<PolicyReport | null> {
  const read = 'version' in choice ? history.version(choice.version.key, choice.version.textHash) : history.get(choice.id);
  return (await read.catch(() => undefined))?.report ?? null;
}

/**
 * The reports of the picked policies. A history entry's report is read from the store only
 * once it is picked, never the whole history's; reports read are kept until the list changes.
 */
export function useComparedPolicies(
  history: History,
  entries: HistorySummary[],
  picked: CompareChoice[],
  reference: ReferencePolicy[],
): ComparedPolicies {
  const [reports, setReports] = useState(() => new Map<string, PolicyReport | null>());
  useEffect(() => setReports(new Map()), [entries]);

  const missing = picked.filter((choice) => choice.source === 'history' && !reports.has(choice.id));
  const missingIds = missing.map((choice) => choice.id).join('\n');
  useEffect(() => {
    if (missing.length === 0) return;
    let current = true;
    void Promise.all(
      missing.map(async (choice) => [choice.id, await readReport(history, choice)] as const),
    ).then((read) => {
      if (current) setReports((known) => new Map([...known, ...read]));
    });
    return () => {
      current = false;
    };
  }, [history, missingIds]);

  if (missing.length > 0) return { policies: undefined, unreadable: [] };
  const referenceReports = new Map(reference.map((ref) => [ref.id, ref.report]));
  const unreadable = picked.filter((choice) => choice.source === 'history' && reports.get(choice.id) === null);
  const policies = picked.flatMap((choice) => {
    const report = choice.source === 'reference' ? referenceReports.get(choice.id) : reports.get(choice.id);
    return report ? [{ ...choice, report }] : [];
  });
  return { policies, unreadable };
}
