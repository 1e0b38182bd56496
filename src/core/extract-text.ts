// Plain-text clean-up shared by the text and HTML paths, and a cheap
// regex-only HTML-to-text fallback for pages too large to parse.

const ZERO_WIDTH = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const ODD_SPACE = /[\t\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;
// A vertical tab is the line break Word puts inside a paragraph.
const LINE_SEPARATOR = /\r\n?|[\v\u2028\u2029\u0085]/g;

export function megabytes(chars: number): string {
  return `${(chars / 1_000_000).toFixed(1)} MB`;
}

/** Length without whitespace: how much there is to read. */
export function visibleLength(text: string): number {
  return text.replace(/\s+/g, '').length;
}

/** Normalises line endings, odd spaces and invisible characters; keeps lines, collapses runs of spaces and blank lines. */
export function normaliseText(text: string): string {
  return text
    .replace(LINE_SEPARATOR, '\n')
    .replace(ZERO_WIDTH, '')
    .replace(ODD_SPACE, ' ')
    .replace(CONTROL, '')
    .replace(/ {2,}/g, ' ')
    .replace(/^ | $/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  copy: '©',
  bull: '•',
};

function decodeEntity(entity: string, body: string): string {
  if (body.startsWith('#')) {
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ' ';
  }
  return NAMED_ENTITIES[body.toLowerCase()] ?? entity;
}

// Elements whose content is never page text.
const RAW_TEXT_ELEMENTS = ['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'textarea', 'select'];
const MARKUP_ONLY = new Set(RAW_TEXT_ELEMENTS);
const NOT_BODY_TEXT = new Set([...RAW_TEXT_ELEMENTS, 'title', 'head']);
const BLOCK_ELEMENTS = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'dl', 'dt', 'dd', 'tr', 'table', 'section', 'article', 'header', 'footer', 'main', 'aside', 'nav', 'blockquote', 'pre', 'br', 'hr', 'form', 'figure', 'address', 'li']);
const TAG_NAME = /^<(?:\/?([a-z][a-z0-9-]*)|[!?])/i; // an element, or a doctype or processing instruction

export type TagHandler = (name: string, closing: boolean, raw: string) => string;

/**
 * Walks `html` once, left to right, dropping comments and the content of raw-text
 * elements and replacing every other tag by `onTag(...)`. Linear in the input even
 * for hostile markup: every search resumes where the previous one stopped.
 */
export function scanHtml(html: string, rawText: ReadonlySet<string>, onTag: TagHandler): string {
  const lower = html.toLowerCase();
  const out: string[] = [];
  let pos = 0;
  let nextGt = -1;
  while (pos < html.length) {
    const lt = html.indexOf('<', pos);
    if (lt < 0) break;
    out.push(html.slice(pos, lt));
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      pos = end < 0 ? html.length : end + 3;
      continue;
    }
    if (nextGt < lt) {
      const found = html.indexOf('>', lt);
      nextGt = found < 0 ? Infinity : found; // Infinity: no '>' left, never search again
    }
    if (nextGt === Infinity) {
      pos = lt; // no tag can close any more: the rest is text
      break;
    }
    const tag = TAG_NAME.exec(html.slice(lt, lt + 64));
    if (!tag) {
      out.push('<');
      pos = lt + 1;
      continue;
    }
    const name = (tag[1] ?? '!').toLowerCase();
    const closing = html[lt + 1] === '/';
    pos = nextGt + 1;
    if (!closing && rawText.has(name)) {
      const close = lower.indexOf(`</${name}`, pos);
      const closeEnd = close < 0 ? -1 : html.indexOf('>', close);
      pos = closeEnd < 0 ? html.length : closeEnd + 1;
      out.push(' ');
      continue;
    }
    out.push(onTag(name, closing, html.slice(lt, pos)));
  }
  if (pos < html.length) out.push(html.slice(pos));
  return out.join('');
}

/** Removes comments and the elements whose content is never page text (scripts, styles, …), keeping other markup. */
export function stripNonTextElements(html: string): string {
  return scanHtml(html, MARKUP_ONLY, (_name, _closing, raw) => raw);
}

const ENTITY = /&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi;

/** Regex-free HTML to text for input too large for a DOM: block tags become line breaks, list items get their number or bullet. */
export function htmlToTextCheaply(html: string): string {
  const lists: { ordered: boolean; next: number }[] = [];
  const text = scanHtml(html, NOT_BODY_TEXT, (name, closing) => {
    if (name === 'ol' || name === 'ul') {
      if (closing) lists.pop();
      else lists.push({ ordered: name === 'ol', next: 1 });
    }
    if (name === 'li' && !closing) {
      const list = lists.at(-1);
      return list?.ordered ? `\n${list.next++}. ` : '\n• ';
    }
    return BLOCK_ELEMENTS.has(name) ? '\n\n' : '';
  });
  return text.replace(ENTITY, decodeEntity);
}

const ENDS_CLAUSE = /[.!?:;。]["'”’»)\]]*\s*$/;
const STARTS_ITEM = /^\s*([•·▪‣◦●○■□–—*-]|\(?(\d+(\.\d+)*|[ivx]+|[a-z])[.)]\s)/i;
/** Hard-wrapped dumps break lines at a fixed width; paragraphs-per-line text has no such width. */
const MAX_WRAP_WIDTH = 200;
const MIN_WRAPPED_LINES = 8;
/** Shorter lines are headings or list items, even when the next line starts in lower case ("ixanet does …"). */
const MIN_BROKEN_LINE = 40;

/** Lines of a hard-wrapped text end within this many characters of the wrap width. */
const WRAP_BAND = 20;

/**
 * The width a text dump was hard-wrapped at, or 0 when it was not: the width below which
 * the most lines end within WRAP_BAND characters, if enough of them do.
 */
function wrapWidth(lines: string[]): number {
  const counts = new Array<number>(MAX_WRAP_WIDTH + 1).fill(0);
  let nonEmpty = 0;
  for (const line of lines) {
    const n = line.trimEnd().length;
    if (n === 0) continue;
    nonEmpty++;
    if (n <= MAX_WRAP_WIDTH) counts[n] = (counts[n] ?? 0) + 1;
  }
  let best = 0;
  let bestCount = 0;
  let inBand = 0;
  for (let width = 1; width <= MAX_WRAP_WIDTH; width++) {
    inBand += (counts[width] ?? 0) - (counts[width - WRAP_BAND] ?? 0);
    if (width >= 40 && inBand >= bestCount) [best, bestCount] = [width, inBand];
  }
  return bestCount >= MIN_WRAPPED_LINES && bestCount >= nonEmpty * 0.1 ? best : 0;
}

/**
 * Joins lines that a text dump or PDF hard-wrapped in mid-sentence: a line without closing
 * punctuation (and not a short heading) followed by one that starts in lower case, or, in a hard-wrapped text, one
 * whose next word would not have fitted on it ("…the Internet\nProtocol (“IP”) address").
 */
export function reflowWrappedLines(text: string): string {
  const lines = text.split('\n');
  const width = wrapWidth(lines);
  const out: string[] = [];
  lines.forEach((line, i) => {
    const previous = out.at(-1);
    const lastLine = previous?.slice(previous.lastIndexOf('\n') + 1) ?? '';
    // "… supervisory" "" "authority.": a PDF dump that puts a blank line after each line goes on past one blank line.
    if (line.trim() === '' && goesOn(lastLine, lines[i + 1] ?? '') && !NOT_PROSE.test(lastLine)) return;
    const firstWord = /^\s*(\S+)/.exec(line)?.[1] ?? '';
    const joins = goesOn(lastLine, line) || (width > 0 && brokenAt(lastLine, line) && lastLine.trimEnd().length + 1 + firstWord.length > width);
    if (joins) out[out.length - 1] = `${previous!.trimEnd()} ${line.trimStart()}`;
    else out.push(line);
  });
  return out.join('\n');
}

/** A Markdown heading or a table row: its line ends where it ends, whatever follows a blank line. */
const NOT_PROSE = /^\s*#|\|\s*$/;

/** A line that does not close its clause, followed by a line that is not a list item. */
const brokenAt = (lastLine: string, line: string): boolean =>
  lastLine.trim() !== '' && line.trim() !== '' && !ENDS_CLAUSE.test(lastLine) && !STARTS_ITEM.test(line);

/** A long line broken in mid-sentence, and the line that goes on with a lower-case word. */
const goesOn = (lastLine: string, line: string): boolean =>
  brokenAt(lastLine, line) && /^\s*\p{Ll}/u.test(line) && lastLine.trim().length >= MIN_BROKEN_LINE;
