// How every surface quotes a clause: one line of at most so many characters, from the clause's
// start, or, when the words that state the fact stand further in (`Evidence.at`), from the start of
// their sentence, table cell or list item, so a flattened table's quote shows its marketing row and
// not its header.
import type { Evidence } from '../core/types';

/** Where a stretch of a long clause may start: after a sentence, a table cell or a list item. */
const BOUNDARY = /(?:[.;:!?]["'”’)]*\s+|\s\|\s|\s[•·▪]\s)/g;
/** How far before the words a boundary may be and still start the quote. */
const LEAD = 100;

/** One line of at most `max` characters, cut at a word boundary when there is one near the end. */
export function cutQuote(text: string, max: number): string {
  // A flattened table row's closing bar ("… | Legitimate interests |") is no part of what it says.
  const line = text.replace(/\s+/g, ' ').trim().replace(/\s\|$/, '');
  if (line.length <= max) return line;
  const cut = line.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max * 0.6 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.|]+$/, '')}…`;
}

/** Where the quote of a long clause starts: the last boundary shortly before the words, else a word a third of the quote before them. */
function startBefore(text: string, at: number, max: number): number {
  const from = Math.max(0, at - LEAD);
  const boundaries = [...text.slice(from, at).matchAll(BOUNDARY)];
  const last = boundaries.at(-1);
  if (last) return from + last.index + last[0].length;
  const space = text.indexOf(' ', Math.max(0, at - Math.floor(max / 3)));
  return space < 0 || space > at ? at : space + 1;
}

/** The quote of a piece of evidence, at most `max` characters. */
export function quoteOf({ text, at }: Pick<Evidence, 'text' | 'at'>, max: number): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= max || at === undefined || at < max / 2) return cutQuote(text, max);
  return `…${cutQuote(text.slice(startBefore(text, at, max)).replace(/^[\s|•·▪]+/, ''), max - 1)}`;
}
