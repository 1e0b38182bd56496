// How every surface quotes a clause: one line of at most so many characters, from the clause's
// start, or, when the words that state the fact stand further in (`Evidence.at`), from the start of
// their sentence, table cell or list item, so a flattened table's quote shows its marketing row and
// not its header. The popup shows the whole clause and marks that part.
import type { Evidence } from '../core/types';

/** Where a stretch of a long clause may start: after a sentence, a table cell or a list item. */
const BOUNDARY = /(?:[.;:!?]["'”’)]*\s+|\s\|\s|\s[•·▪]\s)/g;
/** How far before the words a boundary may be and still start the stretch. */
const LEAD = 100;
/** With no boundary that near, the stretch starts this many characters before the words, at a word. */
const MARK_LEAD = 40;

/** One line of at most `max` characters, cut at a word boundary when there is one near the end. */
export function cutQuote(text: string, max: number): string {
  // A flattened table row's closing bar ("… | Legitimate interests |") is no part of what it says.
  const line = text.replace(/\s+/g, ' ').trim().replace(/\s\|$/, '');
  if (line.length <= max) return line;
  const cut = line.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max * 0.6 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.|]+$/, '')}…`;
}

/** Where the stretch holding `at` starts: the last boundary shortly before it, else a word `lead` characters before it. */
function startBefore(text: string, at: number, lead: number): number {
  const from = Math.max(0, at - LEAD);
  const last = [...text.slice(from, at).matchAll(BOUNDARY)].at(-1);
  if (last) return skipMarks(text, from + last.index + last[0].length, at);
  const space = text.indexOf(' ', Math.max(0, at - lead));
  return space < 0 || space > at ? at : space + 1;
}

/** Past an empty table cell's bars and a bullet ("| | To send …"): the stretch starts at a word. */
function skipMarks(text: string, start: number, at: number): number {
  let i = start;
  while (i < at && /[\s|•·▪]/.test(text[i]!)) i++;
  return i;
}

/** The quote of a piece of evidence, at most `max` characters. */
export function quoteOf({ text, at }: Pick<Evidence, 'text' | 'at'>, max: number): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= max || at === undefined || at < max / 2) return cutQuote(text, max);
  return `…${cutQuote(text.slice(startBefore(text, at, Math.floor(max / 3))), max - 1)}`;
}

/** A clause in three parts, the middle one the sentence, table cell or list item that states the fact (the whole clause when `at` is absent). */
export function partsAround({ text, at }: Pick<Evidence, 'text' | 'at'>): [string, string, string] {
  if (at === undefined) return ['', text, ''];
  const start = startBefore(text, at, MARK_LEAD);
  const next = [...text.slice(at).matchAll(BOUNDARY)][0];
  const end = next === undefined ? text.length : at + next.index + next[0].length;
  return [text.slice(0, start), text.slice(start, end), text.slice(end)];
}
