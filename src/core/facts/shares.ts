// shares_with_third_parties: whether the policy says it passes data to other companies.
import { partiesIn, type Statement } from '../statements/extract';
import type { ClassifiedClause } from '../types';
import { affirmative, labelled, notStated, stated } from './clauses';
import { defineFact, yesNo, type FactInput } from './definition';
import { NOT_PERSONAL_DATA } from './lexicon';

const PASSES_ON = new Set(['share', 'sell', 'transfer']);
/** "We may share …", "we will not otherwise disclose …": the operator is the verb's subject. */
const WE_BEFORE_THE_VERB = /\bwe\s+(?:[\w-]+\s+){0,3}$/i;
/** "which files you transfer", "if you share your profile": the person passing data on, not the operator. */
const YOU_BEFORE_THE_VERB = /\byou\s+(?:[\w-]+\s+){0,2}$/i;
/** "non-personally-identifying information in the aggregate": no one's data in particular. */
const NOT_PERSONAL = new RegExp(NOT_PERSONAL_DATA, 'i');
/** "Where we are required by law to disclose personal information to third parties", "to third parties only when required by law": the law names the recipient. */
const COMPELLED_DISCLOSURE =
  /\b(?:required|compelled|obliged|obligated|forced)\b(?: (?:by|under) (?:[\w-]+ ){0,3}(?:law|court order|regulation|legal process))? to (?:disclose|share|provide|release|hand over)\b|\bonly (?:when|if|where|as) (?:legally )?(?:required|compelled|mandated)\b|\bonly (?:in response to|to comply with) (?:a |an )?(?:court order|subpoena|warrant|legal)\b/i;
/** Disclosure only because the law forces it is not sharing (data/reference/README.md). */
const ONLY_WHEN_COMPELLED = /\b(?:law enforcement|court orders?|subpoenas?|warrants?|legal process|government (?:agencies|authorities)|(?:required|compelled|forced|obliged) (?:to (?:do so )?)?by (?:\w+ )?(?:law|a court)|legally (?:required|compelled|obliged|obligated))\b/i;

/** "Only a select number of administrators have access to servers", "access is limited to employees who need it". */
const OWN_STAFF_ACCESS =
  /\b(?:employees|staff|administrators|personnel|team members)\b[^.]{0,60}\b(?:have|has|with|given|granted)\s+access\b|\baccess\b[^.]{0,40}\b(?:limited|restricted)\b[^.]{0,40}\b(?:employees|staff|personnel|administrators)\b/i;

/** "it will be disclosed to the affected users": data given back to the person it is about, no third party. */
const TO_THE_PERSON = /^\s+(?:directly\s+)?to\s+(?:the\s+|each\s+|any\s+|all\s+)?(?:affected\s+|concerned\s+|relevant\s+)?(?:you|users?|customers?|individuals?|data subjects?|account holders?)\b/i;
/** "licensed under the Creative Commons Attribution Share-Alike License": a content licence's name, not data passed on. */
const A_LICENCE_NAME = /\bshare[- ]?alike\b/gi;

/** "We may sell subscription services through our Products", "We also sell SSL certificates": goods sold, no data passed on. */
const GOODS = /^\s+(?:(?:our|its|the|a|an|your|some|these)\s+)?(?:[\w-]+\s+){0,2}?(?:subscriptions?|services|products|goods|tickets|memberships?|plans|licen[cs]es|certificates|domains|hardware|devices|merchandise|items)\b/i;
const sellsGoods = (text: string, s: Statement) => s.action === 'sell' && s.verb !== undefined && GOODS.test(text.slice(s.verb.at + s.verb.word.length));

/** Words of data reaching someone else, or of who receives it, beyond the statements' verbs and parties. */
const PASSING_WORD = /\b(?:shar|disclos|transf|sell|sold|provid|pass|giv|send|sent|available|access|receiv|rent|leas|trad|exchang|recipient|compan|organi[sz]ation|vendor|partner|servic|processor|platform|third|other(?!wise)|outside|public|publish|post)\w*/i;

/**
 * Sharing clauses, read with their statements. A clause the classifier reads as affirmative
 * counts unless every disclosure in it is plainly denied, or it only speaks of disclosure the
 * law compels. With none, clauses whose disclosures are all denied ("we do not share your
 * data") mean it does not; a denial scoped to marketing says nothing about sharing as such.
 */
export function sharesWithThirdParties(input: FactInput) {
  const sharing = labelled(input.clauses, 'sharing');
  const passingOn = (c: ClassifiedClause) => (input.statements.get(c.index) ?? []).filter((s) => PASSES_ON.has(s.action));
  const disclosures = new Map(sharing.map((c) => [c, passingOn(c).filter((s) => !sellsGoods(c.text, s))]));
  const allDenied = (c: ClassifiedClause) => {
    const passed = disclosures.get(c) ?? [];
    return passed.length > 0 && passed.every((s) => s.polarity === 'denied');
  };
  // A list of recipients with no verb ("Recipients of Personal Data include billing providers, …, law enforcement agencies")
  // has no statements to read: the third parties it names beside the authorities are recipients too.
  const compelledOnly = (c: ClassifiedClause) => {
    const passed = disclosures.get(c) ?? [];
    if (!ONLY_WHEN_COMPELLED.test(c.text)) return false;
    if (passed.length === 0) return !partiesIn(c.text).includes('third-party');
    return passed.every((s) => !s.parties.includes('third-party') || s.polarity === 'denied' || COMPELLED_DISCLOSURE.test(s.text));
  };
  // How plainly a clause states a disclosure: one that names who receives it, then any that happens.
  const strength = (c: ClassifiedClause) =>
    Math.max(0, ...(disclosures.get(c) ?? []).filter((s) => s.polarity === 'affirmed').map((s) => (s.parties.length > 0 ? 2 : 1)));
  // The clearest evidence first: the operator passing on data ("We share your information with service providers") before
  // others doing so, and personal data before aggregate data or data the person passes on ("which files you transfer").
  const before = (c: ClassifiedClause, s: { verb?: { at: number } }) => (s.verb ? c.text.slice(Math.max(0, s.verb.at - 40), s.verb.at) : '');
  const affirmed = (c: ClassifiedClause) => (disclosures.get(c) ?? []).filter((s) => s.polarity === 'affirmed');
  const byOperator = (c: ClassifiedClause) => affirmed(c).some((s) => WE_BEFORE_THE_VERB.test(before(c, s)));
  const byThePerson = (c: ClassifiedClause) => affirmed(c).length > 0 && affirmed(c).every((s) => YOU_BEFORE_THE_VERB.test(before(c, s)));
  const quoteOrder = (c: ClassifiedClause) =>
    strength(c) + (byOperator(c) ? 1 : 0) - (NOT_PERSONAL.test(c.text) || byThePerson(c) ? 2 : 0);
  // A clause only leaning to sharing counts when it states a disclosure: its wording is all there is to go on.
  // Nor does one that only says which of the operator's own people may see data.
  const internalOnly = (c: ClassifiedClause) => (disclosures.get(c) ?? []).length === 0 && OWN_STAFF_ACCESS.test(c.text);
  // Nor one that names no one data goes to and no way it goes there ("used purely for analytics and tracking the number of visitors").
  const noRecipient = (c: ClassifiedClause) =>
    (disclosures.get(c) ?? []).length === 0 && partiesIn(c.text).length === 0 && !PASSING_WORD.test(c.text.replace(A_LICENCE_NAME, ' '));
  // Nor one whose every disclosure goes back to the person it is about ("it will be disclosed to the affected users").
  const toThePersonOnly = (c: ClassifiedClause) =>
    affirmed(c).length > 0 &&
    partiesIn(c.text).length === 0 &&
    affirmed(c).every((s) => s.verb !== undefined && TO_THE_PERSON.test(c.text.slice(s.verb.at + s.verb.word.length)));
  // Nor one whose only passing-on verb sells goods ("We may sell subscription services through our Products").
  const goodsOnly = (c: ClassifiedClause) => passingOn(c).length > 0 && (disclosures.get(c) ?? []).length === 0;
  const statesIt = (c: ClassifiedClause) => !toThePersonOnly(c) && !goodsOnly(c) && ((c.labels.includes('sharing') && !internalOnly(c) && !noRecipient(c)) || strength(c) > 0);
  const stating = affirmative(sharing).filter((c) => !allDenied(c) && !compelledOnly(c) && statesIt(c));
  // Each clause's order once, not once per comparison.
  const order = new Map(stating.map((c) => [c, quoteOrder(c)]));
  const yes = stating.sort((a, b) => order.get(b)! - order.get(a)!);
  if (yes.length) return stated(true, yes);
  // Disclosure only when the law compels it is no sharing either (data/reference/README.md).
  // A denied sale alone ("we don't have to sell or analyse your data") is a denial scoped to one way of passing data on.
  const deniesMoreThanASale = (c: ClassifiedClause) => (disclosures.get(c) ?? []).some((s) => s.action !== 'sell');
  const no = affirmative(sharing).filter(compelledOnly).concat(sharing.filter((c) => allDenied(c) && deniesMoreThanASale(c) && !/\bmarketing\b/i.test(c.text)));
  return no.length ? stated(false, no) : notStated<boolean>();
}

export const shares = defineFact<'shares_with_third_parties'>({
  key: 'shares_with_third_parties',
  label: 'Shares with third parties',
  cue: /\b(?:shar(?:e|es|ed|ing)|disclos\w*|transfer\w*|pass(?:es|ed)? (?:on|to)|provid\w* (?:[\w-]+ ){0,3}to|third[- ]part\w*)\b/i,
  extract: sharesWithThirdParties,
  // Half weight when it shares: sharing with service providers is usually needed to deliver the service.
  weight: 10,
  category: 'sharing',
  unknown: 'Does not say whether it shares your data',
  judge: (shares) =>
    shares ? { fraction: -0.5, reason: 'Shares your data with other companies' } : { fraction: 1, reason: 'Says it does not share your data' },
  phrase: (shares) => (shares ? 'shares your data with other companies' : 'says it does not share your data'),
  cell: yesNo,
});
