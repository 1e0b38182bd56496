// Clause → statements: who does what with which data, where, for how long, and
// whether it is said to happen at all. One statement per practice verb; the facts
// reduce the statements of the clauses carrying the right labels.
import { DATA_ITEM_TERMS, matchTerms, placeTermsIn } from '../facts/lexicon';
import { BULLET } from '../classify/layout';
import type { ClassifiedClause, DataItem } from '../types';
import { ACTION_WORDS, ACTIONS, STATEMENT_ONLY_WORDS, type Action } from '../vocabulary/actions';
import { PARTY_WORDS, PARTIES, type Party } from '../vocabulary/parties';
import { PERIOD } from '../vocabulary/periods';
import { deniesWhatFollows, hasWayOut, headingDeniesWhatFollows, isAQuestion, polarityAt, statementSpan, underDenial, type Polarity } from './polarity';

export interface Statement {
  /** Index of the clause that states it. */
  clause: number;
  action: Action;
  polarity: Polarity;
  /** Data items named in the statement (its sentence part). */
  data: DataItem[];
  parties: Party[];
  places: string[];
  /** A length of time named in it ("30 days"). */
  period?: string;
  /** The words of the statement, for the facts that read more than the frame. */
  text: string;
  /** Where its verb stands in the clause, and the verb as written (none for a frame inherited by a list item). */
  verb?: { at: number; word: string };
  /** True when the frame comes from the line introducing a list ("We do not collect:"). */
  inherited?: boolean;
}

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const wordsPattern = (words: string[]) => new RegExp(`(?<![\\w-])(?:${[...words].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\w-])`, 'gi');

const ACTION_PATTERNS = ACTIONS.map((action) => ({ action, pattern: wordsPattern([...ACTION_WORDS[action], ...(STATEMENT_ONLY_WORDS[action] ?? [])]) }));
const PARTY_PATTERNS = PARTIES.map((party) => ({ party, pattern: wordsPattern(PARTY_WORDS[party]) }));
const PERIOD_PATTERN = new RegExp(PERIOD, 'i');

const PARTY_TESTS = PARTY_PATTERNS.map(({ party, pattern }) => ({ party, pattern: new RegExp(pattern.source, 'i') }));
export const partiesIn = (text: string): Party[] => PARTY_TESTS.filter(({ pattern }) => pattern.test(text)).map(({ party }) => party);

type Named = Pick<Statement, 'data' | 'parties' | 'places' | 'period'>;
const named = (text: string): Named => ({
  data: matchTerms(text, DATA_ITEM_TERMS),
  parties: partiesIn(text),
  places: matchTerms(text, placeTermsIn(text)),
  period: PERIOD_PATTERN.exec(text)?.[0],
});

/** A statement's frame; `names` is what its words name, read once where several statements share the words. */
function frame(clause: number, action: Action, polarity: Polarity, text: string, names: Named): Statement {
  return { clause, action, polarity, data: [...names.data], parties: [...names.parties], places: [...names.places], period: names.period, text };
}

/** The verbs of one clause's practices, in order, each with its action. */
function verbsIn(text: string): { at: number; word: string; action: Action }[] {
  const found = ACTION_PATTERNS.flatMap(({ action, pattern }) =>
    [...text.matchAll(pattern)].map((m) => ({ at: m.index ?? 0, word: m[0], action: givenByThePerson(text, m.index ?? 0, action) })),
  );
  return found.sort((a, b) => a.at - b.at);
}

/** "you will share:", "the information you share with us": what the person shares, the operator receives. */
const THE_PERSON_AS_SUBJECT = /\byou\s+(?:(?:will|may|can|might|could|also|choose to|decide to|wish to|want to)\s+){0,2}$/i;
const givenByThePerson = (text: string, at: number, action: Action): Action =>
  action === 'share' && THE_PERSON_AS_SUBJECT.test(text.slice(Math.max(0, at - 40), at)) ? 'collect' : action;

/** Nouns that stand for a practice ("on our servers", "in our database"): they have no negator of their own. */
const PRACTICE_NOUNS = /^(?:servers?|databases?|data cent(?:re|er)s|storage|retention)$/i;
/** "never touches our servers", "does not reach our database": a denial through a verb of arriving, right before the noun. */
const NEVER_REACHES = /(?:\b(?:never|not)\b|n['’]t)\s+(?:\w+ly\s+)?(?:touch|reach|hit|enter|pass(?:es)? through|go(?:es)? through|get to)\w*\s+(?:[\w'’-]+\s+){0,2}$/i;

/** "• ISP Tracking – We do NOT track …": a run-in label before a dash or colon names the topic; the sentence after it states. */
const RUN_IN_LABEL = /^[\s•·▪*-]*[A-Z][\w&'’-]*(?:\s+[\w&'’-]+){0,4}(?:\s+[–—]|:)\s+(?=[A-Z])/;

/** The statements one clause makes on its own: one per practice verb, over the part of the sentence the verb belongs to. */
export function clauseStatements(index: number, text: string): Statement[] {
  const statements: Statement[] = [];
  const labelEnd = RUN_IN_LABEL.exec(text)?.[0].length ?? 0;
  // The verbs of one sentence part share its words: each part is read once.
  const read = new Map<string, Named>();
  const namesOf = (part: string): Named => read.get(part) ?? read.set(part, named(part)).get(part)!;
  for (const { at, word, action } of verbsIn(text)) {
    if (at < labelEnd) continue;
    const span = statementSpan(text, at);
    if (isAQuestion(text, span)) continue;
    const { start, end } = span;
    // "it is not stored on our servers": the noun shares the polarity of the verb before it in its statement.
    const noun = PRACTICE_NOUNS.test(word);
    const verbBefore = noun ? statements.findLast((s) => s.verb && s.verb.at >= start && !PRACTICE_NOUNS.test(s.verb.word)) : undefined;
    // "… and it never touches Zotero servers": the data does not reach the place the noun names.
    const neverReaches = noun && NEVER_REACHES.test(text.slice(start, at));
    const polarity = neverReaches ? 'denied' : (verbBefore?.polarity ?? polarityAt(text, at));
    const part = text.slice(start, end);
    statements.push({ ...frame(index, action, polarity, part, namesOf(part)), verb: { at, word } });
  }
  return statements;
}

const union = <T>(a: T[], b: T[]) => [...new Set([...a, ...b])];

/** A list item read in its introduction's frame: its action and polarity, and the parties and places the introduction names. */
function inheritFrame(intro: Statement, index: number, text: string, names: Named): Statement {
  const own = frame(index, intro.action, intro.polarity, text, names);
  return { ...own, parties: union(intro.parties, own.parties), places: union(intro.places, own.places), inherited: true };
}

/** "Sell any customer data…": an item that opens with its verb, as items under "Acme does not:" do. */
const opensWithVerb = (text: string) => verbsIn(text.slice(0, 30))[0]?.at === 0;

/**
 * Does the clause read as a denial: its first practice plainly denied ("we do not sell…"; not "… unless
 * you agree"), and not opened by one that happens ("we collect your e-mail and do not share it")?
 */
export function deniesAPractice(text: string): boolean {
  const first = verbsIn(text)[0];
  if (first) return polarityAt(text, first.at) === 'denied';
  // "We do not co-operate with any surveillance service": no practice verb, but the clause opens with a denial.
  return OPENS_WITH_DENIAL.test(text) && !hasWayOut(text);
}

const OPENS_WITH_DENIAL = /^\W*(?:\d+[.)]\s*)?(?:no[.,]\s*)?(?:we|it|they|[A-Z][\w&-]+)\s+(?:(?:do|does|will|shall|would|can|may|also|currently)\s+)*(?:not|never)\b|^\W*(?:\d+[.)]\s*)?(?:we|it|they|[A-Z][\w&-]+)\s+(?:don['’]t|doesn['’]t|won['’]t|cannot|can['’]t)\b/i;

/** A bullet, a short fragment, or a sentence opening with its verb, under a line that ends with ":". */
function continuesList(text: string): boolean {
  const trimmed = text.trim();
  if (BULLET.test(trimmed)) return true;
  if (trimmed.length <= 200 && !/[.?!:]$/.test(trimmed) && trimmed.split(/\s+/).length <= 14) return true;
  return trimmed.length <= 300 && opensWithVerb(trimmed);
}

/** "We collect:", and a sentence that ends by announcing its list: "None of the following records are stored by Acme." */
const ANNOUNCES_A_LIST = /\b(?:the following|as follows)\b[^.;:!?]{0,80}[.:]?["'’”]*\s*$/i;
/** "This information may include:", "Such data includes, but is not limited to:": an introduction that only enumerates. */
const ONLY_ENUMERATES = /^\W*(?:[\w-]+\s+){1,5}(?:may|might|will|can|could|would)?\s*(?:includes?|consists? of|comprises?)\b[^.;:]*:\s*$/i;
const introducesAList = (text: string): boolean => text.trim().endsWith(':') || ANNOUNCES_A_LIST.test(text);

/**
 * The statements of a document's clauses. A list item without a verb of its own takes
 * its introduction's frame ("We do not collect:" → "• your name" is not collected).
 */
export function documentStatements(clauses: readonly Pick<ClassifiedClause, 'index' | 'text'>[]): Statement[][] {
  let intro: Statement[] = [];
  let denying = false;
  // A heading's list is its bullets: the next heading, a short line too, ends it.
  let bulletsOnly = false;
  let previous: Statement[] = [];
  return clauses.map(({ index, text }) => {
    const own = clauseStatements(index, text);
    const inList = (intro.length > 0 || denying) && continuesList(text) && (!bulletsOnly || BULLET.test(text));
    let statements = own;
    if (inList && own.length === 0) {
      const names = named(text);
      statements = intro.map((s) => inheritFrame(s, index, text, names));
    } else if (inList && denying) statements = own.map((s) => (s.polarity === 'affirmed' ? { ...s, polarity: underDenial(text) } : s));
    if (introducesAList(text)) {
      // "Personally identifiable information may include, but is not limited to:" has no verb of its own: its items take the frame of the clause before it.
      intro = own.length === 0 && ONLY_ENUMERATES.test(text) ? previous : own;
      denying = deniesWhatFollows(text);
      bulletsOnly = false;
    } else if (headingDeniesWhatFollows(text)) {
      intro = own;
      denying = true;
      bulletsOnly = true;
    } else if (!inList) {
      intro = [];
      denying = false;
      bulletsOnly = false;
    }
    previous = own;
    return statements;
  });
}
