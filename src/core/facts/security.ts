// security_measures_described: whether the policy describes how it protects data.
import { dealsWithPersonalData, notStated, stated } from './clauses';
import { defineFact, yesNo, type FactInput } from './definition';
import { FIRST_PERSON } from '../vocabulary/parties';
import { SECURITY_PATTERN } from './lexicon';

/** "We cannot safeguard information you post publicly": a disclaimer, not a measure. */
const DISCLAIMS = /\b(?:cannot|can't|can ?not|unable to|not able to)\b[^.]{0,40}\b(?:safeguard|secure|protect|guarantee|ensure)/i;
const CONCRETE = /\bencrypt\w*|\bSSL\b|\bTLS\b|\bfirewalls?\b|\b(?:two|multi)-factor\b/i;
/** "Owners and administrators may … restrict access to Personal Data": a control someone else has, not the operator's measure. */
const OTHERS_RESTRICT = /\b(?:you|users?|owners?|administrators?|admins?|customers?|members?)\b[^.]{0,80}\b(?:can|may|are able to)\b[^.]{0,40}\brestrict\w* access\b/i;
/** "• Encryption": a word in a menu or a feature list names a measure but describes none; nor does a pointer to another page ("See Zotero and Firewalls for access requirements"). */
const POINTS_ELSEWHERE = /^\W*(?:please )?(?:see|refer to|read|visit)\b/i;
const describes = (text: string) => text.trim().split(/\s+/).length >= 4 && !POINTS_ELSEWHERE.test(text);

/** "Cake Labs strongly recommends that you … secure your funds, by … storing encrypted backups": the person's own measure, advised. */
const ADVISES_THE_PERSON = /\b(?:recommends?|encourages?|advises?|urges?|suggests?)\b(?: (?:that|you|users?))|\byou (?:should|must|are responsible for)\b/i;
/** Is the measure found at `measureAt` only advice to the person? */
const advisedOnly = (text: string, measureAt: number) => {
  const advice = ADVISES_THE_PERSON.exec(text);
  // "You are responsible for your password; we use SSL": the operator speaks again before its measure.
  return advice !== null && measureAt > advice.index && !FIRST_PERSON.test(text.slice(advice.index, measureAt));
};

/** A named measure, unless a disclaimer or someone else's control is all there is: a concrete technique still counts beside them. */
const statesAMeasure = (text: string) => {
  const measure = SECURITY_PATTERN.exec(text);
  return measure !== null && describes(text) && !advisedOnly(text, measure.index) && (CONCRETE.test(text) || (!DISCLAIMS.test(text) && !OTHERS_RESTRICT.test(text)));
};

/** Silence is a fact about a text that deals with personal data (false), but says nothing about one that does not (null). */
export function securityMeasuresDescribed({ clauses }: FactInput) {
  const measures = clauses.filter((c) => statesAMeasure(c.text));
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
