import type { Evidence } from '../core/types';
import { quoteOf } from '../present/quote';

// Control characters and bidi overrides in page text could move the cursor or
// disguise output on a terminal; page text is printed only through `clean`.
const UNSAFE_CHARS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function clean(text: string): string {
  return text.replace(UNSAFE_CHARS, '');
}

/** A quote of evidence for the terminal: one line of at most `max` characters, around the words that state the fact. */
export function trimQuote(evidence: Pick<Evidence, 'text' | 'at'>, max = 140): string {
  return clean(quoteOf(evidence, max));
}

export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

export function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
