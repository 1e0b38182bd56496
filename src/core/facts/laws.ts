// laws: the data-protection laws the policy names (src/core/vocabulary/laws.ts).
import { listInWords } from '../../present/words';
import type { ClassifiedClause } from '../types';
import { dealsWithPersonalData, isMenuItem, notStated, stated, withoutAddresses } from './clauses';
import { defineFact, type FactInput } from './definition';
import { anyTerm, LAW_TERMS, matchTerms } from './lexicon';

const LAW_ORDER = [...new Set(LAW_TERMS.map((t) => t.term))];

/**
 * "may be exempt from the CCPA because it is … covered by … the Fair Credit Reporting Act", "information excluded from
 * the CDPA scope, such as: HIPAA": the laws after an exemption are the ones the policy does not follow; the law
 * exempted from, just after the cue, still counts.
 */
const EXEMPTION = /\b(?:exempt(?:ed)? from|excluded from|(?:does|do) not include)\b(?:\s+(?:the\s+)?[\w’'-]+)?/i;
/** "Non-public education information (per the Family Educational Rights and Privacy Act …)": the CCPA's category cites the law that defines it. */
const CATEGORY_CITES_FERPA = /\beducation(?:al)? information\b,?\s*\(?(?:per|(?:as )?defined (?:in|by|under)|(?:including information )?protected under)\s+(?:the\s+)?(?:Family Educational Rights and Privacy Act|FERPA)\b/gi;
/** "This cookie is set by GDPR Cookie Consent plugin": a product named after a law, in a cookie table. */
const PRODUCT_NAMED_AFTER_A_LAW = /\b(?:GDPR|CCPA) Cookie Consent\b/gi;
/** "we are not regulated under the Health Insurance Portability and Accountability Act": a law said not to apply is not followed. */
const NOT_SUBJECT = /\b(?:not|never)\s+(?:be\s+)?(?:regulated|governed|covered|bound)\s+(?:under|by)\b|\bnot\s+subject\s+to\b|\bnot\s+an?\s+[\w-]+\s+(?:entity|business associate)\s+(?:under|as defined)\b/i;
const lawsFollowed = (text: string): string => {
  const cue = EXEMPTION.exec(text);
  const notSubject = NOT_SUBJECT.exec(text);
  const end = Math.min(cue ? cue.index + cue[0].length : text.length, notSubject ? notSubject.index : text.length);
  return withoutAddresses(text.slice(0, end)).replace(CATEGORY_CITES_FERPA, 'education information').replace(PRODUCT_NAMED_AFTER_A_LAW, 'cookie consent');
};

/** Laws named anywhere but in menu items alone; an empty list (not `null`) when a text about personal data names none, as in the fact sheets. */
export function namedLaws({ clauses }: FactInput) {
  const found = new Set<string>();
  const sources: ClassifiedClause[] = [];
  for (const clause of clauses) {
    const laws = matchTerms(lawsFollowed(clause.text), LAW_TERMS);
    if (laws.length === 0 || isMenuItem(clause.text)) continue;
    laws.forEach((l) => found.add(l));
    sources.push(clause);
  }
  if (found.size === 0 && !dealsWithPersonalData(clauses)) return notStated<string[]>();
  return stated(LAW_ORDER.filter((l) => found.has(l)), sources);
}

export const laws = defineFact<'laws'>({
  key: 'laws',
  label: 'Laws cited',
  cue: anyTerm(LAW_TERMS),
  extract: namedLaws,
  weight: 5,
  unknown: 'Does not name a data-protection law',
  judge: (laws) =>
    laws.length
      ? { fraction: 1, reason: `Names the data-protection law it follows: ${listInWords(laws)}` }
      : { fraction: 0, reason: 'Does not name a data-protection law' },
  phrase: (laws) => (laws.length ? `names ${listInWords(laws)}` : 'names no data-protection law'),
  cell: (laws) => (laws.length === 0 ? 'None' : laws.join(', ')),
});
