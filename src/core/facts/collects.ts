// collects: the kinds of data the policy says it collects or keeps.
import { DATA_ITEM_WORDS, DATA_ITEMS_BY_SENSITIVITY, listInWords } from '../../present/words';
import { DATA_ITEMS, type ClassifiedClause, type DataItem } from '../types';
import { affirmative, isBareItem, mostNamedFirst, notStated, readsAs, stated, withoutAddresses } from './clauses';
import { defineFact, type FactInput } from './definition';
import { anyTerm, DATA_ITEM_TERMS, matchTerms } from './lexicon';
import type { Action } from '../vocabulary/actions';
import type { Statement } from '../statements/extract';

/** "Information We Collect", "What data do we collect?", "Collection of Personal Information". */
const COLLECTION_HEADING = /\b(?:information|data)\b.{0,40}\b(?:collect|gather|receive|obtain)\w*|\bcollect(?:ion|ed|s)?\b.{0,20}\b(?:information|data)\b/i;

/**
 * The items a clause names as collected: every item it names, less those named only where the
 * practice is denied ("we do not request or store your name or IP address"; a list under "We do not collect:").
 */
function itemsHeld(clause: ClassifiedClause, input: FactInput): DataItem[] {
  if (ANSWERED_NO.test(clause.text) || IF_THAT_CHANGES.test(clause.text) || aFormField(clause, input) || examplesOfWhatIsNotHeld(clause, input) || definesPersonalData(clause.text)) return [];
  const statements = input.statements.get(clause.index) ?? [];
  const denied = new Set(statements.filter((s) => s.polarity === 'denied').flatMap((s) => s.data));
  const stated = new Set(statements.filter((s) => s.polarity !== 'denied').flatMap((s) => s.data));
  // Matched again without the set-aside parts only when there are some: matchTerms is the costliest step here.
  const withoutExclusions = withoutAddresses(clause.text).replace(EXCLUDED, ' ').replace(THE_OPERATORS_DETAILS, ' ');
  const named = matchTerms(clause.text, DATA_ITEM_TERMS);
  const namedOutsideExclusions = withoutExclusions === clause.text ? named : matchTerms(withoutExclusions, DATA_ITEM_TERMS);
  const held = named.filter((item) => (!denied.has(item) || (stated.has(item) && !deniedWhereNamed(clause.text, item, statements))) && namedOutsideExclusions.includes(item));
  const ownHeld = PAYMENT_HELD_BY_OTHERS.test(clause.text) && !WE_HOLD.test(clause.text) ? held.filter((item) => item !== 'payment-details') : held;
  const keptBack = keptBackSpan(clause.text);
  if (!keptBack) return ownHeld;
  const elsewhere = matchTerms(`${clause.text.slice(0, keptBack.from)} ${clause.text.slice(keptBack.to)}`, DATA_ITEM_TERMS);
  return ownHeld.filter((item) => elsewhere.includes(item));
}

/**
 * An item both denied and stated in one clause belongs to the verb before it ("In connection with the processing of
 * such payments, we do not retain … credit card numbers": the numbers are not kept); with no verb before it, to the first after.
 * Only verbs of holding or using data count.
 */
function deniedWhereNamed(text: string, item: DataItem, statements: Statement[]): boolean {
  const at = firstNamed(text, item);
  if (at === Infinity) return false;
  // A clause's statements come in the order of their verbs (clauseStatements).
  const verbs = statements.filter((s) => s.verb && s.data.includes(item) && HOLDS_OR_USES.includes(s.action));
  const owner = verbs.findLast((s) => s.verb!.at < at) ?? verbs[0];
  return owner?.polarity === 'denied';
}


const firstNamed = (text: string, item: DataItem): number =>
  Math.min(...DATA_ITEM_TERMS.filter((t) => t.term === item).map((t) => t.pattern.exec(text)?.index ?? Infinity));

/**
 * Where a clause names data kept back: to its end after a request ("… should not include social security numbers")
 * or a removal ("… so long as we have removed any information that identifies you, such as a name"); up to a "but"
 * after a denial of receipt ("we do not handle … credit card info, but do collect any transaction information").
 */
function keptBackSpan(text: string): { from: number; to: number } | undefined {
  const neverReceived = NEVER_RECEIVED.exec(text);
  if (neverReceived) {
    const but = text.slice(neverReceived.index).search(/\bbut\b|;/);
    return { from: neverReceived.index, to: but < 0 ? text.length : neverReceived.index + but };
  }
  const askedNot = ASKED_NOT_TO_GIVE.exec(text) ?? IDENTIFIERS_REMOVED.exec(text);
  return askedNot ? { from: askedNot.index, to: text.length } : undefined;
}

/**
 * Payment details that go straight to a processor ("payment method details … are sent directly to PCI-compliant third
 * party payment providers", "you also send information to your payment processor"), and what a payment standard
 * requires ("PCI-DSS requirements help ensure the secure handling of payment information"): not the operator's,
 * unless it says it holds them too ("we collect"). A processor that "collects your payment details" is left as
 * collection: readers split on it.
 */
const PAYMENT_HELD_BY_OTHERS =
  /\b(?:sent|transmitted|passed|forwarded) directly to\b[^.]{0,60}\b(?:payment|processors?|providers?)\b|\bsend\w* (?:[\w-]+ ){0,3}to (?:your|the|a|their) payment (?:processor|provider)\b|\bPCI(?:[- ]DSS)? (?:requirements|standards?|rules)\b/i;
const WE_HOLD = /\bwe (?:also )?(?:collect|store|receive|keep|retain|process|hold)\b/i;

/** "Should that change in the future, we will … ensure users are aware of such use of location information": after a denial, a future imagined. */
const IF_THAT_CHANGES = /^\W*(?:should|if|in case|in the event that) (?:that|this|it|these|those) (?:ever )?changes?\b/i;

/** "• Phone Number*": a sign-up form's required field, captured with the page, not a practice the policy states. */
const FORM_FIELD = /^[\s•*–-]*[A-Z][\w'’ -]{0,40}\*\s*$/;
/** Under a line that says the data is collected ("For the direct sale of licences:" then "• Your email*"), the same mark flags what is required. */
const aFormField = (clause: ClassifiedClause, input: FactInput) => FORM_FIELD.test(clause.text) && !listedAsHeld(clause, input);

/** "Name and address of the controller", "the name and contact details of our data protection officer": who runs the service, not data about the person. */
const THE_OPERATORS_DETAILS =
  /\b(?:names?|(?:postal )?address(?:es)?|contact details)(?:,? (?:and|&) (?:names?|(?:postal )?address(?:es)?|contact details))* of (?:the|our|its) (?:data )?(?:controller|(?:data protection|privacy) officer|DPO|representative|responsible (?:party|body))\b/gi;
/** "… your payment history (but NOT your payment information)", "your e-mail but not your name": items set aside ("including but not limited to" sets none aside). */
const EXCLUDED = /\(\s*(?:but |and )?(?:not|never)\b(?! limited\b)[^)]*\)|\bbut (?:not|never)\b(?! limited\b)[^,;.)]*|[^;|]*[;|]\s*not collected\b/gi;

/**
 * A row of the generated "Category | Examples | Collected" table whose last cell says NO ("Contact
 * details, such as real name, … | NO"): that category is not collected. Upper case only: a word "no"
 * ending a sentence is something else.
 */
const ANSWERED_NO = /(?:^|[\s|;:])NO(?:[\s|;]+NO)*[\s|;.]*$/;

/** "Examples of PII include … home address", "'Personal Data' means …", "e) Profiling Profiling means …", "Any information that … allows for the identification or identifiability of a natural person", "As used herein, the term “personal information” means …", "In this Privacy Policy, “Personal Information” means …", "By Personal Data, we mean …", "… are examples of 'User Personal Information'": what the term covers, not what is collected. */
const DEFINES_PERSONAL_DATA =
  /^\W*(?:an? )?(?:identifiable )?natural person is (?:viewed|regarded|considered|deemed) (?:as )?identifiable\b|^\W*an identifiable (?:natural )?person is\b|^\W*(?:[a-z0-9]{1,2}[.)]\s*)?(?:profiling\s+)?(?:["“]?profiling["”]?|profiling) (?:means|is any form of)\b|^\W*(?:information|data) that identifies (?:a|an|the) (?:particular |specific )?(?:person|individual) (?:could|can|may|might|would) be\b|^\W*(?:examples of (?:PII|personal(?:ly identifiable)? (?:data|information))\b|(?:(?:as used (?:herein|in this (?:\w+ ){0,2}(?:policy|notice|statement))|for (?:the )?purposes of this (?:\w+ ){0,2}(?:policy|notice|statement)|in this (?:\w+ ){0,2}(?:policy|notice|statement)),?\s+)?(?:the (?:term|phrase|words?)\s+)?["“]?(?:personal(?:ly identifiable)? (?:data|information)|PII),?["”]?(?:\s*\([^)]*\))?,?\s+(?:means|refers to|is defined as|is (?:any|all) information)\b|by ["“]?personal(?:ly identifiable)? (?:data|information),?["”]?,? we mean\b)|\bare (?:all )?examples of ["“]?(?:[\w-]+ )?personal(?:ly identifiable)? (?:data|information)\b|^\W*["“]?(?:sensitive|covered) (?:personal )?information["”]?(?:\s*\([^)]*\))? (?:includes|means|is defined as)\b|^\W*any information (?:that|which)\b[^.]{0,200}\b(?:identifiability|identification of (?:a|an|the) (?:natural )?person)\b/i;

/** The person is asked not to give data: "should not include", "please do not send us", "please omit using your name, address … in the subject", "we discourage you to use your real name", "not intended for user generated content containing sensitive data such as …". */
const ASKED_NOT_TO_GIVE =
  /\b(?:should|must) not (?:include|contain|submit|provide|send|upload|share|disclose|post)\b|\bask (?:that )?you (?:to )?not (?:to )?(?:include|submit|provide|send|upload|share|disclose|post)\b|\b(?:please )?do not (?:include|submit|provide|send|upload|share|disclose|post)(?: us| to us)?\b|\bdiscourage you (?:from |to )?\w+|\bnot intended for (?:[\w-]+ ){0,4}(?:containing|that contains?|including)\b|\b(?:omit|avoid|refrain from) (?:using|including|sending|providing|submitting|sharing|disclosing|posting|entering)\b/i;

/** "1.2. “Personal Data” refers to …": a numbered definition is still a definition. */
const SECTION_NUMBER = /^\W*\d+(?:\.\d+)*\.?\s+/;
const definesPersonalData = (text: string): boolean => DEFINES_PERSONAL_DATA.test(text.replace(SECTION_NUMBER, ''));

/** "Acme does not have access to your credit card information", "we will never receive … your payment information": what a processor handles and the operator never gets. */
const NEVER_RECEIVED =
  /\b(?:we|it|[A-Z][\w-]+)\s+(?:do(?:es)?\s+not|don['’]t|doesn['’]t|will\s+(?:not|never)|won['’]t|never)\s+(?:(?:handle|see|receive|store|retain)\s+or\s+)?(?:have access to|receive|see|handle|get access to)\b/;

/** "… after we have removed any information that identifies a user, such as a name": identifiers taken out of data passed on. */
const IDENTIFIERS_REMOVED =
  /\b(?:remov|strip|delet|eras)(?:e|es|ed|ing)\b[^.;]{0,60}\b(?:identif\w*|personal(?:ly)? identifiable)\b[^.;]{0,60}\bsuch as\b/i;

/**
 * "This includes your home address…" right after "Please do not send us anything personal.": examples of what to keep back;
 * "This information may include … postal address, credit card number" right after "“Personal Data” means …": the definition's examples.
 */
const REFERS_BACK = /^\W*(?:this|that|these|such (?:information|data)) (?:(?:may|would|could) )?(?:includes?|means|covers)\b/i;
/** Only "this information" names the defined term again: a bare "This may include …" may be about what the policy collects. */
const REFERS_BACK_TO_INFORMATION = /^\W*(?:this|that|these|such) (?:information|data) (?:(?:may|would|could|can|might) )?(?:includes?|means|covers)\b/i;
const examplesOfWhatIsNotHeld = (clause: ClassifiedClause, input: FactInput): boolean => {
  const refersBack = REFERS_BACK.test(clause.text);
  const refersToInformation = REFERS_BACK_TO_INFORMATION.test(clause.text);
  // Tested first: looking up the clause before is a scan of the document.
  if (!refersBack && !refersToInformation) return false;
  const before = input.clauses.find((c) => c.index === clause.index - 1);
  if (before === undefined) return false;
  return (refersBack && ASKED_NOT_TO_GIVE.test(before.text)) || (refersToInformation && definesPersonalData(before.text));
};

/**
 * A bare item ("Telephone Number") of a list whose introduction says the data is collected or kept
 * ("… which will generally include the following information:"); a longer line under "Change log:" is not one.
 */
const listedAsHeld = (clause: ClassifiedClause, input: FactInput): boolean =>
  isBareItem(clause.text) && (input.statements.get(clause.index) ?? []).some((s) => s.inherited && HOLDS.includes(s.action) && s.polarity !== 'denied');
const HOLDS: Action[] = ['collect', 'keep', 'store'];
/** "We do not sell your email address, which we collect …": a denial of passing data on leaves it held. */
const HOLDS_OR_USES: Action[] = [...HOLDS, 'use'];

/**
 * "We use Google Analytics, which collects referrer, browser and computer information": the operator's own analytics
 * tool gathers it for the operator, and using one at all ("This website uses Google Analytics") gathers usage.
 */
const ANALYTICS_TOOL = /\b(?:Google Analytics|analytics (?:tools?|services?|software|providers?|cookies))\b/i;
const analyticsCollects = (clause: ClassifiedClause, input: FactInput): boolean =>
  ANALYTICS_TOOL.test(clause.text) && (input.statements.get(clause.index) ?? []).some((s) => HOLDS_OR_USES.includes(s.action) && s.polarity === 'affirmed' && s.data.length > 0);

export function collectedItems(input: FactInput) {
  const found = new Set<DataItem>();
  const sources: { clause: ClassifiedClause; named: number }[] = [];
  const underCollection = (c: ClassifiedClause) => COLLECTION_HEADING.test(input.headings.get(c.index) ?? '');
  const read = input.clauses.filter((c) => readsAs(c, 'collection') || readsAs(c, 'retention') || underCollection(c) || listedAsHeld(c, input) || analyticsCollects(c, input));
  for (const clause of affirmative(read)) {
    const items = itemsHeld(clause, input);
    if (items.length === 0) continue;
    items.forEach((item) => found.add(item));
    sources.push({ clause, named: items.length });
  }
  const items = DATA_ITEMS.filter((item) => found.has(item));
  return items.length ? stated(items, mostNamedFirst(sources)) : notStated<DataItem[]>();
}

const inWords = (items: DataItem[], max?: number) => listInWords(DATA_ITEMS_BY_SENSITIVITY.filter((i) => items.includes(i)).map((i) => DATA_ITEM_WORDS[i]), max);

export const collects = defineFact<'collects'>({
  key: 'collects',
  label: 'Data collected',
  cue: anyTerm(DATA_ITEM_TERMS),
  extract: collectedItems,
  weight: 5,
  category: 'collection',
  unknown: 'Does not say what data it collects',
  judge: (items) => {
    const list = inWords(items, 3);
    if (items.length <= 5) return { fraction: 1, reason: `Collects few kinds of data: ${list}` };
    if (items.length >= 10) return { fraction: -1, reason: `Collects many kinds of data: ${list}` };
    return { fraction: 0, reason: `Collects ${items.length} kinds of data: ${list}` };
  },
  phrase: (items) => `collects ${items.length} kinds of data`,
  cell: (items) => (items.length === 0 ? 'None' : inWords(items)),
});
