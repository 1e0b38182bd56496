import type { Clause, ClassifiedClause, ClauseClassification } from './types';

// STUB: replaced by the compromise-based classifier.
export function classifyClause(_text: string): ClauseClassification {
  return { labels: [], negated: false, reasons: [] };
}

export function classifyClauses(clauses: Clause[]): ClassifiedClause[] {
  return clauses.map((clause) => ({ ...clause, ...classifyClause(clause.text) }));
}
