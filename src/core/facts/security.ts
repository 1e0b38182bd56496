import type { ClassifiedClause, Fact } from '../types';
import { dealsWithPersonalData, notStated, stated } from './clauses';
import { BREACH_NOTICE_PATTERN, SECURITY_PATTERN } from './lexicon';

/**
 * Whether the document describes measures protecting data. Silence is a fact about a text
 * that deals with personal data (false), but says nothing about one that does not (null).
 */
export function securityMeasuresDescribed(clauses: ClassifiedClause[]): Fact<boolean> {
  const measures = clauses.filter((c) => SECURITY_PATTERN.test(c.text));
  if (measures.length === 0 && !dealsWithPersonalData(clauses)) return notStated();
  return stated(measures.length > 0, measures);
}

/** True when it promises to tell people about a breach; `null` otherwise (silence is not a refusal). */
export function breachNotification(clauses: ClassifiedClause[]): Fact<boolean> {
  const notices = clauses.filter((c) => BREACH_NOTICE_PATTERN.test(c.text));
  return notices.length ? stated(true, notices) : notStated();
}
