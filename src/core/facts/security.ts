// security_measures_described: whether the policy describes how it protects data.
import { dealsWithPersonalData, notStated, stated } from './clauses';
import { defineFact, yesNo, type FactInput } from './definition';
import { SECURITY_PATTERN } from './lexicon';

/** "We cannot safeguard information you post publicly": a disclaimer, not a measure. */
const DISCLAIMS = /\b(?:cannot|can't|can ?not|unable to|not able to)\b[^.]{0,40}\b(?:safeguard|secure|protect|guarantee|ensure)/i;
const CONCRETE = /\bencrypt\w*|\bSSL\b|\bTLS\b|\bfirewalls?\b|\b(?:two|multi)-factor\b/i;

/** Silence is a fact about a text that deals with personal data (false), but says nothing about one that does not (null). */
export function securityMeasuresDescribed({ clauses }: FactInput) {
  const measures = clauses.filter((c) => SECURITY_PATTERN.test(c.text) && (!DISCLAIMS.test(c.text) || CONCRETE.test(c.text)));
  if (measures.length === 0 && !dealsWithPersonalData(clauses)) return notStated<boolean>();
  return stated(measures.length > 0, measures);
}

export const security = defineFact<'security_measures_described'>({
  key: 'security_measures_described',
  label: 'Security measures described',
  extract: securityMeasuresDescribed,
  weight: 10,
  unknown: 'Does not say how it protects your data',
  judge: (described) =>
    described ? { fraction: 1, reason: 'Describes how it protects your data' } : { fraction: -1, reason: 'Does not describe how it protects your data' },
  phrase: (described) => (described ? 'describes how it protects data' : 'does not describe how it protects data'),
  cell: yesNo,
});
