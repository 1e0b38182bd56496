import type { Clause } from './types';

/** No clause is longer than this; longer runs are cut at a space (or anywhere, if there is none). */
export const MAX_CLAUSE_CHARS = 2000;

/** Abbreviations that never end a sentence ("e.g. The", "No. 4", "Art. 6 Abs. 1"). */
const NEVER_FINAL = new Set([
  'e.g', 'eg', 'i.e', 'ie', 'viz', 'cf', 'vs', 'v', 'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'no', 'nos', 'nr', 'tel',
  'fax', 'approx', 'incl', 'excl', 'art', 'arts', 'sec', 'para', 'abs', 'lit', 'vol', 'fig', 'p', 'pp', 'ref', 'reg',
  'dept', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'ca', 'min', 'max',
  'z.b', 'bzw', 'ggf', 'inkl', 'usw', 'gem', 'gemäß', 'ziff', 'sr', 'jr', 'op', 'u.s', 'u.s.a', 'u.k', 'e.u', 'a.m', 'p.m',
  'p.o', 'cal', 'civ', 'u.s.c', 'c.f.r', 'pte',
]);
/** Letters joined by inner dots, as a word before its final stop: "u.s", "r.l", "c.f.r". */
const DOTTED = String.raw`(?:\p{L}\.)+\p{L}`;
const IS_DOTTED = new RegExp(`^${DOTTED}$`, 'u');
/** "eu-u.s" → "u.s": a dotted abbreviation at the end of a hyphenated word ("the EU-U.S. Data Privacy Framework"). */
const DOTTED_TAIL = new RegExp(`[-/](${DOTTED})$`, 'u');
const dottedTail = (word: string) => DOTTED_TAIL.exec(word)?.[1] ?? '';

/** "& Co. KG", "Pte. Ltd.": a company form after an abbreviation goes on with the name. */
const COMPANY_FORM = /^(?:KG(?:aA)?|Ltd|LLC|LLP|Inc|GmbH|AG|Limited|L\.P)\b/;

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
    if (NEVER_FINAL.has(lower) || NEVER_FINAL.has(dottedTail(lower))) return false;
    // "S. de R.L. de C.V.": a dotted abbreviation before a small letter is inside the name.
    if (IS_DOTTED.test(lower) && !isUpper(next)) return false;
    if (MAYBE_FINAL.has(lower) || /^\p{L}$/u.test(lower)) return isUpper(next) && !COMPANY_FORM.test(line.slice(nextAt));
  }
  if (stop === '…' || stop.startsWith('..')) return isUpper(next);
  // "Yahoo! services", "(e.g. live! use)": an exclamation mark before a small letter is part of a name.
  if (stop.startsWith('!') && /\p{Ll}/u.test(next)) return false;
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

/**
 * In a long line that lost its breaks, a lowercase word glued to a capitalised one was two list items or
 * lines: "may include:Your nameGenderDate of BirthPostal address". Short names and product names stay whole
 * ("iPhone", "macOS", "PayPal"): the word before must be at least three lowercase letters.
 */
const GLUED_ITEM = /(?<=\b\p{Ll}{3,}|\p{Ll}:)(?=\p{Lu}(?:\p{Ll}|-\p{Ll}))/gu;
const BULLET_OR_GLUED_ITEM = new RegExp(`${MID_LINE_BULLET.source}|${GLUED_ITEM.source}`, 'gu');
/** Lines shorter than this keep their glued words: a cookie name ("localStorage") is not a lost break. */
const LOST_BREAKS_LINE = 500;

/** Character ranges of the list items of one line (usually just the whole line). */
function itemRanges(line: string): [number, number][] {
  const ranges: [number, number][] = [];
  let start = 0;
  const breaks = line.length >= LOST_BREAKS_LINE ? BULLET_OR_GLUED_ITEM : MID_LINE_BULLET;
  breaks.lastIndex = 0;
  for (let m = breaks.exec(line); m; m = breaks.exec(line)) {
    if (m[0] === '') breaks.lastIndex++; // a glued item's break is empty
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

/** Adds text[from, to) as a clause, trimmed of surrounding space, unless it is blank. */
function pushClause(clauses: Clause[], text: string, from: number, to: number): void {
  const piece = text.slice(from, to);
  const trimmed = piece.trim();
  if (trimmed === '') return;
  const start = from + piece.length - piece.trimStart().length;
  clauses.push({ index: clauses.length, text: trimmed, start, end: start + trimmed.length });
}

/** Splits policy text into clauses: one per sentence, list item, numbered clause or heading, with offsets into `text`. */
export function segmentClauses(text: string): Clause[] {
  const clauses: Clause[] = [];
  LINE.lastIndex = 0;
  for (let line = LINE.exec(text); line; line = LINE.exec(text)) {
    for (const [itemStart, itemEnd] of itemRanges(line[0])) {
      const item = line[0].slice(itemStart, itemEnd);
      const offset = line.index + itemStart;
      for (const [s, e] of sentenceRanges(item)) {
        for (const [from, to] of boundedRanges(text, offset + s, offset + e)) pushClause(clauses, text, from, to);
      }
    }
  }
  return clauses;
}
