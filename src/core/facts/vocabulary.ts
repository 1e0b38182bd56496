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

/** "We do not request or store your name or IP address": data named as not collected (unless there is a way out). */
const DENIES_COLLECTING =
  /\b(?:do|does|will|shall) not\b(?:\s+\w+){0,2}\s+(?:collect|request|ask for|store|keep|log|record|retain|gather|track|process)\b|\bnever (?:collect|request|ask for|store|keep|log|record|retain|gather|track)s?\b|\bno (?:logs?|records?) (?:of|are kept)\b/i;
const WAY_OUT = /\b(?:unless|except|other than|without your)\b/i;

/** Data items named in affirmative collection or retention clauses; `null` when none is named. */
export function collectedItems(clauses: ClassifiedClause[], order: readonly DataItem[]): Fact<DataItem[]> {
  const held = affirmative(labelled(clauses, 'collection', 'retention')).filter((c) => !DENIES_COLLECTING.test(c.text) || WAY_OUT.test(c.text));
  const { terms, sources } = collectTerms(held, DATA_ITEM_TERMS, order);
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
