import type { PolicyFacts, PolicyScore } from './types';

// STUB: replaced by the documented points table.
export function scorePolicy(_facts: PolicyFacts): PolicyScore {
  return { score: 50, grade: 'C', points: [], coverage: 0 };
}
