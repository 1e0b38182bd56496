import type { Category, Verdict } from '../core/types';

/** Plain-language card titles, in the words a user would ask. */
export const CATEGORY_TITLES: Record<Category, string> = {
  collection: 'What they collect',
  sharing: 'Who they share it with',
  retention: 'How long they keep it',
  transfer: 'Sending it abroad',
  rights: 'Your rights',
};

export const VERDICT_WORDS: Record<Verdict, string> = {
  better: 'Better',
  worse: 'Worse',
  same: 'Same',
  unknown: 'Unclear',
};

/** 1 → "1st", 2 → "2nd", 11 → "11th". */
export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th'}`;
}

/** The day alone, for a one-line note: "Nov 29, 2026". */
export function formatDay(epochMs: number): string {
  return new Date(epochMs).toLocaleDateString(undefined, { dateStyle: 'medium' });
}

export function formatDate(epochMs: number): string {
  return new Date(epochMs).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** The card for the score lines outside the five categories. */
export const SECURITY_AND_LAW_TITLE = 'Security, breaches and the law';

/** "1 clause", "3 clauses": every surface counts clauses in these words. */
export const clauseCount = (n: number) => `${n} ${n === 1 ? 'clause' : 'clauses'}`;

/** How many findings a category card shows before folding the rest away (a policy may state twenty retention periods). */
export const FINDINGS_SHOWN = 4;
export const moreFindings = (n: number) => `Show ${n} more ${n === 1 ? 'finding' : 'findings'}`;
