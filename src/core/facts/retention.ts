import type { ClassifiedClause, Fact } from '../types';
import { labelled, notStated, stated } from './clauses';

/** Phrases that state a retention period or rule, most specific first. */
const PERIOD_PATTERNS: RegExp[] = [
  /\b(?:for )?(?:up to |a maximum of |a minimum of |at least |no (?:more|longer) than |not longer than )?\d+ (?:\(\w+\) )?(?:days?|weeks?|months?|years?)\b/i,
  /\b(?:for )?the minimum (?:time|period) (?:as )?required by law\b/i,
  /\b(?:for )?(?:only )?as long as (?:is |it is )?(?:needed|necessary|required)\b[^,.;]*/i,
  /\bfor the duration of\b[^,.;]*/i,
  /\bnot (?:be )?kept (?:for )?longer than (?:is )?(?:needed|necessary)\b/i,
  /\b(?:indefinitely|permanently|forever)\b/i,
  /\bnot stored\b[^,.;]*/i,
];

export interface RetentionPeriod {
  /** The period as the policy words it, e.g. "for a maximum of 5 years". */
  phrase: string;
  /** What is kept, when the clause names it ("Emails sent to us"). */
  subject?: string;
  clause: ClassifiedClause;
}

const PASSIVE_SUBJECT = /^(?:[\d.]+\s+|[•*-]\s*)?([A-Z][^,.;]{2,50}?)\s+(?:will be|are|is|may be)\s+(?:not\s+)?(?:retained|kept|stored|held)\b/;
const GENERIC_SUBJECT = /^(?:the )?(?:relevant )?(?:personal )?(?:data|information)$/i;

function subjectOf(text: string): string | undefined {
  const subject = PASSIVE_SUBJECT.exec(text)?.[1];
  return subject && !GENERIC_SUBJECT.test(subject) ? subject.toLowerCase() : undefined;
}

/** Every period stated in a clause, in pattern order. */
export function periodsIn(clause: ClassifiedClause): RetentionPeriod[] {
  const subject = subjectOf(clause.text);
  return PERIOD_PATTERNS.flatMap((pattern) => {
    const phrase = pattern.exec(clause.text)?.[0].trim();
    return phrase ? [{ phrase, subject, clause }] : [];
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

export const KEEPS_INDEFINITELY = /\b(?:indefinitely|permanently|forever)\b/i;
