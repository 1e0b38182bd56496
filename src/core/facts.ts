import { FACTS } from './facts/registry';
import { documentStatements } from './statements/extract';
import { clauseContexts } from './classify/layout';
import type { ClassifiedClause, Evidence, PolicyFacts } from './types';

/** A clause longer than this is quoted around the words that state the fact, not from its start. */
const LONG_CLAUSE_CHARS = 200;

/**
 * The evidence with where, in a long clause, the words that state the fact begin (a flattened
 * table row, a long list), as `where` finds them; a short clause is quoted whole and not searched.
 */
export function focusOn(evidence: Evidence, where: (text: string) => number | undefined): Evidence {
  if (evidence.text.length <= LONG_CLAUSE_CHARS) return evidence;
  const at = where(evidence.text);
  return at === undefined ? evidence : { ...evidence, at };
}

/** Where a fact's cue first stands; one at the clause's start needs no offset, the quote starts there anyway. */
const cueIn = (cue: RegExp) => (text: string) => cue.exec(text)?.index || undefined;

/** The policy-level fact sheet: each fact of the registry read from the clauses and their statements, with the clauses it rests on. */
export function extractFacts(clauses: ClassifiedClause[]): PolicyFacts {
  const perClause = documentStatements(clauses);
  const statements = new Map(clauses.map((c, i) => [c.index, perClause[i] ?? []]));
  const contexts = clauseContexts(clauses.map((c) => c.text));
  const headings = new Map(clauses.map((c, i) => [c.index, contexts[i]?.heading ?? '']));
  return Object.fromEntries(
    FACTS.map((fact) => {
      const { value, evidence } = fact.extract({ clauses, statements, headings });
      const where = cueIn(fact.cue);
      return [fact.key, { value, evidence: evidence.map((e) => focusOn(e, where)) }];
    }),
  ) as unknown as PolicyFacts;
}
