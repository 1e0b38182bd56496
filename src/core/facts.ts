import { FACTS } from './facts/registry';
import { documentStatements } from './statements/extract';
import { clauseContexts } from './classify/layout';
import type { ClassifiedClause, Evidence, PolicyFacts } from './types';

/** A clause longer than this is quoted around the words that state the fact, not from its start. */
export const LONG_CLAUSE_CHARS = 200;

/** The evidence with where, in a long clause, the words that state the fact begin (a flattened table row, a long list). */
function focused(evidence: Evidence, cue: RegExp): Evidence {
  if (evidence.text.length <= LONG_CLAUSE_CHARS || evidence.at !== undefined) return evidence;
  const at = cue.exec(evidence.text)?.index;
  return at ? { ...evidence, at } : evidence;
}

/** The policy-level fact sheet: each fact of the registry read from the clauses and their statements, with the clauses it rests on. */
export function extractFacts(clauses: ClassifiedClause[]): PolicyFacts {
  const perClause = documentStatements(clauses);
  const statements = new Map(clauses.map((c, i) => [c.index, perClause[i] ?? []]));
  const contexts = clauseContexts(clauses.map((c) => c.text));
  const headings = new Map(clauses.map((c, i) => [c.index, contexts[i]?.heading ?? '']));
  return Object.fromEntries(
    FACTS.map((fact) => {
      const { value, evidence } = fact.extract({ clauses, statements, headings });
      return [fact.key, { value, evidence: evidence.map((e) => focused(e, fact.cue)) }];
    }),
  ) as unknown as PolicyFacts;
}
