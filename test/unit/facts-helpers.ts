import type { Category, ClassifiedClause } from '../../src/core/types';

/** A classified clause for tests: `clause('We sell data.', ['sharing'], { negated: true })`. */
export function clause(text: string, labels: Category[] = [], options: { negated?: boolean; index?: number } = {}): ClassifiedClause {
  return { index: options.index ?? 0, text, start: 0, end: text.length, labels, negated: options.negated ?? false, reasons: [] };
}

/** Number the clauses in order, as the segmenter would. */
export function numbered(clauses: ClassifiedClause[]): ClassifiedClause[] {
  return clauses.map((c, index) => ({ ...c, index }));
}
