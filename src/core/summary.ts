import { DATA_ITEM_WORDS, DATA_ITEMS_BY_SENSITIVITY, listInWords } from '../present/words';
import { focusOn } from './facts';
import { retentionKind } from './facts/retention';
import { applyLine } from './score';
import { SCORE_TABLE } from './score-table';
import { COUNT_WORDS, PERIOD } from './vocabulary/periods';
import { CATEGORIES, type Category, type CategorySummary, type ClassifiedClause, type Evidence, type PolicyFacts, type RetentionPeriod } from './types';

type Finding = CategorySummary['findings'][number];

function collectionFinding(facts: PolicyFacts): Finding {
  const { value, evidence } = facts.collects;
  if (value === null) return { text: 'Does not say what data it collects', evidence };
  const words = DATA_ITEMS_BY_SENSITIVITY.filter((item) => value.includes(item)).map((item) => DATA_ITEM_WORDS[item]);
  return { text: `Collects your ${listInWords(words, 3)}`, evidence };
}

/** "a rolling 30 day cycle" quotes "30 day": a count of more than one reads in the plural. */
const COUNT_IN_THE_SINGULAR = new RegExp(
  String.raw`\b((?:[2-9]|\d{2,})[\s-]*(?:\([^)]*\)\s*)?|(?:${COUNT_WORDS.filter((word) => word !== 'one').join('|')})[\s-]+)(second|minute|hour|day|week|month|year)\b(?!s)`,
  'gi',
);
const inThePlural = (_match: string, count: string, unit: string) => `${count.replace(/-$/, ' ')}${unit}s`;
/** "your settings", "these data points": a subject that takes "are" and "last"; "your data", "this cookie" take "is" and "lasts". */
const plural = (subject: string) => /[^su]s$/i.test(subject);

/** "not be kept for longer than is necessary for that purpose", "not retain your personal information longer than is necessary", "not retain student data beyond the time period required": a limit, read after "Keeps your data no longer than". */
const NOT_LONGER_THAN = /^not\b.*?\b(?:longer than|beyond) (?:is |it is )?(.*)$/i;

/** "the period necessary to process your order", "When your account is deleted, …", "… the campaign (i": the quoted period as it reads after "Keeps your data". */
function readsOn(quoted: string): string {
  const phrase = quoted
    .replace(COUNT_IN_THE_SINGULAR, inThePlural)
    .replace(/\s*\([^)]*$/, '')
    .replace(/\)$/, (bracket, at: number, all: string) => (all.slice(0, at).includes('(') ? bracket : ''))
    .replace(/[\s,]+(?:or|and|but)(?:\s+(?:subsequently|thereafter|then))?$/i, '')
    // "… for the duration of the contract on the basis of Art": the quote stopped at an abbreviation's full stop.
    .replace(/\s+(?:on the basis of|pursuant to|in accordance with|under|per|see|cf)\s+(?:Art|Sec|Para|No|Nr)$/i, '')
    // "if you delete your account, we will delete this information": the event, without the deletion it leads to.
    .replace(/^((?:if|when|once|after)\s[^,]+),\s*we\s.*$/i, '$1')
    // "for not less than six months and not more than two years": a bound, read "for at least", "for no more than".
    .replace(/^(?:for )?(?:not|no) less than\b/i, 'for at least')
    .replace(/^(?:for )?not more than\b/i, 'for no more than')
    .replace(/^(?:When|If|Once|After|Until|Upon|As|Only|Where|While)\b/, (word) => word.toLowerCase());
  return /^(?:the|a|an)\s/i.test(phrase) ? `for ${phrase}` : phrase;
}

/** "24 months", "three years": a length alone, which reads after "Keeps your data for" (a cookie "lasts 2 years" as it is). */
const A_BARE_PERIOD = new RegExp(`^${PERIOD}`, 'i');

/** "when it is no longer needed", "if you delete your account, we will delete …", "after the message has been delivered": when data goes, which reads after "Deletes your data". */
const DELETION_EVENT = /^(?:when|once|as soon as|if|upon|after)\b/i;

function periodFinding({ phrase: quoted, subject, cookie, clause }: RetentionPeriod, evidence: Evidence[]): Finding {
  const phrase = readsOn(quoted);
  const what = subject ?? (cookie ? 'its cookies' : 'your data');
  const notLonger = NOT_LONGER_THAN.exec(phrase);
  const text = cookie
    ? `Says ${what} ${plural(what) ? 'last' : 'lasts'} ${phrase}`
    : notLonger
      ? `Keeps ${what} no longer than ${notLonger[1]}`
      : /^not\b/i.test(phrase)
        ? `Says ${what} ${plural(what) ? 'are' : 'is'} ${phrase}`
        : DELETION_EVENT.test(phrase)
          ? `Deletes ${what} ${phrase}`
          : `Keeps ${what} ${A_BARE_PERIOD.test(phrase) ? 'for ' : ''}${phrase}`;
  // A long clause is quoted around the period it states.
  const around = (e: Evidence): Evidence => focusOn(e, (text) => (text.includes(quoted) ? text.indexOf(quoted) : undefined));
  return { text, evidence: evidence.filter((e) => e.clause === clause).map(around) };
}

function retentionFindings(facts: PolicyFacts): Finding[] {
  const { value, evidence } = facts.retention;
  if (value === null) return [{ text: 'Does not say how long it keeps your data', evidence: [] }];
  // What decides the score line comes first: a period kept for ever, then fixed ones, then rules; cookies last.
  const rank = (p: RetentionPeriod) => (p.cookie ? 3 : { indefinite: 0, fixed: 1, vague: 2 }[retentionKind([p.phrase])]);
  const periods = [...value.periods].sort((a, b) => rank(a) - rank(b));
  const findings = periods.map((p) => periodFinding(p, evidence));
  // "Permanently" in a table cell and "permanently" in a sentence say the same.
  return findings.filter((f, i) => findings.findIndex((g) => g.text.toLowerCase() === f.text.toLowerCase()) === i);
}

/** The score lines of a category, in words ("Says it never sells your data"). */
function lineFindings(category: Category, facts: PolicyFacts): Finding[] {
  return SCORE_TABLE.filter((line) => line.category === category && line.fact !== 'collects' && line.fact !== 'retention')
    .map((line) => applyLine(line, facts))
    .map(({ reason, evidence }) => ({ text: reason, evidence }));
}

function findingsFor(category: Category, clauses: ClassifiedClause[], facts: PolicyFacts): Finding[] {
  if (category === 'collection') return [collectionFinding(facts), ...lineFindings(category, facts)];
  if (category === 'retention') return retentionFindings(facts);
  return lineFindings(category, facts);
}

/** The classifier's reason for giving a clause `category`, without the "category: " prefix. */
function whyLabelled(clause: ClassifiedClause | undefined, category: Category): string | undefined {
  const prefix = `${category}: `;
  return clause?.reasons.find((reason) => reason.startsWith(prefix))?.slice(prefix.length);
}

function withWhy(finding: Finding, category: Category, byIndex: Map<number, ClassifiedClause>): Finding {
  const evidence = finding.evidence.map((e) => {
    const why = whyLabelled(byIndex.get(e.clause), category);
    return why ? { ...e, why } : e;
  });
  return { ...finding, evidence };
}

/** Per category: how many clauses speak to it, and what the policy says in plain words, each quote with why it was read so. */
export function summariseCategories(clauses: ClassifiedClause[], facts: PolicyFacts): CategorySummary[] {
  const byIndex = new Map(clauses.map((c) => [c.index, c]));
  return CATEGORIES.map((category) => {
    const tagged = clauses.filter((c) => c.labels.includes(category));
    return {
      category,
      clauses: tagged.length,
      negated: tagged.filter((c) => c.negated).length,
      findings: findingsFor(category, clauses, facts).map((f) => withWhy(f, category, byIndex)),
    };
  });
}
