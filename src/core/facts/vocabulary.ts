import type { ClassifiedClause, DataItem, Fact, Right } from '../types';
import { affirmative, dealsWithPersonalData, labelled, notStated, stated } from './clauses';
import { DATA_ITEM_TERMS, LAW_TERMS, RIGHT_TERMS, matchTerms, type Term } from './lexicon';

/** Union of the terms the clauses name, in vocabulary order, with the clauses that named any. */
function collectTerms<T extends string>(clauses: ClassifiedClause[], lexicon: Term<T>[], order: readonly T[]) {
  const found = new Set<T>();
  const sources: ClassifiedClause[] = [];
  for (const clause of clauses) {
    const terms = matchTerms(clause.text, lexicon);
    if (terms.length === 0) continue;
    terms.forEach((t) => found.add(t));
    sources.push(clause);
  }
  return { terms: order.filter((t) => found.has(t)), sources };
}

/** Data items named in affirmative collection or retention clauses; `null` when none is named. */
export function collectedItems(clauses: ClassifiedClause[], order: readonly DataItem[]): Fact<DataItem[]> {
  const { terms, sources } = collectTerms(affirmative(labelled(clauses, 'collection', 'retention')), DATA_ITEM_TERMS, order);
  return terms.length ? stated(terms, sources) : notStated();
}

/** Rights named in clauses about rights and choices; `null` when none is named. */
export function statedRights(clauses: ClassifiedClause[], order: readonly Right[]): Fact<Right[]> {
  const { terms, sources } = collectTerms(labelled(clauses, 'rights'), RIGHT_TERMS, order);
  return terms.length ? stated(terms, sources) : notStated();
}

/**
 * Data-protection laws named anywhere; an empty list (not `null`) when a text about
 * personal data names none, as in the fact sheets.
 */
export function namedLaws(clauses: ClassifiedClause[]): Fact<string[]> {
  const order = [...new Set(LAW_TERMS.map((t) => t.term))];
  const { terms, sources } = collectTerms(clauses, LAW_TERMS, order);
  if (terms.length === 0 && !dealsWithPersonalData(clauses)) return notStated();
  return stated(terms, sources);
}
