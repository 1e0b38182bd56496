// Polarity: is a practice stated, ruled out, or ruled out with a way back in?
// One module for the classifier's denials and every fact. A denial reaches only
// the verb it stands before ("we do not sell your data, but we share it" denies
// the sale, not the sharing), and an exception turns it into a condition.
import { HEDGES } from '../vocabulary/actions';
import { BUSINESS_CHANGES_HANDS } from '../vocabulary/business-transfer';

/** `affirmed`: it happens. `denied`: it does not. `conditional`: it does not, except… (a denial that promises nothing). */
export type Polarity = 'affirmed' | 'denied' | 'conditional';

const HEDGE = `(?:${HEDGES.join('|')})`;
/** A negator and what may sit between it and its verb: "do not", "will never", "never will", "is not being", "cannot be", "not by selling", "does not itself collect", "not able to share", "unable to see", "no plans to sell", "will not attempt to obtain", "don’t want to gather", an aside between dashes ("don’t—and never will—sell"), "is not considered to be “selling”", "is not deemed a sale". */
const DENIAL_BEFORE_VERB = new RegExp(
  String.raw`(?:\bnot in the business of|\b(?:not|never)\b|n['’]t|\bno|\bcannot|\bunable)\s*(?:,[^,.;]{0,40},\s*|\([^().;]{0,40}\)\s*|\s?[—–-]\s?[^—–.;]{0,40}?\s?[—–-]\s*)?(?:(?:${HEDGE}|will|would|shall|can|could|do|does|did|be|been|being|have|has|had|we|it|ever|any|able|(?:future )?(?:plans?|intentions?)(?: of)?|intend|contemplate|attempt|try|seek|want|wish|to|by|through|itself|themselves|ourselves|(?:engage|participate) in|(?:considered|deemed|regarded|treated|classed)(?: to be| as)?(?: an?)?|such|the|data|\w+,?\s+(?:and\/or|or|and|nor)|\w+,|\w+ly)\s+){0,4}$`,
  'i',
);
/** "We do not have actual knowledge that we sell…", "we are not aware that we have shared…", "nor do we have actual knowledge of any sale": the denial sits on knowing it. */
const NO_KNOWLEDGE =
  /(?:\b(?:not|never|no)\b|n['’]t)\s+(?:have\s+)?(?:any\s+)?(?:actual\s+)?(?:knowledge|aware)\s+(?:of\s+|that\s+)?(?:we|it|[A-Z][\w&.-]*)\s+(?:(?:have|has|ever|\w+ly)\s+)*$|(?:\bnor\s+(?:do|does|did)\s+(?:we|it|[A-Z][\w&.-]*)|(?:\b(?:not|never)\b|n['’]t))\s+have\s+(?:any\s+)?(?:actual\s+)?knowledge\s+of\s+(?:any\s+)?$/i;
/** "No commercial sale of data", "no direct sale": "no" and one qualifying word before the practice noun. */
const NO_QUALIFIED = /\bno\s+[a-z-]+\s+$/i;
/** "We do not allow our providers to sell…", "contracts prevent them from reselling…", "the law prohibits companies transferring…", "Hotjar is contractually forbidden to sell…": denied through a permission withheld. */
const PERMISSION_WITHHELD =
  /(?:\b(?:not|never)|n['’]t)\s+(?:\w+\s+)?(?:permit|allow|authori[sz]e|let)\b[^.;]{0,60}?\bto\s+(?:\w+ly\s+)?$|\b(?:prevent|prohibit|forbid|bar)\w*\b[^.;]{0,60}?\bfrom\s+(?:\w+ing,?\s+(?:or|and|nor)\s+)*$|\b(?:prohibit|forbid)s?\s+(?:\w+\s+){0,3}$|\b(?:prohibited|forbidden)\s+to\s+(?:\w+ly\s+)?$/i;
/** "we firmly refrain from sharing, selling, or renting your personal details", "abstain from selling": the practice given up. */
const REFRAINS_FROM = /\b(?:refrain|abstain)(?:s|ed|ing)?\s+from\s+(?:\w+ing,?\s+(?:(?:or|and|nor)\s+)?)*$/i;
/** "We do not offer you the option to opt out or to limit…", "there is no (technical) ability to delete…", "no current mechanism to encrypt": the way to do it is withheld. */
const OPTION_WITHHELD =
  /(?:(?:\b(?:not|never)|n['’]t)\s+(?:\w+\s+)?(?:offer|provide|give|have|grant)\s+(?:you\s+|users\s+)?(?:the |a |an |any )?(?:technical |practical |real |actual )?|\bno\s+(?:technical\s+|practical\s+|real\s+|actual\s+|current\s+)?)(?:options?|ability|choice|right|means|mechanisms?|way)\s+to\s+(?:(?:[\w-]+\s+){1,4}(?:or|and)\s+(?:to\s+)?)?$/i;
/** Denials that stand at the head of their sentence: "At no time do we…", "Neither we nor our partners…", "No data is…", "No personal info, account name or watch history is collected", "No cookies are used", "No third parties see…", "No one else can…"; not a "no" opening an if-clause ("If no cookies are set, we use…"). */
const DENIAL_AT_HEAD =
  /(?<!\b(?:if|when|whenever|where|wherever|unless|once|until|because|since|while|as long as|in case)\s+)\b(?:at no time|under no circumstances|in no (?:event|case)|neither\b|no (?:\w+ ){0,3}(?:information|info|data|details|records|logs?|cookies|trackers|tracking (?:pixels|scripts|technologies|tools)|copies|documents|files)\b|none of|no(?: one|body)\b|no (?:[\w-]+ ){0,2}(?:third[- ]part(?:y|ies)|compan(?:y|ies)|partners?|advertisers?|employees?|staff|persons?|people|entit(?:y|ies)|organi[sz]ations?)\b)[^.;:]*$/i;
/** "…, nor do we resell it", "does not now, nor will it in the future, sell": a denial carried by an inverted "nor". */
const NOR_INVERTED =
  /\bnor\s+(?:do|does|did|will|would|shall|can|could|may)\s+(?:we|they|it|you|[A-Z][\w&.-]*)\s+(?:(?:\w+ly|ever|again|(?:in the )?future|at any (?:time|point))\s*,?\s+)*$/;
/** "if you do not want it to be transferred …", "should you not wish us to share …": the person's wish, which denies nothing the operator does. */
const THE_PERSON_DOES_NOT_WANT =
  /\b(?:if|when|where|should|in case|unless)\s+you\s+(?:(?:do|did|would)\s+not|don['’]t|didn['’]t|wouldn['’]t|no\s+longer|not)\s+(?:want|wish|like|prefer)\b[^.;]*$/i;

/** "We never exchange Personal Data for money (e.g., trade it for free services)": an example in brackets of what was just denied. */
const EXAMPLE_IN_BRACKETS = /\((?:e\.g\.|i\.e\.|for example|for instance|such as|like)[,:]?\s+(?:[\w-]+\s+){0,3}$/i;
const DENIED_BEFORE_THE_BRACKET = /(?:\b(?:not|never)\b|n['’]t)\s+(?:[\w-]+\s+){0,3}[\w-]+\b[^().;]*$/i;
const anExampleOfADenial = (before: string) =>
  EXAMPLE_IN_BRACKETS.test(before) && DENIED_BEFORE_THE_BRACKET.test(before.slice(0, before.lastIndexOf('('))) && !NOT_A_DENIAL.test(before);

/** A concession opening the statement, up to its comma: "While no organization can guarantee perfect security, ". */
const CONCESSION = /^\s*(?:while|whilst|although|though|even though|despite)\b[^,;]*,\s*(?=\S)/i;

/** "not only", "not limited to", "no longer than": a negator that denies nothing. */
const NOT_A_DENIAL = /\b(?:not only|not limited to|not just|no (?:longer|later|more) than|not (?:longer|more) than)\b/i;
/** A way back in: the denial has exceptions, or waits on a consent. */
const WAY_OUT =
  /\b(?:except|excepting|unless|other than|save (?:for|as|where)|apart from|but (?:we )?(?:may|will|do)|without (?:first )?(?:obtaining |getting |asking for |seeking )?(?:your |the user['’]s |their |prior |express |explicit )*(?:\w+ )?(?:consent|permission|authori[sz]ation|approval|agreement)|without (?:\w+ )?(?:adequate|appropriate|suitable|sufficient|proper) (?:\w+ )?(?:safeguards|protection|measures|contracts|agreements)|beyond what|(?:any )?(?:longer|more) than)\b/i;
/** An exception that only the law or a court forces: "except when forced by Belgian law", "unless required by a court order". */
const LEGALLY_COMPELLED =
  /^\w+\s+(?:(?:when|where|if|as|to the extent)\s+)?(?:(?:we are|it is|legally)\s+)?(?:required|compelled|forced|obliged|obligated|ordered)\s+(?:to\s+(?:do so\s+)?)?(?:by|under)\s+(?:\w+\s+){0,2}(?:law|court|regulation|legal|subpoena|warrant)|^\w+\s+(?:(?:when|where|if|as)\s+)?(?:required|permitted) by (?:applicable )?law\b|^\w+\s+(?:to comply with|in response to)\s+(?:a |an |the |applicable )?(?:law|court order|subpoena|warrant|legal (?:process|obligation))/i;

/** "…, nor use it…", "…, and we do not use it…": a second denied practice in the same statement, with its own exceptions. */
const SECOND_DENIAL =
  /,?\s+\bnor\s+(?=\w)|,\s+and\s+(?=(?:we|it|they)\s+(?:(?:do|does|will|shall|would|can|may|also)\s+)?(?:not|never)\b|(?:we|it|they)\s+(?:don['’]t|doesn['’]t|won['’]t|cannot|can['’]t)\b)/i;

/** Where a statement ends: a full stop (not the dots of "e.g. your name", "hide.me" or "1.5"), a semicolon, or a new clause joined by "but", "while", "whereas", "however". */
const SENTENCE_END = /\.(?!\w|\s+[a-z])|[;!?]|,?\s+\b(?:[Bb]ut|[Ww]hile|[Ww]hereas|[Hh]owever)\b/g;

/** The part of `text` that belongs to the same statement as the word at `at`: from the last boundary before it to the next after it. */
export function statementSpan(text: string, at: number): { start: number; end: number } {
  let start = 0;
  let end = text.length;
  for (const match of text.matchAll(SENTENCE_END)) {
    const index = match.index ?? 0;
    if (index + match[0].length <= at) start = index + match[0].length;
    else if (index >= at) {
      end = index;
      break;
    }
  }
  return { start, end };
}

/** "Do we sell your personal information?": a statement that ends in a question mark (a heading, a privacy label's line) states nothing. */
export const isAQuestion = (text: string, span: { end: number }): boolean => text[span.end] === '?';
/** Is the statement holding `at` a question? */
export const askedAt = (text: string, at: number): boolean => isAQuestion(text, statementSpan(text, at));

/** "Do Not Sell or Share My Personal Information": a link or button the person uses, in their own words, not the operator's denial. */
const NAMES_A_CONTROL = /^[\w-]+(?:\s+(?:or|and|&)\s+[\w-]+|\s*\/\s*[\w-]+)?\s+my\b/i;

/** Does the verb at `at` begin a control's name ("Sell My Personal Information") rather than a statement? */
export const namesAControl = (text: string, at: number): boolean => NAMES_A_CONTROL.test(text.slice(at, at + 40));

/** "We keep no logs", "collect no personal data": the denial is in the object. */
const NOTHING_AFTER_VERB = /^[\w-]+\s+(?:no|zero|none of)\s/i;

/** "stored and processed locally on your device and never sent to us", "stored on your device and not typically stored on our servers": kept on the person's own device, never by the operator. */
const ON_THEIR_DEVICE = /^[\w-]+(?:\s+(?:and|or)\s+[\w-]+)?\s+(?:only\s+)?(?:locally|on\s+(?:your|the\s+user['’]s|their)\s+(?:own\s+)?(?:device|phone|computer|machine|browser))\b/i;
const NEVER_REACHES_US = /(?:\b(?:never|not)\b|n['’]t)\s+(?:\w+\s+){0,3}(?:sent|transmitted|uploaded|shared|transferred|collected|received|leaves?|stored on (?:our|its|their) servers?)\b/i;
const keptOnTheirDevice = (statement: string) => ON_THEIR_DEVICE.test(statement) && NEVER_REACHES_US.test(statement);

/** Does a negator stand before the verb at `at` in its own statement, or deny its object? */
export function deniedAt(text: string, at: number): boolean {
  const { start, end } = statementSpan(text, at);
  if (keptOnTheirDevice(text.slice(at, end))) return true;
  // A verb in the laws' quotes ("does not “sell” your data", "do not "sell" or "share"", "do not ‘sell’ or ‘share’") is denied as the bare verb is.
  // "While no organization can guarantee perfect security, we are … implementing … measures": the concession ends at its comma.
  const before = text
    .slice(start, at)
    .replace(/‘([^‘’]{1,40})’/g, '$1')
    .replace(/["“”‘]/g, '')
    .replace(/['’]$/, '')
    .replace(CONCESSION, '');
  if (NOTHING_AFTER_VERB.test(text.slice(at, at + 60))) return true;
  if (NOT_A_DENIAL.test(before.slice(-30)) || namesAControl(text, at) || THE_PERSON_DOES_NOT_WANT.test(before)) return false;
  return DENIAL_BEFORE_VERB.test(before) || NO_QUALIFIED.test(before) || NO_KNOWLEDGE.test(before) || DENIAL_AT_HEAD.test(before) || PERMISSION_WITHHELD.test(before) || NOR_INVERTED.test(before) || OPTION_WITHHELD.test(before) || REFRAINS_FROM.test(before) || anExampleOfADenial(text.slice(Math.max(0, at - 200), at));
}

/** "We do not allow our providers to sell…": a practice denied to someone else, which says nothing of what the operator does. */
export function withheldFromOthers(text: string, at: number): boolean {
  return PERMISSION_WITHHELD.test(text.slice(statementSpan(text, at).start, at));
}

/**
 * Where a way out of the denial at `at` may stand: "… except as noted", "… without your consent" after the verb,
 * up to a second denial ("…, nor use it except…" excepts the use, not the sale); a parenthesis or a following
 * sentence of the same clause; and the head of its own statement ("We never collect data without your consent,
 * nor do we sell it": the consent frees the collection, not the sale).
 */
function denialScope(text: string, at: number): { ownHead: string; rest: string } {
  const { start, end } = statementSpan(text, at);
  const own = text.slice(at, end).split(SECOND_DENIAL)[0]!;
  const rest = `${own} ${text.slice(end, end + 120).match(/^[.;]?\s*\(([^)]*)\)/)?.[1] ?? ''}`;
  const head = text.slice(start, at);
  return { ownHead: head.slice(Math.max(0, head.search(/\bnor\b(?!.*\bnor\b)/))), rest };
}

const waysIn = (scope: string) => [...scope.matchAll(new RegExp(WAY_OUT.source, 'gi'))];

/** Polarity of the practice whose verb starts at `at` in `text`. */
export function polarityAt(text: string, at: number): Polarity {
  if (!deniedAt(text, at)) return 'affirmed';
  const { ownHead, rest } = denialScope(text, at);
  const ways = waysIn(`${ownHead} ${rest}`);
  // "except when forced by law" leaves no way out the operator chooses: still a denial (data/reference/README.md).
  const wayOutAt = rest.search(WAY_OUT);
  const onlyTheLaw = ways.length === 1 && LEGALLY_COMPELLED.test(rest.slice(wayOutAt, wayOutAt + 90));
  return ways.length === 0 || onlyTheLaw ? 'denied' : 'conditional';
}

/** A way out only the person opens: "without your explicit permission", "unless we have your consent", "unless you ask us to", "except when we have your permission". */
const THE_PERSONS_SAY =
  /^(?:without|unless|except (?:when|where|if|with|as))\b[^.,;]{0,50}?\b(?:consent\w*|permission|authori[sz]ation|authori[sz]ed by you|approval|agree\w*|permit\w*|allow\w*|ask\w*|request\w*|instruct\w*|direct\w*|notice|notify\w*)\b/i;

/** "Except as provided below", "unless as described in this policy", "except under the circumstances set out below": the exception is what the policy itself says. */
const AS_THE_POLICY_SAYS =
  /^(?:except|unless|other than|save)\s+(?:as|where|to the extent|(?:in|under)\s+(?:the\s+)?(?:circumstances|cases|situations|conditions))\s+(?:\w+\s+){0,3}(?:described|provided|set (?:forth|out)|stated|explained|noted|outlined|specified|disclosed)\b/i;

/** "Other than the uses listed above", "except for the purposes described in this policy": the policy's own list of uses. */
const THE_USES_THE_POLICY_LISTS =
  /^(?:except|unless|other than|save|apart from)\s+(?:for\s+|in\s+)?(?:the|those|these)\s+(?:limited\s+|specific\s+|few\s+)?(?:uses|purposes|ways|cases|circumstances|situations|disclosures|instances)\s+(?:\w+\s+){0,2}(?:listed|described|set (?:forth|out)|stated|explained|noted|outlined|specified|disclosed|mentioned|identified)\b/i;

/** "except when it's necessary to provide the Services", "unless needed to deliver your order": data passed on to serve the person, which is no sale. */
const TO_PROVIDE_THE_SERVICE =
  /^(?:except|unless|other than|save)\s+(?:(?:when|where|if|as|to the extent)\s+)?(?:(?:it['’]s|it is|that is|this is)\s+)?(?:strictly\s+|reasonably\s+)?(?:necessary|needed|required)\s+(?:to|for)\s+(?:(?:the\s+)?(?:provide|provision|deliver|perform|operat|run|offer|fulfil)\w*)\s+(?:of\s+)?(?:(?:you|the|our|its|these|those|your|requested)\s+)*(?:service|services|product|products|order|orders)\b/i;

/** "other than in connection with the transfer of all or substantially all of the assets of Acme": the business changing hands, not a sale of data. */
const ONLY_THE_BUSINESS_SOLD = new RegExp(String.raw`^(?:except|unless|other than|save|apart from)\b[^.;]{0,60}?${BUSINESS_CHANGES_HANDS}`, 'i');

/**
 * Is a conditional practice (`polarityAt` gave 'conditional') held back unless the person says so, the law
 * compels it, as the policy itself describes, to provide the service the person asked for, or the business itself changes hands, and for nothing else? "We will not sell your data without your
 * permission" promises no sale the person has not agreed to; a fact that reads this as a denial must have found
 * no sale elsewhere.
 */
export function heldForThePersonsSay(text: string, at: number): boolean {
  const { ownHead, rest } = denialScope(text, at);
  const scope = `${ownHead} ${rest}`;
  return waysIn(scope).every((w) => {
    const from = scope.slice(w.index);
    return [THE_PERSONS_SAY, LEGALLY_COMPELLED, AS_THE_POLICY_SAYS, THE_USES_THE_POLICY_LISTS, TO_PROVIDE_THE_SERVICE, ONLY_THE_BUSINESS_SOLD].some((exception) => exception.test(from));
  });
}

/** Is there a way back in anywhere in the text ("except", "unless", "without your consent")? */
export function hasWayOut(text: string): boolean {
  return WAY_OUT.test(text);
}

/** A line that introduces a list with a denial: "We will not:", "Acme never…:", "Acme does NOT use listener data to:". */
const DENYING_INTRO = /(?:\b(?:not|never)|n['’]t)(?:\s+[\w-]+){0,5}\s*:\s*$/i;

/** Not "We do not share your data except as follows:": the list is then the exceptions. */
export function deniesWhatFollows(intro: string): boolean {
  return DENYING_INTRO.test(intro) && !WAY_OUT.test(intro);
}

/** A heading naming what is not done: "What we don’t store", "Data we do not collect", "Information we never share". */
const DENYING_HEADING =
  /^\W*(?:what|(?:the )?(?:personal )?(?:data|information)|things)\s+(?:we|[A-Z][\w-]*)\s+(?:do(?:es)?\s+not|don['’]t|doesn['’]t|never|will\s+not|won['’]t)\s+[\w-]+\s*$/i;

/** A heading that denies what its bulleted list names ("What we don’t store" then "• Your IP address"), with no way out. */
export function headingDeniesWhatFollows(heading: string): boolean {
  return DENYING_HEADING.test(heading) && !WAY_OUT.test(heading);
}

/** A practice listed under a denying introduction: denied, unless the item itself leaves a way out. */
export function underDenial(item: string): Polarity {
  return WAY_OUT.test(item) ? 'conditional' : 'denied';
}

const firstMatchOnly = new WeakMap<RegExp, RegExp>();
/** The pattern without `g`, so `exec` always finds the first match (compiled once per pattern). */
function firstMatchOf(verb: RegExp): RegExp {
  if (!verb.global) return verb;
  let once = firstMatchOnly.get(verb);
  if (!once) firstMatchOnly.set(verb, (once = new RegExp(verb.source, verb.flags.replace('g', ''))));
  return once;
}

/** The polarity of the first match of `verb` in `text`, or `undefined` when the verb is not there. */
export function polarityOf(text: string, verb: RegExp): Polarity | undefined {
  const match = firstMatchOf(verb).exec(text);
  return match ? polarityAt(text, match.index) : undefined;
}

