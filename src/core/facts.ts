import { FACTS } from './facts/registry';
import { documentStatements } from './statements/extract';
import { clauseContexts } from './classify/layout';
import type { ClassifiedClause, PolicyFacts } from './types';

/** The policy-level fact sheet: each fact of the registry read from the clauses and their statements, with the clauses it rests on. */
export function extractFacts(clauses: ClassifiedClause[]): PolicyFacts {
  const perClause = documentStatements(clauses);
  const statements = new Map(clauses.map((c, i) => [c.index, perClause[i] ?? []]));
  const contexts = clauseContexts(clauses.map((c) => c.text));
  const headings = new Map(clauses.map((c, i) => [c.index, contexts[i]?.heading ?? '']));
  return Object.fromEntries(FACTS.map((fact) => [fact.key, fact.extract({ clauses, statements, headings })])) as unknown as PolicyFacts;
}
