import type { ClassifiedClause, Fact } from '../types';
import { labelled, notStated, stated } from './clauses';

const COUNT = String.raw`(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty|thirty)`;
const PERIOD = String.raw`${COUNT} (?:\(\w+\) )?(?:days?|weeks?|months?|years?)\b`;

/** Phrases that state a retention period or rule, most specific first. */
const PERIOD_PATTERNS: RegExp[] = [
  new RegExp(String.raw`\b(?:for |within )?(?:up to |a maximum of |a minimum of |at least |no (?:more|longer) than |not longer than )?${PERIOD}`, 'i'),
  /\b(?:for )?the minimum (?:time|period) (?:as )?required by law\b/i,
  /\b(?:for )?(?:only )?as long as (?:is |it is )?(?:needed|necessary|required)\b[^,.;]*/i,
  /\bfor the duration of\b[^,.;]*/i,
  /\buntil you (?:delete|close|cancel)\b[^,.;]*/i,
  /\buntil (?:it is )?no longer (?:needed|necessary|required)\b[^,.;]*/i,
  /\buntil your account is (?:deleted|closed)\b/i,
  /\bnot (?:be )?kept (?:for )?longer than (?:is )?(?:needed|necessary)\b/i,
  /\b(?:indefinitely|permanently|forever)\b/i,
  /\bnot stored\b[^,.;]*/i,
];

const KEEPS_INDEFINITELY = /\b(?:indefinitely|permanently|forever)\b/i;
const FIXED = new RegExp(String.raw`\b${PERIOD}|\bnot stored\b|\buntil you (?:delete|close|cancel)\b|\buntil your account is\b`, 'i');

/** How a stated retention fact reads for scoring and comparing. */
export function retentionKind(retention: string): 'indefinite' | 'fixed' | 'vague' {
  if (KEEPS_INDEFINITELY.test(retention)) return 'indefinite';
  return FIXED.test(retention) ? 'fixed' : 'vague';
}

export interface RetentionPeriod {
  /** The period as the policy words it, e.g. "for a maximum of 5 years". */
  phrase: string;
  /** What is kept, when the clause names it ("Emails sent to us"). */
  subject?: string;
  clause: ClassifiedClause;
}

/** "Emails sent to us will be retained", at the start of a clause or after a comma: the subject is group 1. */
const PASSIVE_SUBJECT =
  /(?:^|[,;]\s*)(?:[\d.]+\s+|[•*-]\s*)?(?:however\s+|but\s+|and\s+|while\s+)?([A-Za-z][^,.;]{2,50}?)\s+(?:will be|are|is|may be)\s+(?:not\s+)?(?:retained|kept|stored|held|deleted|destroyed|erased|removed)\b/g;
/** "we will keep certain information, such as invoices," : the object is group 1, its example group 2. */
const ACTIVE_OBJECT =
  /\bwe\s+(?:will\s+|may\s+|shall\s+|must\s+)?(?:keep|retain|store|hold)\s+((?!for\b)[a-z][^,.;]{2,50}?)(?=\s+(?:for|until|as long as|while|unless|after|when|in|on|at)\b|,\s*such as\s+([^,.;]{3,40}?)\s*,|[,.;]|$)/gi;
/** Subjects that say nothing about what is kept, or are a clause fragment ("or until your account"). */
const NOT_A_SUBJECT = /^(?:(?:the )?(?:relevant )?(?:personal )?(?:data|information)$|(?:or|until|when|if|once|after|before|unless)\b)/i;

/**
 * What the last "… will be kept" or "we keep …" before `at` says is kept (an example named
 * with "such as" wins over a vague object), unless it is just "data".
 */
function subjectBefore(text: string, at: number): string | undefined {
  const found: { index: number; subject: string }[] = [];
  for (const match of text.matchAll(PASSIVE_SUBJECT)) found.push({ index: match.index ?? 0, subject: match[1] ?? '' });
  for (const match of text.matchAll(ACTIVE_OBJECT)) {
    found.push({ index: match.index ?? 0, subject: match[2] ?? match[1] ?? '' });
  }
  const subject = found.filter((f) => f.index <= at).sort((a, b) => a.index - b.index).at(-1)?.subject;
  if (!subject) return undefined;
  const plain = subject.replace(/^(?:your|the|all|any|certain|some)\s+/i, '');
  return NOT_A_SUBJECT.test(plain) || /^(?:your |the )?(?:personal )?(?:data|information)\b/i.test(subject)
    ? undefined
    : subject.toLowerCase();
}

/** Every period stated in a clause, in pattern order. */
export function periodsIn(clause: ClassifiedClause): RetentionPeriod[] {
  return PERIOD_PATTERNS.flatMap((pattern) => {
    const match = pattern.exec(clause.text);
    if (!match) return [];
    return [{ phrase: match[0].trim(), subject: subjectBefore(clause.text, match.index), clause }];
  });
}

export function retentionPeriods(clauses: ClassifiedClause[]): RetentionPeriod[] {
  return labelled(clauses, 'retention').flatMap(periodsIn);
}

/** The periods quoted from the retention clauses, joined; `null` when no period is stated. */
export function retention(clauses: ClassifiedClause[]): Fact<string> {
  const periods = retentionPeriods(clauses);
  if (periods.length === 0) return notStated();
  const phrases = [...new Set(periods.map((p) => (p.subject ? `${p.subject}: ${p.phrase}` : p.phrase)))];
  const sources = [...new Set(periods.map((p) => p.clause))];
  return stated(phrases.join('; '), sources);
}

