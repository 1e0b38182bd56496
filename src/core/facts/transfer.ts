// cross_border_transfer: whether the policy says data may go to other countries.
import { polarityOf, withheldFromOthers } from '../statements/polarity';
import type { ClassifiedClause } from '../types';
import { affirmative, describesARight, labelled, notStated, stated } from './clauses';
import { defineFact, yesNo, type FactInput } from './definition';
import { namesAPlace, placesIn, THE_PERSON } from './places';

/** Verbs that put data somewhere: moving, keeping, processing or disclosing it. One list for every reading below. */
const MOVE_VERB = String.raw`(?:transfer\w*|send|sent|mov\w+|stor\w+|process\w*|disclos\w*|shar\w+|host\w*|keep\w*|kept|held|hold\w*|end(?:s|ed)? up)`;

/** Located, based or established, but not the operator's own seat: "As Acme AG is located outside of the EU, we appointed our EU affiliate to represent us", "we are based outside …". */
const NOT_THE_OPERATORS_SEAT = String.raw`(?=located|based|established)(?<!\b(?:[Aa]s|[Ss]ince|[Bb]ecause|[Ww]hile)\s+(?:[\w&.,-]+\s+){1,4}is\s+)(?<!\bwe (?:are )?)`;

const MOVES_ABROAD = new RegExp(
  String.raw`\b${MOVE_VERB}\b[^.]*\b(?:outside(?: of)?(?: the| your| its)?(?: (?:users?|customers?|individuals?)['’]?s?['’]?)? (?:country|countries|jurisdiction|province|state|region|home|territory)|abroad|(?:any )?other countr(?:y|ies)|countr(?:y|ies) outside(?: of)? (?:your|their|the user['’]s) own|(?:different|various|multiple|several|many) countries|other jurisdictions|any country (?:where|in which)|countries (?:(?:in|around) the world |worldwide )?(?:where|in which) (?:we|it|our|they) (?:\w+ )?(?:do business|operate|have)|countries (?:or (?:regions|territories|jurisdictions) )?other than|another country|third countr(?:y|ies)|foreign (?:countr(?:y|ies)|jurisdictions?)|jurisdictions? (?:that (?:are|is) )?outside(?: of)? (?:the|your|its) (?:own )?jurisdiction|overseas|international\w*|cross-border|globally|worldwide|around the (?:world|globe)|across the (?:world|globe)|all over the world)\b|\b(?:globally|worldwide|around the (?:world|globe)|across the (?:world|globe))\b[^.]{0,60}\b${MOVE_VERB}\b|\bstandard (?:contractual |data protection )?clauses?\b|\b(?:international|cross-border|overseas) (?:data )?transfers?\b|(?:\b(?:Privacy Shield|Data Privacy Framework|Safe Harbou?r (?:Privacy )?(?:Agreement|Framework|Principles))|\b(?:U\.?S\.?|EU|European Union|Swiss)[-–\s./]*(?:(?:EU|U\.?S\.?|Swiss)[-–\s./]*)?Safe Harbou?r)\b(?! (?:Privacy )?(?:Policy|Notice|Statement)\b)|\b(?:laws?|protection)\b[^.]{0,40}\bmay (?:not be as (?:protective|strict|comprehensive)|differ|be (?:less|different))\b|\b${MOVE_VERB}\b[^.]*\b(?:countries|jurisdictions|locations|places) (?:with|that have|where)\b[^.]{0,30}\b(?:different|other|less\w*)\b[^.]{0,30}\blaws?\b|${NOT_THE_OPERATORS_SEAT}(?<!\b(?:${THE_PERSON}|you)\s+(?:\w+\s+){0,2})\b(?:located|based|established)\s+(?:outside(?: of)?(?: the| your| its)? (?:country|countries|jurisdiction|home)|abroad|overseas|in other countries|(?:in )?(?:a |an )?(?:different|another|foreign) (?:country|jurisdiction)s?|in jurisdictions? (?:that (?:are|is) )?outside(?: of)? (?:the|your|its) (?:own )?jurisdiction)\b`,
  'i',
);
/** "information received in the United States from users in the European Union": data that came from one place to another. */
const FROM_ELSEWHERE = /\bfrom (?:users|individuals|customers|residents|people|visitors|persons|data subjects)(?: (?:located|based|resident))? in\b/i;
const TRANSFERS = /\b(?:transfer|transmit)\w*\b/i;
/**
 * "If your data were transferred to a third country, you have the right to be informed of the appropriate safeguards", "a right to
 * obtain information as to whether your personal data has been transferred to a third country": a right (GDPR Art. 15), said of a
 * transfer that may never happen.
 */
const RIGHT_TO_BE_TOLD_OF_A_TRANSFER =
  /\bright to (?:be informed|be told|be notified|obtain information|receive information|know)\b(?:[^.]{0,60}\bsafeguards\b|[^.]{0,30}\bwhether (?:your |the )?(?:personal )?(?:data|information)\b[^.]{0,30}\b(?:has been|have been|is|are|was|were) (?:being )?transferred\b)/i;

/** "… in Taiwan", not "… in the United States or elsewhere": no other place follows. */
const NOT_ELSEWHERE = String.raw`(?![^.;]*\b(?:outside|other countries|elsewhere|abroad)\b)`;
/** "We only store and process your data within the EU", "your data remains in Canada", "all data processing takes place in the U.S.": data kept in one place (not "if you reside in the EU"). */
const STAYS_IN = new RegExp(
  String.raw`\b(?:only|exclusively|solely)\b[^.]{0,40}\b(?:stor\w*|process\w*|host\w*|held|kept|keep)\b[^.]{0,40}\b(?:within|in|inside)\b|(?<!\b(?:you|we|they|who|users?|customers?|individuals?|residents?|people|persons?|members?|visitors?|subscribers?|registrants?|(?:registrant|postal|home|billing|mailing) address(?:es)?) )\b(?:remains?|stays?|is kept|are kept|resides?)\s+(?:(?:only|exclusively|solely)\s+)?(?:within|in|inside)\b|\b(?:never|not|does not|do not)\b[^.]{0,30}\bleaves?\b|\btransferr?(?:ed|ing)\b[^.;]{0,60}\bwithin (?:the )?(?:European Union|EU|European Economic Area|EEA)\b(?![^.;]*\boutside\b)|\ball (?:of )?(?:the |your |our )?(?:personal )?(?:data|information)(?: (?:that )?we (?:process|collect|hold))?(?: (?:is|are))? (?:processed|stored|hosted|kept)\b[^.;]{0,40}\b(?:with)?in\b${NOT_ELSEWHERE}|\ball (?:of )?(?:the |our )?(?:data )?processing (?:takes?|will take) (?:place|part) (?:with)?in\b${NOT_ELSEWHERE}`,
  'i',
);

/** "Information received in the United States from users in the European Union": held in one place, from another. */
/** What came: data, moved or kept ("For complaints from individuals in the EEA …" brings none). */
const DATA_MOVED = /\b(?:information|data)\b[^.]{0,80}\b(?:receiv|transferr?|collect|process|stor|transmitt?|sen[dt]|host)\w*|\b(?:receiv|transferr?|collect|process|stor|transmitt?|host)\w*\b[^.]{0,80}\b(?:information|data)\b/i;

export const cameFromElsewhere = (c: ClassifiedClause) => {
  if (!FROM_ELSEWHERE.test(c.text) || !DATA_MOVED.test(c.text)) return false;
  // "received in the United States from users in the EU": where the users are is where it came from.
  const { places, others } = placesIn(c.text);
  return places.length >= 1 && places.length + others.length >= 2;
};

/** "does not store personal data outside of Canada": a plain denial of keeping data outside a place. */
const KEPT_OUTSIDE = new RegExp(String.raw`\b${MOVE_VERB}\b[^.;]{0,60}\boutside\b`, 'i');

const MOVES = new RegExp(String.raw`\b${MOVE_VERB}\b`, 'i');
/** "If you are outside the United States, you agree that you are providing your information to us", "If you are visiting the Website from outside the U.S., … any personal information you provide us": data given from abroad, whatever the clause's labels. */
const GIVEN_FROM_OUTSIDE = new RegExp(
  String.raw`\b(?:if|when|where) you (?:(?:are|live|reside)(?: (?:located|based|resident))?|(?:are )?(?:visit(?:s|ing)?|access(?:es|ing)?|us(?:e|es|ing))(?: (?:[\w-]+ ){0,3}?from)?) outside(?: of)?\b(?:[^.]|\.(?!\s)){0,100}?\b(?:provid(?:e|es|ed|ing)|${MOVE_VERB}|submit\w*)\b`,
  'i',
);
const givenFromOutside = (c: ClassifiedClause) => {
  if (!GIVEN_FROM_OUTSIDE.test(c.text)) return false;
  // Where the person is lies among the gazetteer's "others" (where people are).
  const named = placesIn(c.text);
  return namesAPlace(named) || named.others.length > 0;
};
/**
 * "These service providers may be located inside or outside of the EEA": those who receive data, placed outside a
 * named place. Where the person is ("if you’re located outside the EEA") is the gazetteer's `others`, not `outside`.
 */
const RECIPIENTS_LOCATED = new RegExp(String.raw`${NOT_THE_OPERATORS_SEAT}\b(?:located|based|established)\s+(?:(?:inside|within|in) (?:or|and) )?outside\b`, 'i');
/** "stored outside the EEA": moved out of a named place (not "disclosed outside of Acme"). */
const movesOutsideAPlace = (text: string) =>
  /\boutside\b/i.test(text) && (MOVES.test(text) || RECIPIENTS_LOCATED.test(text)) && placesIn(text).outside.length > 0;

/** "Except as stated in 9.5, we do not transfer or store your personal data outside the EEA": kept there but for the exceptions named. */
export const keptInsideButForExceptions = (c: ClassifiedClause): boolean => polarityOf(c.text, KEPT_OUTSIDE) === 'conditional';

/** A clause that says the data stays in a named place. */
export function staysIn(c: ClassifiedClause): boolean {
  // The gazetteer is the costly part: read it only for a clause that says so.
  return (STAYS_IN.test(c.text) || polarityOf(c.text, KEPT_OUTSIDE) === 'denied') && namesAPlace(placesIn(c.text));
}

/** "Where we transfer your Personal Data outside of EU/EEA, we will obtain contractual commitments": the data moved out of a named place in so many words, whatever the clause's labels. */
const DATA_TRANSFERRED_OUTSIDE =
  /\b(?:transfer|transmit)\w*\s+(?:your |the |such |this |any )?(?:personal )?(?:data|information)\b[^.;]{0,60}\boutside\b|\b(?:data|information)\s+(?:(?:may|might|can|could|will|would|is|are)\s+)?(?:also\s+)?(?:be\s+)?(?:transferred|transmitted)\s+outside\b/i;
/** "Your personal data … may be provided to other countries (including third countries)": data sent abroad, no place named. */
const DATA_SENT_ABROAD =
  /\b(?:data|information)\b(?:[^.;]|\.(?=[\w),])){0,160}?\b(?:transferr?|transmitt?|provid|disclos|sen[dt]|mov)\w*\s+to\s+(?:(?:an?|any|some)\s+)?(?:other|third|foreign)\s+countr(?:y|ies)\b/i;
const transferredOutsideUnlabelled = (c: ClassifiedClause) =>
  !c.labels.includes('transfer') &&
  !c.labels.includes('sharing') &&
  !c.labels.includes('rights') &&
  ((DATA_TRANSFERRED_OUTSIDE.test(c.text) && placesIn(c.text).outside.length > 0) || DATA_SENT_ABROAD.test(c.text));

/** Affirmative statements of transfer abroad (even with safeguards) → true; only denials, or data said to stay in one place → false. */
export function crossBorderTransfer({ clauses }: FactInput) {
  // "We may transfer data to our group companies in India" names a place abroad too.
  const transfer = [
    ...labelled(clauses, 'transfer', 'sharing').filter(
      // "the recipients … in particular recipients in third countries": what the person may ask to be told (GDPR Art. 15).
      (c) => !describesARight(c, 'transfer') && !RIGHT_TO_BE_TOLD_OF_A_TRANSFER.test(c.text) && !staysIn(c) && !cameFromElsewhere(c) && (MOVES_ABROAD.test(c.text) || movesOutsideAPlace(c.text) || (TRANSFERS.test(c.text) && namesAPlace(placesIn(c.text)))),
    ),
    ...clauses.filter((c) => cameFromElsewhere(c) || givenFromOutside(c) || transferredOutsideUnlabelled(c)),
  ];
  // The transfer verb's polarity, read once per clause.
  const polarity = new Map(transfer.map((c) => [c, polarityOf(c.text, TRANSFERS)]));
  // Plain statements first: "we may transfer … outside the EEA" explains the fact better than
  // "is not transferred … without adequate protection" (a conditional denial, which still means it may).
  const plain = (c: ClassifiedClause) => {
    const p = polarity.get(c);
    return Number(p !== undefined && p !== 'affirmed');
  };
  // A transfer the polarity module reads as ruled out ("the law prohibits companies transferring data abroad") is none, whatever the model's negation head says.
  const ruledOut = (c: ClassifiedClause) => polarity.get(c) === 'denied';
  // …but a transfer withheld from others ("prohibits companies transferring", "does not allow partners to transfer") says nothing of the operator's own.
  const withheld = (c: ClassifiedClause) => {
    const at = TRANSFERS.exec(c.text)?.index;
    return at !== undefined && withheldFromOthers(c.text, at);
  };
  const yes = affirmative(transfer).filter((c) => !ruledOut(c)).sort((a, b) => plain(a) - plain(b));
  if (yes.length) return stated(true, yes);
  const no = [...transfer.filter((c) => (c.negated || ruledOut(c)) && !withheld(c) && c.labels.includes('transfer')), ...clauses.filter(staysIn)];
  return no.length ? stated(false, no) : notStated<boolean>();
}

export const transfer = defineFact<'cross_border_transfer'>({
  key: 'cross_border_transfer',
  label: 'Transfers abroad',
  cue: /\b(?:transfer\w*|outside|abroad|countr(?:y|ies)|jurisdictions?|international\w*|cross[- ]border|globally|Privacy Shield|Data Privacy Framework|Safe Harbou?r|Standard Contractual Clauses|adequacy)\b/i,
  extract: crossBorderTransfer,
  weight: 10,
  category: 'transfer',
  unknown: 'Does not say whether your data leaves the country',
  judge: (transfers) =>
    transfers
      ? { fraction: -1, reason: 'May send your data to other countries, where protection can be weaker' }
      : { fraction: 1, reason: 'Says it does not send your data to other countries' },
  phrase: (abroad) => (abroad ? 'may send data abroad' : 'keeps data in the country'),
  cell: yesNo,
});
