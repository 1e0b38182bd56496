import { CATEGORIES, type CategorySummary, type ClassifiedClause, type PolicyFacts } from './types';

// STUB: replaced by plain-language findings per category.
export function summariseCategories(clauses: ClassifiedClause[], _facts: PolicyFacts): CategorySummary[] {
  return CATEGORIES.map((category) => {
    const tagged = clauses.filter((c) => c.labels.includes(category));
    return { category, clauses: tagged.length, negated: tagged.filter((c) => c.negated).length, findings: [] };
  });
}
