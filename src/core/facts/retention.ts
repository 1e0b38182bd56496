// retention: how long the policy says data is kept.
import type { ClassifiedClause, Retention, RetentionPeriod } from '../types';
import type { Statement } from '../statements/extract';
import { askedAt, hasWayOut } from '../statements/polarity';
import { PERIOD } from '../vocabulary/periods';
import { isMenuItem, notStated, readsAs, sentenceAround, sentenceStart, stated } from './clauses';
import { defineFact, type FactInput } from './definition';

/** "your account is terminated", "the subscription has been cancelled": the event a deletion waits for. */
const ACCOUNT_ENDS = String.raw`(?:account|subscription|contract) (?:is |has been )?(?:terminated|closed|deleted|cancell?ed|ended)\b`;

/** "once user asked for profile deletion", "when you request deletion of your account": the person asking, which the deletion follows. */
const ASKED_FOR_DELETION = String.raw`\b(?:once|when|after|upon|as soon as) (?:the |a )?(?:users?|you|customers?|members?|subscribers?) (?:has |have )?(?:ask|request)\w* (?:us )?(?:for |to )?(?:the )?(?:(?:your |their |its |his or her )?(?:profile|account|data|information) )?(?:deletion|removal|erasure|delete|remove|erase|(?:be )?(?:deleted|removed|erased))\b`;
/** "when the process is complete", "once the verification has been completed": an event that ends what a task needed. */
const WHEN_DONE = String.raw`(?:once|when|after|as soon as) (?:the|this|that|such|your) (?:process|verification|purpose|request|procedure|check|transaction) (?:is|has been|was) (?:complete|completed|fulfilled|finished|concluded)\b`;

/** Phrases that state a retention period or rule, most specific first. */
/** "If you delete your account, …": the person ending the account, which the operator's deletion may follow. */
const YOU_END_YOUR_ACCOUNT = String.raw`\b(?:if|when|once|after) you (?:delete|close|cancel|terminate) your account\b`;

/** Kept with no end; not "permanently and irrevocably anonymize" or "removed permanently", which end it, nor an account "permanently suspended" or closed, nor "We do not store these cookies separately or permanently", "no logs are kept indefinitely". */
const KEEPS_INDEFINITELY =
  /(?<!\b(?:not|never)\s+(?:be\s+)?(?:stor|keep|kept|retain|hold|held|sav)\w*\b[^.;]{0,40})(?<!\bno\s+(?:[\w-]+\s+){1,3}(?:is|are|will\s+be|gets?)\s+(?:ever\s+)?(?:stored|kept|retained|held|saved)\s+)\b(?:indefinitely|(?<!\b(?:delet|eras|remov|destroy|purg|wip)(?:e|es|ed|ing)?\s+)permanently(?!\s+(?:and\s+\w+\s+)?(?:delet|eras|remov|destroy|anonymi|purg|wip|suspend|ban|block|disabl|clos|terminat|deactivat|lock|revok|cancel))|forever)\b/i;

/** "stored while the account is active", "for as long as your account is open": kept for the account's lifetime, which the person ends. */
const ACCOUNT_LIFETIME =
  /\b(?:while|(?:for )?as long as) (?:your |the |an? )?(?:[\w-]+ )?(?:account|subscription|membership) (?:is|remains|stays) (?:active|open)\b/i;

/** "… after the message has been delivered", "once they have been sent": a deletion's event, the word that opens it and the rest. */
const DELIVERY_EVENT = String.raw`(?:after|once|as soon as|when)`;
const ONCE_DELIVERED = String.raw` (?:the |it |they |this |that |your |each )?(?:[\w-]+ ){0,2}(?:has been|have been|is|are) (?:successfully )?(?:delivered|sent|transmitted|downloaded)\b`;

const PERIOD_PATTERNS: RegExp[] = [
  new RegExp(String.raw`\b(?:for |within )?(?:up to |a maximum of |a minimum of |at least |no (?:more|longer|less) than |not (?:longer|more|less) than ){0,2}${PERIOD}`, 'i'),
  /\b(?:for )?the minimum (?:time|period) (?:as )?required by law\b/i,
  /\b(?:for )?(?:only )?as long as (?:is |it is |it['’]s |we |they are |reasonably |(?:deem|consider|believe|judge|think|determine)s? (?:it |it['’]s |them )?)*(?:need|needs|needed|necessary|required)\b[^,.;]*/i,
  // "as long as applicable laws or regulators require"
  /\b(?:for )?as long as (?:[\w-]+,? ){1,6}(?:require|requires|permit|permits|allow|allows)\b/i,
  /\b(?:for )?as long as (?:your |the |an? )?(?:[\w-]+ (?:or [\w-]+ )?)?(?:account|subscription|contract|service|relationship)\b[^,.;]*?\b(?:is |remains |stays )?(?:active|open|in (?:force|effect|place)|lasts|continues)\b/i,
  // "stored while the account is active"
  ACCOUNT_LIFETIME,
  // "for as long as the User is a registered user of our services", "as long as you are registered with us"
  /\b(?:for )?as long as (?:you are|you remain|the (?:user|customer|member|subscriber) (?:is|remains)) (?:(?:a |an )?(?:registered |active )?(?:user|customer|member|subscriber|client)|registered|subscribed|signed up)\b[^,.;]*/i,
  /\bas (?:needed|necessary|required) to (?:provide|deliver|comply|fulfil|fulfill|perform)\b[^,.;]*/i,
  // "for as long as it takes to fulfill the purpose for which it was collected"
  /\b(?:for )?(?:only )?as long as it takes to (?:fulfil|fulfill|achieve|accomplish|serve|complete)\b[^,.;]*/i,
  // "retained for the period provided by law", "for the periods prescribed by applicable legislation"
  /\b(?:for )?the (?:period|time|term)s? (?:provided|required|prescribed|stipulated|set(?: out)?|laid down|specified|established|defined|determined) (?:for )?(?:by|in|under) (?:the |applicable |relevant )?(?:law|legislation|regulations?|statutes?)\b[^,.;]*/i,
  // Not "The criterion for the duration of the storage … is the respective legal retention period".
  /(?<!\bcriteri(?:on|a) )\bfor the duration of\b[^,.;]*/i,
  // "for the minimum period necessary for …", "for the time necessary to provide the service"
  /\b(?:for )?(?:only )?(?:the|a) (?:minimum |shortest )?(?:period|time|length of time)(?: of time)? (?:that is |which is |as is )?(?:strictly |reasonably )?(?:necessary|needed|required)\b[^,.;]*/i,
  // "for the minimum necessary period", "for a limited time"
  /\b(?:for )?(?:only )?(?:the|a) (?:minimum|shortest) (?:necessary|required|needed) (?:period|time)\b[^,.;]*/i,
  /\bfor a limited (?:period of )?time\b/i,
  // "We will keep your information for a reasonable period": a length left to the operator's judgement.
  /\bfor a reasonable (?:period|time|length of time)(?: of time)?\b/i,
  /\b(?:for )?(?:only )?as long as you (?:use|have|keep|maintain|hold)\b[^,.;]*/i,
  // "held by us while you are using our services": the time the person uses the service.
  /\bwhile you (?:are using|use|continue to use|remain (?:a )?(?:customer|member|subscriber|user))\b[^,.;]*/i,
  /\b(?:for )?(?:only )?as long as (?:we are|it is) (?:lawfully |legally )?(?:entitled|permitted|allowed)\b[^,.;]*/i,
  /\buntil you (?:delete|close|cancel)\b[^,.;]*/i,
  /\buntil (?:you|the (?:member|user|customer|subscriber|account holder)) (?:has |have )?(?:request|requests|requested|ask|asks|asked)\b[^,.;]*?\b(?:delet|clos|cancel|remov)\w*/i,
  /\buntil (?:(?:such |a |the )?time (?:that |when |as )?)?(?:it is |they are |the (?:data|information) is )?no longer (?:needed|necessary|required)\b[^,.;]*/i,
  /\buntil your account is (?:deleted|closed)\b/i,
  // "deleted or de-identified when your Personal Information is no longer necessary for the purposes …"
  /\b(?:when|once|as soon as) (?:it|they|(?:your |the |such |this )?(?:personal )?(?:information|data))(?: \w+){0,2} (?:is|are|becomes?) no longer (?:necessary|needed|required)\b[^,.;]*/i,
  // "deleted once the account is terminated", "erased every few hours"
  new RegExp(String.raw`\b(?:deleted|erased|removed|purged|destroyed) (?:once|when|after|as soon as) (?:your |the |a )?(?:[\w-]+ )?${ACCOUNT_ENDS}`, 'i'),
  /\b(?:deleted|erased|removed|purged|overwritten) (?:every|each) (?:few |\d+ )?(?:minutes?|hours?|days?)\b/i,
  new RegExp(String.raw`\b(?:once|when|after) (?:your |the |a )?(?:[\w-]+ ){0,3}${ACCOUNT_ENDS}[^.;]{0,120}?\b(?:deleted|erased|removed|purged|destroyed)\b`, 'i'),
  // "once user asked for profile deletion, we removed complete user information": kept until the person asks.
  new RegExp(String.raw`${ASKED_FOR_DELETION}(?=[^.;]{0,80}?\b(?:delet|eras|remov|destroy|purg)\w*)`, 'i'),
  // "all copies of the information will be destroyed when the process is complete"
  new RegExp(String.raw`\b(?:deleted|erased|removed|purged|destroyed) ${WHEN_DONE}`, 'i'),
  // "We will delete the message promptly after the message has been delivered", "deleted once they have been delivered": kept until delivered.
  new RegExp(String.raw`\b${DELIVERY_EVENT}(?<=\b(?:delete|deleted|erase|erased|remove|removed|purge|purged|destroy|destroyed)\b[^.;]{0,40}${DELIVERY_EVENT})${ONCE_DELIVERED}`, 'i'),
  // "After this process is complete, Acme will promptly delete …": the process ends, then the deletion.
  new RegExp(String.raw`\b${WHEN_DONE}(?=[^.;]{0,60}?\b(?:delete|erase|remove|purge|destroy)\b)`, 'i'),
  // "If you delete your account, we will delete this information": kept until the account goes.
  new RegExp(String.raw`${YOU_END_YOUR_ACCOUNT}[^.;]{0,40}?\bwe (?:will |shall )?(?:delete|erase|remove|destroy|purge)\b[^,.;]*`, 'i'),
  // "not kept longer than necessary", "will not retain your personal information longer than is necessary", "will not retain student data beyond the time period required"
  /\bnot (?:be )?(?:kept|keep|retain(?:ed)?|stored?|held|hold) (?:[\w-]+ ){0,4}?(?:for )?(?:any )?(?:longer than |beyond (?:the |what is )?(?:(?:time )?period |time )?)(?:is |it is )?(?:needed|necessary|required)\b/i,
  // "We will retain your personal data for no longer than is necessary for the purposes stated"
  /\b(?:for )?no longer than (?:is |it is )?(?:strictly |reasonably )?(?:necessary|needed|required)\b[^,.;]*/i,
  KEEPS_INDEFINITELY,
  /\bnot stored\b[^,.;]*/i,
];

/** A definite end: a length of time, or an event ("until you delete it", "erased every few hours", "deleted once your account is closed"). */
const FIXED = new RegExp(
  String.raw`\b${PERIOD}|\bnot stored\b|\buntil you (?:delete|close|cancel)\b|${YOU_END_YOUR_ACCOUNT}|\buntil your account is\b|\b(?:deleted|erased|removed|purged|destroyed|overwritten) (?:once|when|after|as soon as|every|each)\b|\b(?:once|when|after) (?:your |the |a )?(?:[\w-]+ ){0,3}${ACCOUNT_ENDS}|${ASKED_FOR_DELETION}|\b(?:deleted|erased|removed|purged|destroyed) ${WHEN_DONE}|^\W*${WHEN_DONE}|\b${DELIVERY_EVENT}${ONCE_DELIVERED}`,
  'i',
);

/** What the stated periods add up to: kept for ever anywhere, else a fixed end anywhere, else only "as long as necessary". */
export function retentionKind(phrases: string[]): Retention['kind'] {
  if (phrases.some((p) => KEEPS_INDEFINITELY.test(p))) return 'indefinite';
  return phrases.some((p) => FIXED.test(p)) ? 'fixed' : 'vague';
}

/** "Emails sent to us will be retained", at the start of a clause or after a comma: the subject is group 1. */
const PASSIVE_SUBJECT =
  /(?:^|[,;]\s*)(?:[\d.]+\s+|[•*-]\s*)?(?:however\s+|but\s+|and\s+|while\s+)?([A-Za-z](?:[^,.;]|\.(?=\w)){2,50}?)\s+(?:will be|are|is|may be)\s+(?:not\s+)?(?:retained|kept|stored|held|deleted|destroyed|erased|removed)\b/g;
/** "we will keep certain information, such as invoices," : the object is group 1, its example group 2. */
const ACTIVE_OBJECT =
  /\bwe\s+(?:will\s+|may\s+|shall\s+|must\s+)?(?:keep|retain|store|hold)\s+((?!for\b)[a-z][^,.;]{1,50}?)(?=\s+(?:for|until|as long as|while|unless|after|when|in|on|at|up to|within|permanently|indefinitely|forever)\b|,\s*such as\s+([^,.;]{3,40}?)\s*,|[,.;]|$)/gi;
/** "we keep call records for 2 years, and IP logs for 180 days": after one object's period, a second object of the same verb, right before its own period (group 1). */
const GAPPED_OBJECT = new RegExp(
  String.raw`\b(?:keep|keeps|retain|retains|store|stores|hold|holds)\b[^.;]*?${PERIOD}\s*,?\s+(?:and|or|while)\s+((?!(?:then|thereafter|afterwards|also|only|still|again|further|typically|usually|generally|normally|possibly)\b)(?:(?!(?:are|is|was|were|be|been|will|may|can|shall|must)\b)[A-Za-z][\w-]*\s+){0,3}[A-Za-z][\w-]*)\s+(?=for\s+(?:up to\s+)?${PERIOD})`,
  'gi',
);
/** Subjects that say nothing about what is kept ("it"), or are a clause fragment ("or until your account", "ensure that Personal Data"). */
const NOT_A_SUBJECT = /^(?:(?:the )?(?:relevant )?(?:personal )?(?:data|information)$|(?:or|until|when|if|once|after|before|unless)\b|(?:it|them|those)$)|\b(?:that|which|who|we|you|they)\b/i;

/**
 * What the last "… will be kept" or "we keep …" before `at` says is kept (an example named
 * with "such as" wins over a vague object), unless it is just "data"; in lower case but for
 * acronyms ("IP logs").
 */
function subjectBefore(text: string, at: number): string | undefined {
  const found: { index: number; subject: string }[] = [];
  for (const match of text.matchAll(PASSIVE_SUBJECT)) found.push({ index: match.index ?? 0, subject: match[1] ?? '' });
  for (const match of text.matchAll(ACTIVE_OBJECT)) {
    found.push({ index: match.index ?? 0, subject: match[2] ?? match[1] ?? '' });
  }
  for (const match of text.matchAll(GAPPED_OBJECT)) {
    const subject = match[1] ?? '';
    found.push({ index: (match.index ?? 0) + match[0].lastIndexOf(subject), subject });
  }
  const subject = found.filter((f) => f.index <= at).sort((a, b) => a.index - b.index).at(-1)?.subject;
  if (!subject) return undefined;
  const plain = subject.replace(/^(?:your|the|all|any|certain|some)\s+/i, '');
  return NOT_A_SUBJECT.test(plain) || /^(?:your |the )?(?:personal )?(?:data|information)\b/i.test(subject)
    ? undefined
    : subject.replace(/[\w-]+/g, (word) => (/[A-Z].*[A-Z]/.test(word) ? word : word.toLowerCase()));
}

/**
 * "Please allow 30 days for a response", "We will provide access within 30 days of your request": how long an answer
 * takes, not how long data is kept ("We will respond to any requests to remove personal data within 30 days" says when
 * data goes, as readers read it).
 */
const RESPONSE_BEFORE = /\b(?:respon(?:d|ds|se|ding)|repl(?:y|ies)|answer)\b[^.;]{0,30}$|\bprovide (?:you (?:with )?)?access\s*$/i;
const RESPONSE_AFTER = /^[^.;]{0,20}\bfor (?:a |our |your )?(?:response|reply|answer)\b/i;
const aResponseTime = (text: string, match: RegExpMatchArray) => {
  const at = match.index ?? 0;
  return RESPONSE_BEFORE.test(text.slice(0, at)) || RESPONSE_AFTER.test(text.slice(at + match[0].length));
};

/**
 * "As long as we are legally permitted, we will provide notice …": a condition opening the sentence, which is a period
 * only when the sentence goes on to keep or delete data ("As long as your account is active, we keep your files").
 */
const OPENING_CONDITION = /^\W*as long as\b/i;
const KEEPS_OR_DELETES = /\b(?:retain|keep|kept|stor|hold|held|maintain|preserv|delet|eras|remov|destroy|purg)\w*/i;
/** The sentence up to a match. */
const sentenceUpTo = (text: string, at: number) => text.slice(sentenceStart(text, at), at);
const aCondition = (text: string, match: RegExpMatchArray) => {
  const at = match.index ?? 0;
  if (!OPENING_CONDITION.test(sentenceUpTo(text, at) + match[0])) return false;
  const rest = text.slice(at + match[0].length).split(/[.;]/)[0]!;
  return !KEEPS_OR_DELETES.test(rest);
};

/** "required to access, remove, preserve, or disclose information as necessary to comply with legal obligations": what the law compels, disclosure among it, not how long data is kept. */
const AS_NEEDED = /^as (?:needed|necessary|required) to\b/i;
const DISCLOSES = /\bdisclos\w*/i;
const RETAINS = /\b(?:retain|keep|kept|stor)\w*/i;
const aCompelledDisclosure = (text: string, match: RegExpMatchArray) => {
  if (!AS_NEEDED.test(match[0])) return false;
  const before = sentenceUpTo(text, match.index ?? 0);
  return DISCLOSES.test(before) && !RETAINS.test(before);
};

const EVERY_PERIOD = PERIOD_PATTERNS.map((pattern) => new RegExp(pattern.source, `${pattern.flags}g`));

/** Every period stated in a clause, in pattern order ("30 days after … (… 365 days after closing)" states two). */
export function periodsIn(clause: ClassifiedClause): RetentionPeriod[] {
  const matches = EVERY_PERIOD.flatMap((pattern) =>
    [...clause.text.matchAll(pattern)].filter(
      (match) => !askedAt(clause.text, match.index ?? 0) && !aResponseTime(clause.text, match) && !aCondition(clause.text, match) && !aCompelledDisclosure(clause.text, match),
    ),
  );
  return matches
    .filter((match) => !matches.some((other) => within(match, other)))
    .map((match) => {
      const subject = subjectBefore(clause.text, match.index ?? 0);
      return { phrase: phraseOf(clause.text, match), ...(subject ? { subject } : {}), clause: clause.index };
    });
}

/** "until you close your browser) or “persistent” cookies (…)": a phrase that began inside brackets ends where they close. */
function withinItsBrackets(phrase: string): string {
  let depth = 0;
  for (let i = 0; i < phrase.length; i++) {
    if (phrase[i] === '(') depth++;
    else if (phrase[i] === ')' && --depth < 0) return phrase.slice(0, i).trimEnd();
  }
  return phrase;
}

/** The words a match quotes, run on through a list it stopped in, and shortened when long. */
function phraseOf(text: string, match: RegExpMatchArray): string {
  const phrase = withinItsBrackets(match[0].trim());
  if (ENDS_ON_A_LENGTH.test(phrase)) return shortened(phrase);
  return shortened(phrase + (A_LIST_GOES_ON.exec(text.slice((match.index ?? 0) + match[0].length))?.[0] ?? ''));
}

/** "… to comply with business, tax and legal requirements", "to (i) provide our services to you, (ii) comply with …": a list the phrase stopped at the first comma of. */
const A_LIST_GOES_ON =
  /^(?:(?:,\s+(?!(?:we|you|they|it|this)\b)[\w-]+){1,3},?\s+(?:and|or)\s+(?!(?:we|you|they|it|this|then)\b)[^,.;]*|(?:,?\s*(?:and\s+|or\s+)?\((?:[ivx]+|[a-h]|\d)\)\s+[^,.;()]*)+)/;

/** "invoices: for 10 (ten) years, (ii) …": a length is whole; what follows is another item. */
const ENDS_ON_A_LENGTH = /\b(?:minutes?|hours?|days?|weeks?|months?|years?)\W*$/i;

/** "as necessary to fulfil …" inside "for as long as necessary to fulfil …": a shorter reading of the same words, which says nothing more (the kind is read from the words, all of them in the longer one). */
const within = (inner: RegExpMatchArray, outer: RegExpMatchArray) => {
  const start = inner.index ?? 0, end = start + inner[0].length, outerStart = outer.index ?? 0;
  return start >= outerStart && end <= outerStart + outer[0].length && inner[0].length < outer[0].length;
};

/** "Cookie expiry: 1 year", "this cookie expires after 30 days": how long a cookie lives on your device, not how long the provider keeps your data. */
const COOKIE_LIFETIME = /\bcookies?\b|\bexpiry\s*:/i;
const NAMES_PERSONAL_DATA = /\bpersonal (?:data|information)\b/i;
const aboutACookie = (c: ClassifiedClause) => COOKIE_LIFETIME.test(c.text) && !NAMES_PERSONAL_DATA.test(c.text);

/** "saved more than 10,000 hours with Airtable": the time is what is saved, not how long data is kept. */
const TIME_AS_OBJECT = new RegExp(String.raw`^\s+(?:(?:more than|over|up to|about|nearly|almost|around)\s+)?${PERIOD}`, 'i');
const timeSaved = (s: Statement, text: string) => s.verb !== undefined && /^sav/i.test(s.verb.word) && TIME_AS_OBJECT.test(text.slice(s.verb.at + s.verb.word.length));

/** The keeping verb's own sentence bounds it by the account's life: "… are stored while the account is active". */
const keptForTheAccountsLife = (text: string, s: Statement) =>
  s.verb !== undefined && ACCOUNT_LIFETIME.test(text.slice(s.verb.at).split(/[.;]/)[0]!);

/** Retention clauses, and any clause whose statement keeps data for a stated length of time ("retention periods of up to six (6) years:") or for the account's life. */
function aboutKeeping(input: FactInput): ClassifiedClause[] {
  const keepsForAPeriod = (c: ClassifiedClause) =>
    (input.statements.get(c.index) ?? []).some((s) => s.action === 'keep' && s.polarity !== 'denied' && !timeSaved(s, c.text) && (s.period || KEEPS_INDEFINITELY.test(s.text) || keptForTheAccountsLife(c.text, s)));
  return input.clauses.filter((c) => (readsAs(c, 'retention') && !isMenuItem(c.text)) || keepsForAPeriod(c));
}

/** Every period of the retention clauses; a cookie's lifetime is marked as one. */
export function retentionPeriods(input: FactInput): RetentionPeriod[] {
  return periodsOfClauses(aboutKeeping(input));
}

const periodsOfClauses = (about: ClassifiedClause[]): RetentionPeriod[] =>
  about.flatMap((c) => {
    const periods = periodsIn(c);
    return aboutACookie(c) ? periods.map((p) => ({ ...p, cookie: true as const })) : periods;
  });

/** "emails sent to us: for a maximum of 5 years", "cookies: 13 months". */
export const periodInWords = (p: RetentionPeriod) => {
  const subject = p.subject ?? (p.cookie ? 'cookies' : undefined);
  return subject ? `${subject}: ${p.phrase}` : p.phrase;
};

/**
 * The periods quoted from the retention clauses (each once). Cookie lifetimes are listed beside
 * the provider's own periods but say nothing of how long it keeps your data: they do not decide
 * the kind, and alone they are not a retention statement (`null`).
 */
export function retentionOf(input: FactInput) {
  const { clauses } = input;
  // Read once: the periods come from these clauses, and so do the rules when there is no period.
  const about = aboutKeeping(input);
  const all = periodsOfClauses(about);
  const keeping = all.filter((p) => !p.cookie);
  if (keeping.length === 0) return keepingWithoutAPeriod(input, about);
  const periods = all.filter((p, i) => all.findIndex((q) => periodInWords(q) === periodInWords(p)) === i);
  const sources = clauses.filter((c) => periods.some((p) => p.clause === c.index));
  return stated<Retention>({ kind: retentionKind(keeping.map((p) => p.phrase)), periods }, sources);
}

const KEEPING_VERB = /^(?:retain|keep|kept)/i;
/** Storing says where or how, not for how long, unless the law bounds it: "stored … in accordance with applicable regulatory requirements". */
const STORING_VERB = /^stor/i;
const STORING_RULE = /\b(?:in (?:accordance|compliance) with|as (?:required|mandated|prescribed) by|to comply with)\b/i;
/** What bounds the keeping when no period is given: a need, a short while ("on a temporary basis"), a law ("if it is required by law", "to satisfy our legal and security obligations"), the records, a purpose ("for legitimate business purposes"). */
const KEEPING_RULE =
  /\b(?:as (?:needed|necessary|required|permitted)|long enough|on a temporary basis|temporarily|to comply|where (?:we have|there is) (?:an? )?(?:ongoing |continuing )?(?:legitimate )?(?:business )?need|to (?:satisfy|meet|fulfil+|discharge)\b[^.;]{0,30}\b(?:legal|regulatory|statutory)|in accordance with|for (?:our |the )?records?|only for|while|until|unless\b[^.;]{0,40}\b(?:request|ask|delet|remov|eras)\w*|(?:required|permitted|mandated|prescribed) by (?:applicable )?law|for (?:legitimate |legal )?business purposes|in order to|so (?:that )?(?:we|it) (?:can|may|could)|on file|in (?:our|its|their) records|for (?:(?:archival|archiving|analytics|backup|audit(?:ing)?|accounting|tax|legal|regulatory|record(?:[- ]?keeping)?|security|fraud[- ]prevention),? (?:and |or )?){1,5}(?:purposes|reasons))\b/i;

/** "We retain data as needed to …", "retained for our records": the rule, from its first word to the end of its sentence or an aside in brackets. */
function ruleWithoutAPeriod(clause: ClassifiedClause, statement: Statement): string | undefined {
  if (statement.action !== 'keep' || statement.polarity !== 'affirmed' || !statement.verb) return undefined;
  const rule = KEEPING_VERB.test(statement.verb.word) ? KEEPING_RULE : STORING_VERB.test(statement.verb.word) ? STORING_RULE : undefined;
  const rest = clause.text.slice(statement.verb.at).split(/[.;]/)[0]!;
  const at = rule?.exec(rest)?.index;
  if (at === undefined) return rule === KEEPING_RULE ? ruleBefore(clause.text.slice(0, statement.verb.at)) : undefined;
  // The rule may be the second half of one ("to the extent permitted by applicable law", "for as long as … needed … and as required by law").
  const opens = RULE_OPENS.exec(rest)?.index ?? at;
  return upToAnAside(rest.slice(Math.min(opens, at)));
}

/** "For legal reasons we may retain …": a purpose that opens the sentence bounds the keeping after it. */
const RULE_BEFORE = /(?:^|[.;:]\s+)\W*(for (?:(?:legal|regulatory|tax|accounting|audit(?:ing)?|security|archival|backup|record[- ]?keeping),? (?:and |or )?){1,3}(?:purposes|reasons))\b,?\s+(?:[\w-]+\s+){1,3}$/i;
const ruleBefore = (head: string): string | undefined => RULE_BEFORE.exec(head)?.[1]?.replace(/^F/, 'f');

/** Words that open a rule for how long data is kept: "for as long as", "to the extent", "only", "while", "where". */
const RULE_OPENS = /\b(?:for (?:as|so) long as|(?:as|so) long as|to the extent|only|until|while|where|in accordance with|in order to|as (?:required|permitted|mandated|prescribed))\b/i;

/** "(for example, …", ", such as your username and IP used when …": an aside or an example, where the rule ends. */
const AN_ASIDE = /\s\(|\)|,\s*(?:such as|for example|e\.g\.|including)\s/i;

/** "where we have an ongoing legitimate need to do so (for example, …": the words before the aside or example, at most 120 characters. */
function upToAnAside(text: string): string {
  // "… (for example, if we are required to retain your data to comply with applicable laws)": an aside ends at its bracket too.
  return atMost120(text.split(AN_ASIDE)[0]!.replace(/[\s,]+$/, ''));
}

/** A long period quoted to the end of its first part, unless the rest holds what decides its kind ("… but no longer than 13 months"). */
const shortened = (phrase: string) => {
  const part = atMost120(phrase);
  return retentionKind([part]) === retentionKind([phrase]) ? part : phrase;
};

/** A phrase of at most 120 characters: whole, or up to the comma that ends a part of it, else to a whole word and "…". */
function atMost120(plain: string): string {
  if (plain.length <= 120) return plain;
  const cut = plain.slice(0, 120);
  const comma = cut.lastIndexOf(',');
  return comma >= 40 ? cut.slice(0, comma) : `${cut.replace(/\s+\S*$/, '')}…`;
}

/** "in accordance with this Privacy Policy", "to the extent you are a resident of …": no bound on the keeping. */
const THE_POLICY_ITSELF = /^(?:in (?:accordance|compliance) with (?:this|our|its|the) (?:[\w-]+ )?(?:polic|notice|statement|terms)|to the extent (?:that )?(?:you|it is)\b)/i;

/** "keeps track of", "kept confidential", "keep your information secure": how data is held, not for how long. */
const KEPT_AS_A_STATE = /^\w+\s+(?:track\b|(?:[\w-]+\s+){0,4}?(?:confidential|secure|safe|private|accurate|up[- ]to[- ]date|current|informed)\b)/i;

/**
 * No period anywhere, but the keeping is bounded in words: in a retention clause, or by a keeping verb's own rule
 * in any other clause. A vague rule, in the clause's own words.
 */
function keepingWithoutAPeriod(input: FactInput, retentionClauses: ClassifiedClause[]) {
  const about = new Set(retentionClauses);
  // Outside the retention clauses, only a verb of keeping bounded by a rule of its own ("we may retain those communications in order to …").
  const ruleOf = (c: ClassifiedClause, s: Statement) => {
    const rule = ruleWithoutAPeriod(c, s);
    if (rule === undefined || KEPT_AS_A_STATE.test(c.text.slice(s.verb!.at))) return undefined;
    return about.has(c) || (KEEPING_VERB.test(s.verb!.word) && !THE_POLICY_ITSELF.test(rule)) ? rule : undefined;
  };
  const periods = input.clauses
    .filter((c) => !aboutACookie(c) && !isMenuItem(c.text))
    .flatMap((c) => (input.statements.get(c.index) ?? []).map((s) => ruleOf(c, s)).filter((p) => p !== undefined).map((phrase) => ({ phrase, clause: c.index })))
    // Two verbs of one sentence may share its rule ("keep some data longer (… required to retain your data to comply …)").
    .filter((p, i, all) => all.findIndex((q) => q.phrase === p.phrase) === i);
  if (periods.length === 0) return keepingNothing(input);
  return stated<Retention>({ kind: 'vague', periods }, input.clauses.filter((c) => periods.some((p) => p.clause === c.index)));
}

const KEEPING = String.raw`(?:stor(?:e|ed|ing)|kept|keep|retain(?:ed)?|sav(?:e|ed)|log(?:ged)?)`;
const NOTICING = String.raw`(?:(?:collect|log|record|track|process)(?:ed)?,?\s+(?:or|nor|and)\s+)?`;
const ANY_DATA = String.raw`(?:(?:personal|personally identifiable|identifiable|user(?:-related)?|customer)\s+){0,2}(?:data|information)`;
/**
 * "no personal information is collected or stored", "We do not store or track any user-related personal data": nothing is
 * kept at all (not one item: "we do not store your card number"), with no way out in the sentence.
 */
const NOTHING_KEPT = new RegExp(
  String.raw`\bno ${ANY_DATA}\b[^.;]{0,30}?\b(?:is|are|will be|gets?)\s+(?:ever\s+)?${NOTICING}${KEEPING}\b(?!\s+(?:permanently|indefinitely|forever|(?:for\s+)?longer)\b)` +
    String.raw`|\b(?:do(?:es)?\s+not|don['’]t|doesn['’]t|never|will\s+not|won['’]t)\s+(?:\w+ly\s+)?${NOTICING}${KEEPING}\s+(?:or\s+\w+\s+)?any\s+${ANY_DATA}\b`,
  'i',
);
/** "does not store any user information within the product", "… is stored in relation to the cookies": nothing kept in one part only. */
const SCOPED_AFTER =
  /^\s*(?:\([^)]{0,40}\)\s*)?(?:in (?:relation|connection|respect) (?:to|with)|with respect to|within|inside|in (?:the|this|our) (?:product|app|application|extension|software|cookies?)|on (?:your|the) (?:device|computer|phone))\b/i;

/** No rule at all, but the policy says it keeps nothing: that is how long data is kept ("not stored"). */
function keepingNothing(input: FactInput) {
  const nothing = input.clauses.filter((c) => {
    const match = NOTHING_KEPT.exec(c.text);
    return match !== null && !aboutACookie(c) && !hasWayOut(sentenceAround(c.text, match.index)) && !SCOPED_AFTER.test(c.text.slice(match.index + match[0].length));
  });
  if (nothing.length === 0) return notStated<Retention>();
  return stated<Retention>({ kind: 'fixed', periods: [{ phrase: 'not stored', clause: nothing[0]!.index }] }, nothing.slice(0, 1));
}

export const retention = defineFact<'retention'>({
  key: 'retention',
  label: 'Retention',
  cue: /\b(?:retain\w*|retention|keep|keeps|kept|stor(?:e|es|ed|ing|age)|delet\w*|eras\w*)\b/i,
  extract: retentionOf,
  weight: 10,
  category: 'retention',
  unknown: 'Does not say how long it keeps your data',
  judge: ({ kind }) => {
    if (kind === 'indefinite') return { fraction: -1, reason: 'Keeps your data indefinitely' };
    if (kind === 'fixed') return { fraction: 1, reason: 'Says how long it keeps your data' };
    return { fraction: 0.5, reason: 'Keeps your data "as long as necessary", without a fixed period' };
  },
  phrase: ({ kind }) => ({ indefinite: 'keeps data indefinitely', fixed: 'says how long it keeps data', vague: 'keeps data "as long as necessary"' })[kind],
  cell: ({ periods }) => periods.map(periodInWords).join('; '),
});

