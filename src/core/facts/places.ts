// The places a clause names, read the way transfer and storage facts need them.
import { PLACE_TERMS, placeTermsIn } from './lexicon';

export interface NamedPlaces {
  /** Places named as where data is, in the order named. */
  places: string[];
  /** Places named after "outside": where data is not. */
  outside: string[];
  /** Places named as where the people are ("users in the EEA", "EU citizens"), where data came from ("collected in the EEA"), or as what data is not sent to ("other than"). */
  others: string[];
}

/** The person as the subject of a sentence: "you are", "users", "data subjects". */
export const THE_PERSON = String.raw`(?:you are|you['’]re|users?|visitors?|customers?|individuals?|residents?|persons?|people|data subjects)`;
/** "If you are located outside Nigeria, … we transfer the data to Nigeria", "if you reside outside the U.S.", "if you are someone from the EEA", "users in the EEA", "if you are accessing the Service from outside the U.S.", "when you use the Services in the EU", "personal data collected in the EEA": where the person is, or where data came from, not where it is kept. */
const WHERE_THE_PERSON_IS = new RegExp(
  String.raw`\b(?:(?:${THE_PERSON}|you(?= (?:\w+ )?(?:resid|live))) (?:(?:someone|somebody|an? (?:user|visitor|resident|customer|person|citizen|individual|consumer))\s+)?(?:(?:\w+ )?(?:located|based|resid\w*|live[sd]?|living|who live|(?:access\w*|us(?:e|ing)|visit\w*) (?:[\w-]+ ){0,3}from)\s+)?(?:in|within|outside(?: of)?|from)(?:\s+(?:a|any|one)\s+(?:member state|member country|country|state)\s+of)?|(?:residents?|citizens?|nationals?) of|\byou (?:use|access|visit)\w* (?:[\w-]+ ){0,3}(?:in|from)|\b(?:collected|originat\w*) (?:in|from)|\b(?:process(?:ed|es)?|received|transferr?(?:ed|ing|s)?|exported|sent|coming|comes) from|\b(?:initially|originally|first) collected (?:in|from))\s+(?:the\s+)?$`,
  'i',
);
/** "EU citizens", "EEA residents", "UK users": a place naming who the people are. */
const PEOPLE_OF_THE_PLACE = /^\s*(?:citizens?|residents?|users?|customers?|consumers?|individuals?|nationals?|data subjects|visitors?)\b/i;
/** "the EEA, Switzerland, or the UK", "the European Union (and the EEA)", "the European Economic Area (“EEA”)": the next place of a list plays the role of the first. */
const LIST_GAP = /^(?:\s*(?:,|;|\/|\(\s*["“‘']?|["”’']?\s*\)|\band\/or\b|\bor\b|\band\b)\s*)+(?:the\s+)?$/i;

/** "If you are located in the EU, UK or elsewhere outside of the United States": still where the person is. */
const ELSEWHERE_OUTSIDE = /^\s*,?\s*(?:or|and)\s+(?:elsewhere|anywhere(?: else)?)\s+outside(?: of)?\s+(?:the\s+)?$/i;

/** "data protection laws in the EEA", "the laws of the United States": the place whose law it is. */
const LAW_OF_THE_PLACE_BEFORE = /\b(?:laws?|legislation|legislators?|regulations?|directives?|statutes?)\s+(?:of|in|within)\s+(?:the\s+)?$|\bRegulation\s+\($/i;
/**
 * "EU regulations", "UK data protection law", "(EU) 2016/679", "the European Union’s General Data Protection Regulation",
 * "Canada's Personal Information Protection and Electronic Documents Act": a law named after the place (a framework's
 * name, "EU-U.S.", is no place at all: the gazetteer's pattern).
 */
const LAW_OF_THE_PLACE_AFTER =
  /^\)?(?:['’]s)?\s*(?:(?:general |personal )?(?:data protection|privacy|consumer protection|information protection)\s+)?(?:laws?|legislation|regulations?|GDPR|directives?|acts?)\b|^\)?(?:['’]s)?\s*(?:No\.?\s*)?\d{2,4}\/\d+|^(?:['’]s)?\s*(?:General Data Protection Regulation|Personal Information Protection\b|(?:Consumer )?Privacy Act\b|Data Protection Act\b)/i;

/** "the UK Extension to the EU-U.S. DPF", "the U.S. Department of Commerce": a framework or an agency named after the place, not where data is. */
const FRAMEWORK_OR_AGENCY_AFTER = /^\)?(?:['’]s)?\s*(?:Extension\b|(?:Department|Dept\.?) of\b|Privacy Shield\b|Data Privacy Framework\b|DPF\b|Safe Harbou?r\b)/;

/** "the Safe Harbor Agreement between the United States and the European Union": the parties to a framework, not where data is. */
const FRAMEWORK_BETWEEN_BEFORE =
  /\b(?:Safe Harbou?r|Privacy Shield|Privacy Framework|DPF)\b[^.;]{0,30}\bbetween\s+(?:the\s+)?(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}\s+(?:and|&)\s+(?:the\s+)?)?$/;

/** "a non-EU/EEA service provider", "Cloudflare, Inc., seated in San Francisco (United States)": a company's kind or seat, not where data is. */
const COMPANY_OF_THE_PLACE_BEFORE = /\bnon-$|\b(?:seated|headquartered|incorporated|domiciled)\s+in\s+(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}\s*[,(]\s*)?(?:the\s+)?$/;

/** `in-and-outside`: "inside or outside of the U.S." names the place and elsewhere at once; `aside`: the place only names whose law it is, or a company's kind or seat. */
type Role = 'person' | 'aside' | 'outside' | 'place' | 'in-and-outside';

/** A role any other one overrides when the same place is named again. */
const weakRole = (role: Role | undefined) => role === 'person' || role === 'aside';

function roleOf(before: string, after: string): Role {
  if (LAW_OF_THE_PLACE_BEFORE.test(before) || LAW_OF_THE_PLACE_AFTER.test(after) || FRAMEWORK_OR_AGENCY_AFTER.test(after) || FRAMEWORK_BETWEEN_BEFORE.test(before) || COMPANY_OF_THE_PLACE_BEFORE.test(before)) return 'aside';
  if (/\b(?:other than|except|besides)\s+(?:the\s+)?$/i.test(before) || WHERE_THE_PERSON_IS.test(before) || PEOPLE_OF_THE_PLACE.test(after)) return 'person';
  // "inside or outside of the U.S.", "in and outside of EU/EEA member states": the place itself, and outside it.
  if (/\b(?:in|inside|within)\s+(?:and|or|and\/or)\s+outside (?:of )?(?:the )?$/i.test(before)) return 'in-and-outside';
  return /\boutside (?:of )?(?:the )?(?:(?:jurisdiction|territory|borders?) of (?:the )?)?$/i.test(before) ? 'outside' : 'place';
}

/** Each place's pattern compiled once more to find every mention (a clause is scanned by each facts reader, so compiling per call was most of their time). */
const EVERY_MENTION = new Map(PLACE_TERMS.map((t) => [t, new RegExp(t.pattern.source, `${t.pattern.flags.replace('g', '')}g`)]));

function mentions(text: string): { at: number; end: number; place: string }[] {
  const found: { at: number; end: number; place: string }[] = [];
  for (const t of placeTermsIn(text)) {
    const every = EVERY_MENTION.get(t)!;
    every.lastIndex = 0;
    for (let m = every.exec(text); m; m = every.exec(text)) {
      found.push({ at: m.index, end: m.index + m[0].length, place: t.term });
      if (m[0].length === 0) every.lastIndex++;
    }
  }
  return found.sort((a, b) => a.at - b.at);
}

/** "Ireland and Germany", "outside the EEA"; "countries other than South Africa" names a destination, not a place data is kept. */
export function placesIn(text: string): NamedPlaces {
  const matches = mentions(text);
  const found = new Map<string, Role>();
  let previous: { end: number; role: Role } | undefined;
  for (const { at, end, place } of matches) {
    const gap = previous && previous.end <= at ? text.slice(previous.end, at) : undefined;
    const listed = gap !== undefined && (LIST_GAP.test(gap) || (previous!.role === 'person' && ELSEWHERE_OUTSIDE.test(gap)));
    const role = listed ? previous!.role : roleOf(text.slice(0, at), text.slice(end));
    previous = { end, role };
    if (!found.has(place) || (weakRole(found.get(place)) && !weakRole(role))) found.set(place, role);
  }
  const named = [...found];
  const inRole = (wanted: Role) => named.filter(([, role]) => role === wanted || (role === 'in-and-outside' && wanted !== 'person')).map(([p]) => p);
  return { places: inRole('place'), outside: inRole('outside'), others: inRole('person') };
}

export const namesAPlace = (named: NamedPlaces) => named.places.length + named.outside.length > 0;
