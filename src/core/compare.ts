import type { Comparison, PolicyReport, ReferencePolicy } from './types';

// STUB: replaced by the per-category comparison.
export function comparePolicy(report: PolicyReport, reference: ReferencePolicy[]): Comparison {
  const rank = 1 + reference.filter((r) => r.report.score.score > report.score.score).length;
  return { rank, of: reference.length + 1, against: [] };
}
