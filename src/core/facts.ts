import { FACTS } from './facts/registry';
import { documentStatements } from './statements/extract';
import type { ClassifiedClause, PolicyFacts } from './types';

/** The policy-level fact sheet: each fact of the registry read from the clauses and their statements, with the clauses it rests on. */
export function extractFacts(clauses: ClassifiedClause[]): PolicyFacts {
  const perClause = documentStatements(clauses);
  const statements = new Map(clauses.map((c, i) => [c.index, perClause[i] ?? []]));
  return Object.fromEntries(FACTS.map((fact) => [fact.key, fact.extract({ clauses, statements })])) as unknown as PolicyFacts;
}
