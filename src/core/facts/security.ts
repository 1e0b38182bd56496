import type { ClassifiedClause, Fact } from '../types';
import { notStated, stated } from './clauses';
import { BREACH_NOTICE_PATTERN, SECURITY_PATTERN } from './lexicon';

/** Whether the document describes measures protecting data: a fact about the text, so never `null`. */
export function securityMeasuresDescribed(clauses: ClassifiedClause[]): Fact<boolean> {
  const measures = clauses.filter((c) => SECURITY_PATTERN.test(c.text));
  return stated(measures.length > 0, measures);
}

/** True when it promises to tell people about a breach; `null` otherwise (silence is not a refusal). */
export function breachNotification(clauses: ClassifiedClause[]): Fact<boolean> {
  const notices = clauses.filter((c) => BREACH_NOTICE_PATTERN.test(c.text));
  return notices.length ? stated(true, notices) : notStated();
}
