import type { Clause } from './types';

/** No clause is longer than this; longer runs are cut at a space (or anywhere, if there is none). */
export const MAX_CLAUSE_CHARS = 2000;

/** Abbreviations that never end a sentence ("e.g. The", "No. 4", "Art. 6 Abs. 1"). */
const NEVER_FINAL = new Set([
  'e.g', 'eg', 'i.e', 'ie', 'viz', 'cf', 'vs', 'v', 'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'no', 'nos', 'nr', 'tel',
  'fax', 'approx', 'incl', 'excl', 'art', 'arts', 'sec', 'para', 'abs', 'lit', 'vol', 'fig', 'p', 'pp', 'ref', 'reg',
  'dept', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'ca', 'min', 'max',
  'z.b', 'bzw', 'ggf', 'inkl', 'usw', 'gem', 'gemäß', 'ziff', 'sr', 'jr', 'op', 'u.s', 'u.k', 'a.m', 'p.m',
]);
/** Abbreviations that end a sentence only when a capitalised word follows ("… and Co. We …"). */
const MAYBE_FINAL = new Set(['etc', 'ltd', 'pty', 'inc', 'co', 'corp', 'plc', 'llc', 'bv', 'gmbh', 'al', 'cc']);

/**
 * A candidate sentence end: terminal punctuation, closing quotes or brackets, then whitespace; or, in page
 * dumps that lost their line breaks, a stop glued between a word and a capitalised one ("your account.Your"),
 * unless the word before it is capitalised too: "Trust.Zone", "Hide.Me" are names.
 */
// The lookbehind starts a match only at the start of a punctuation run, which keeps a wall of dots linear.
const SENTENCE_END = /(?<![.!?;…])(?:[.!?;]+|…+)["'”’»)\]]*(?=[ \t]+\S)|(?<=[a-z]{2})[.!?](?=[A-Z][a-z])(?<!\b[A-Z][a-z]*[.!?])/g;
const LINE = /[^\n]+/g;

/** How far back a candidate looks for its word; bounded to keep the scan linear. */
const LOOKBACK = 40;
const CLOSERS = /["'”’»)\]]+$/;

function isUpper(char: string): boolean {
  return char !== char.toLowerCase() && char === char.toUpperCase();
}

/** Index of the first character of the word that ends at `end`, looking back at most LOOKBACK characters. */
function wordStart(line: string, end: number): number {
  let i = end;
  while (i > 0 && end - i < LOOKBACK && !/\s/.test(line[i - 1] ?? ' ')) i--;
  return i;
}

/**
 * Does the punctuation `punct` found at `at` end a sentence whose first character is at `first`?
 * Not after a single word or bare list marker ("1.", "Quick!"), an abbreviation or an
 * initial, nor when the next word could not start a sentence.
 */
function endsSentence(line: string, at: number, punct: string, first: number, semicolonList: boolean): boolean {
  const afterPunct = at + punct.length;
  let nextAt = afterPunct;
  while (line[nextAt] === ' ' || line[nextAt] === '\t') nextAt++;
  const next = line[nextAt] ?? '';
  const from = wordStart(line, afterPunct);
  if (from <= first) return false;
  const stop = punct.replace(CLOSERS, '');
  // Semicolon-terminated list items that were merged onto one line: "Technical data (…); Information on purchases;"
  if (stop === ';') return semicolonList && isUpper(next);
  if (stop === '.') {
    const word = line.slice(from, at).replace(/^[("'“‘«[]+/, '');
    if (/^\p{Lu}$/u.test(word)) return false; // an initial: "J. R. Smith"
    const lower = word.toLowerCase();
    if (NEVER_FINAL.has(lower)) return false;
    if (MAYBE_FINAL.has(lower) || /^\p{L}$/u.test(lower)) return isUpper(next);
  }
  if (stop === '…' || stop.startsWith('..')) return isUpper(next);
  return /[\p{L}"'“‘«(\[•]/u.test(next);
}

/** Character ranges of the sentences of one line, relative to the line. */
function sentenceRanges(line: string): [number, number][] {
  const ranges: [number, number][] = [];
  let start = 0;
  let first = line.search(/\S/);
  const semicolonList = line.trimEnd().endsWith(';');
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(line); m; m = SENTENCE_END.exec(line)) {
    const end = m.index + m[0].length;
    if (endsSentence(line, m.index, m[0], first, semicolonList)) {
      ranges.push([start, end]);
      start = end;
      for (first = end; line[first] === ' ' || line[first] === '\t'; ) first++;
    }
  }
  ranges.push([start, line.length]);
  return ranges;
}

/** A bullet in the middle of a line starts a new list item: "• Name • Email" was a list merged onto one line. */
const MID_LINE_BULLET = /\s(?=[•▪●◦‣]\s)/g;

/** Character ranges of the list items of one line (usually just the whole line). */
function itemRanges(line: string): [number, number][] {
  const ranges: [number, number][] = [];
  let start = 0;
  MID_LINE_BULLET.lastIndex = 0;
  for (let m = MID_LINE_BULLET.exec(line); m; m = MID_LINE_BULLET.exec(line)) {
    if (line.slice(start, m.index).trim() === '') continue;
    ranges.push([start, m.index]);
    start = m.index;
  }
  ranges.push([start, line.length]);
  return ranges;
}

/** Cuts [start, end) of `text` into pieces of at most MAX_CLAUSE_CHARS, at a space where there is one. */
function boundedRanges(text: string, start: number, end: number): [number, number][] {
  const pieces: [number, number][] = [];
  let from = start;
  while (end - from > MAX_CLAUSE_CHARS) {
    let cut = text.lastIndexOf(' ', from + MAX_CLAUSE_CHARS);
    if (cut <= from + MAX_CLAUSE_CHARS / 2) cut = from + MAX_CLAUSE_CHARS;
    if (/[\udc00-\udfff]/.test(text[cut] ?? '')) cut--; // never split a surrogate pair
    pieces.push([from, cut]);
    from = cut;
  }
  pieces.push([from, end]);
  return pieces;
}

/** Adds line[from, to) as a clause, trimmed of surrounding space, unless it is blank; its offsets are in the policy text. */
function pushClause(clauses: Clause[], line: Line, from: number, to: number): void {
  const piece = line.text.slice(from, to);
  const trimmed = piece.trim();
  if (trimmed === '') return;
  const first = from + piece.length - piece.trimStart().length;
  const last = first + trimmed.length - 1;
  clauses.push({ index: clauses.length, text: trimmed, start: line.at(first), end: line.at(last) + 1 });
}

/** A line that ends a sentence, introduces a list, is a table row or a Markdown heading: the next line starts afresh. */
const ENDS_ITS_LINE = /[.!?:;…|]["'”’»)\]]*\s*$/;
const MARKDOWN_HEADING = /^\s*#/;
/** A line that goes on a sentence: it opens with a lower-case letter ("authority.", "and to our partners"), not a bullet or a number. */
const GOES_ON = /^\s*\p{Ll}/u;

/** Wrapped lines run near the wrap width; a heading or a list item without a stop is short ("To provide customer service"). */
const WRAP_WIDTH = 50;
const wrapsOn = (line: string) => line.trim().length >= WRAP_WIDTH && !ENDS_ITS_LINE.test(line) && !MARKDOWN_HEADING.test(line);

interface Line {
  /** The line's text; a sentence wrapped over several lines ("… supervisory" + "authority.") is one line, its parts joined by a space. */
  text: string;
  /** Where each character of `text` is in the policy text. */
  at: (i: number) => number;
}

/**
 * The policy's lines, with a sentence wrapped over lines (hard-wrapped text, PDF dumps with a blank line after each line)
 * joined back: a line that does not end a sentence, followed by at most one blank line and a line that goes on.
 */
function logicalLines(text: string, joinWrapped: boolean): Line[] {
  const physical: { text: string; index: number }[] = [];
  LINE.lastIndex = 0;
  for (let m = LINE.exec(text); m; m = LINE.exec(text)) if (m[0].trim() !== '') physical.push({ text: m[0], index: m.index });
  const lines: Line[] = [];
  for (let i = 0; i < physical.length; i++) {
    const parts = [physical[i]!];
    while (joinWrapped && i + 1 < physical.length) {
      const last = parts[parts.length - 1]!;
      const next = physical[i + 1]!;
      const between = text.slice(last.index + last.text.length, next.index);
      const wrapped =
        wrapsOn(last.text) && GOES_ON.test(next.text) && between.split('\n').length <= 3;
      if (!wrapped) break;
      parts.push(next);
      i++;
    }
    lines.push(joinedLine(parts));
  }
  return lines;
}

/** Physical lines laid end to end with one space between them, each character mapped back to the policy text. */
function joinedLine(parts: { text: string; index: number }[]): Line {
  if (parts.length === 1) {
    const [only] = parts;
    return { text: only!.text, at: (i) => only!.index + i };
  }
  const pieces = parts.map((p, k) => (k === 0 ? p.text.trimEnd() : p.text.trim()));
  const starts: number[] = [];
  let length = 0;
  pieces.forEach((piece, k) => {
    starts.push(length);
    length += piece.length + (k < pieces.length - 1 ? 1 : 0);
  });
  const origin = parts.map((p, k) => p.index + (k === 0 ? 0 : p.text.length - p.text.trimStart().length));
  return {
    text: pieces.join(' '),
    at: (i) => {
      // The last part starting at or before i (binary search: a long wrapped run has many parts).
      let [lo, hi] = [0, starts.length - 1];
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid]! <= i) lo = mid;
        else hi = mid - 1;
      }
      const k = lo;
      // The joining space (and the end of a part) maps to the end of the part before it.
      return origin[k]! + Math.min(i - starts[k]!, pieces[k]!.length);
    },
  };
}

/**
 * Splits policy text into clauses: one per sentence, list item, numbered clause or heading, with offsets into `text`.
 * `joinWrapped: false` keeps every line apart (labelled items laid one per line).
 */
export function segmentClauses(text: string, { joinWrapped = true }: { joinWrapped?: boolean } = {}): Clause[] {
  const clauses: Clause[] = [];
  for (const line of logicalLines(text, joinWrapped)) {
    for (const [itemStart, itemEnd] of itemRanges(line.text)) {
      const item = line.text.slice(itemStart, itemEnd);
      for (const [s, e] of sentenceRanges(item)) {
        for (const [from, to] of boundedRanges(line.text, itemStart + s, itemStart + e)) pushClause(clauses, line, from, to);
      }
    }
  }
  return clauses;
}
