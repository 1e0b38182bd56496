import type { Category, ClassifiedClause, Evidence, Fact } from '../types';

export function evidenceOf(clauses: ClassifiedClause[]): Evidence[] {
  return clauses.map((c) => ({ clause: c.index, text: c.text }));
}

export function labelled(clauses: ClassifiedClause[], ...categories: Category[]): ClassifiedClause[] {
  return clauses.filter((c) => categories.some((category) => c.labels.includes(category)));
}

export function affirmative(clauses: ClassifiedClause[]): ClassifiedClause[] {
  return clauses.filter((c) => !c.negated);
}

/** Any clause about a practice at all: the text is a policy about personal data. */
export function dealsWithPersonalData(clauses: ClassifiedClause[]): boolean {
  return clauses.some((c) => c.labels.length > 0);
}

export const notStated = <T>(): Fact<T> => ({ value: null, evidence: [] });

export function stated<T>(value: T, clauses: ClassifiedClause[]): Fact<T> {
  return { value, evidence: evidenceOf(clauses) };
}
