import { useMemo } from 'preact/hooks';
import type { ComparedPolicy } from '../../src/compare-view/compare';
import { copiedReference, copiesBySummary } from '../../src/compare-view/reference-copies';
import type { ReferencePolicy } from '../../src/core/types';
import type { HistorySummary } from '../../src/storage/types';

/**
 * History entries that are a reference's policy (key → reference id): known from the summaries
 * (same text, same address), and from the clauses of every report read for the table since the
 * history was last listed. Reports are never read only for this.
 */
export function useReferenceCopies(entries: HistorySummary[], reference: ReferencePolicy[], policies: ComparedPolicy[] | undefined): Map<string, string> {
  const bySummary = useMemo(() => copiesBySummary(entries, reference), [entries, reference]);
  const byReport = useMemo(() => new Map<string, string | null>(), [entries, reference]);
  for (const policy of policies ?? []) {
    if (policy.source === 'history' && !byReport.has(policy.id)) byReport.set(policy.id, copiedReference(policy.report, reference) ?? null);
  }
  const copies = new Map(bySummary);
  for (const [key, id] of byReport) if (id) copies.set(key, id);
  return copies;
}
