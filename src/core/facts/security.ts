import type { ClassifiedClause, Fact } from '../types';
import { dealsWithPersonalData, notStated, stated } from './clauses';
import { BREACH_NOTICE_PATTERN, SECURITY_PATTERN } from './lexicon';

/**
 * Whether the document describes measures protecting data. Silence is a fact about a text
 * that deals with personal data (false), but says nothing about one that does not (null).
 */
/** "We cannot safeguard information you post publicly": a disclaimer, not a measure. */
const DISCLAIMS = /\b(?:cannot|can't|can ?not|unable to|not able to)\b[^.]{0,40}\b(?:safeguard|secure|protect|guarantee|ensure)/i;
const CONCRETE = /\bencrypt\w*|\bSSL\b|\bTLS\b|\bfirewalls?\b|\b(?:two|multi)-factor\b/i;

export function securityMeasuresDescribed(clauses: ClassifiedClause[]): Fact<boolean> {
  const measures = clauses.filter((c) => SECURITY_PATTERN.test(c.text) && (!DISCLAIMS.test(c.text) || CONCRETE.test(c.text)));
  if (measures.length === 0 && !dealsWithPersonalData(clauses)) return notStated();
  return stated(measures.length > 0, measures);
}

/** True when it promises to tell people about a breach; `null` otherwise (silence is not a refusal). */
export function breachNotification(clauses: ClassifiedClause[]): Fact<boolean> {
  const notices = clauses.filter((c) => BREACH_NOTICE_PATTERN.test(c.text));
  return notices.length ? stated(true, notices) : notStated();
}
