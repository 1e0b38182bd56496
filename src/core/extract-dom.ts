// DOM → structured plain text: headings and paragraphs separated by blank lines,
// each list item on its own line with its number or bullet. Iterative, so deeply
// nested markup cannot overflow the stack.

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Elements whose content is never policy text. */
const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'svg', 'math',
  'canvas', 'video', 'audio', 'picture', 'img', 'map', 'button', 'input', 'select', 'textarea', 'head', 'title',
  'meta', 'link', 'dialog',
]);
/** Block elements that stand as their own paragraph. */
const PARAGRAPHS = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'dl', 'table', 'blockquote', 'pre', 'figure', 'hr',
]);
/** Block elements that only start a new line. */
const LINES = new Set([
  'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'address', 'li', 'dt', 'dd', 'tr',
  'caption', 'figcaption', 'details', 'summary', 'form', 'fieldset', 'legend', 'center', 'body',
]);
/** Text already starting with a list marker keeps it instead of getting the list's own. */
const OWN_MARKER = /^(?:\(?\d{1,3}(?:\.\d{1,3})*[.)]?|\(?[a-z]\)|\(?[ivx]{1,5}\)|[•·▪◦●○■□‣⁃*–-])\s/i;

const BARE_MARKER = /^(?:\(?\d{1,3}(?:\.\d{1,3})*[.)]?|\(?[a-z]\)|\(?[ivx]{1,5}\)|[•·▪◦●○■□‣⁃*–-])$/i;

interface ListContext {
  ordered: boolean;
  next: number;
  step: number;
  type: string;
}

function toLetters(n: number, upper: boolean): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(97 + ((k - 1) % 26)) + s;
  return upper ? s.toUpperCase() : s;
}

function toRoman(n: number, upper: boolean): string {
  const table: [number, string][] = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let s = '';
  let k = n;
  for (const [value, digits] of table) for (; k >= value; k -= value) s += digits;
  return upper ? s.toUpperCase() : s;
}

function formatNumber(n: number, type: string): string {
  if (n < 1 || n > 3999) return String(n);
  if (type === 'a' || type === 'A') return toLetters(n, type === 'A');
  if (type === 'i' || type === 'I') return toRoman(n, type === 'I');
  return String(n);
}

function listContext(el: Element): ListContext {
  const ordered = el.localName === 'ol';
  const reversed = ordered && el.hasAttribute('reversed');
  const start = parseInt(el.getAttribute('start') ?? '', 10);
  const count = reversed ? el.children.length : 0;
  return { ordered, step: reversed ? -1 : 1, next: Number.isFinite(start) ? start : reversed ? count : 1, type: el.getAttribute('type') ?? '1' };
}

function markerFor(li: Element, list: ListContext | undefined): string {
  if (!list?.ordered) return '•';
  const value = parseInt(li.getAttribute('value') ?? '', 10);
  const n = Number.isFinite(value) ? value : list.next;
  list.next = n + list.step;
  return `${formatNumber(n, list.type)}.`;
}

/** Collects text into lines, with blank lines between paragraphs. */
class TextWriter {
  private readonly lines: string[] = [];
  private line = '';
  private blankPending = false;
  pendingMarker = '';

  write(raw: string, preformatted: boolean): void {
    const parts = preformatted ? raw.split('\n') : [raw.replace(/\s+/g, ' ')];
    parts.forEach((part, i) => {
      if (i > 0) this.breakLine();
      this.writeInline(part);
    });
  }

  private writeInline(text: string): void {
    const piece = this.line === '' ? text.trimStart() : text;
    if (piece === '') return;
    if (this.line === '' && this.blankPending && this.lines.length > 0) this.lines.push('');
    this.blankPending = false;
    if (this.pendingMarker) {
      if (this.line === '' && !OWN_MARKER.test(piece)) this.line = `${this.pendingMarker} `;
      this.pendingMarker = '';
    }
    this.line += piece;
  }

  /** Ends the current line, unless it is a bare marker ("1.", "4.6.1", "•") laid out apart from its text. */
  breakLine(force = false): void {
    const line = this.line.trimEnd();
    if (!force && BARE_MARKER.test(line)) {
      this.line = `${line} `;
      return;
    }
    if (line !== '') this.lines.push(line);
    this.line = '';
  }

  breakParagraph(): void {
    this.breakLine();
    this.blankPending = true;
  }

  cell(first: boolean): void {
    // `line` is never whitespace alone (writeInline trims what starts it), so no trim here:
    // trimming the whole row once per cell made a wide table quadratic.
    if (!first && this.line !== '') this.line += ' | ';
  }

  text(): string {
    this.breakLine(true);
    return this.lines.join('\n');
  }
}

type Step = { node: Node; exit: false } | { node: Element; exit: true };

const isList = (tag: string) => tag === 'ul' || tag === 'ol';

function enter(el: Element, out: TextWriter, lists: ListContext[]): void {
  const tag = el.localName;
  if (isList(tag) && lists.length > 0) out.breakLine(); // a nested list continues its parent
  else if (PARAGRAPHS.has(tag)) out.breakParagraph();
  else if (LINES.has(tag)) out.breakLine();
  if (tag === 'br') out.breakLine();
  if (isList(tag)) lists.push(listContext(el));
  if (tag === 'li') out.pendingMarker = markerFor(el, lists.at(-1));
  if (tag === 'td' || tag === 'th') out.cell(el.previousElementSibling === null);
}

function exit(el: Element, out: TextWriter, lists: ListContext[]): void {
  const tag = el.localName;
  if (isList(tag)) lists.pop();
  if (isList(tag) && lists.length > 0) out.breakLine();
  else if (PARAGRAPHS.has(tag)) out.breakParagraph();
  else if (LINES.has(tag)) out.breakLine();
  if (tag === 'li') out.pendingMarker = '';
}

/** The readable text under `root`, skipping scripts, media and form controls (hidden junk is `removePageJunk`'s job). */
export function domToText(root: Node): string {
  const out = new TextWriter();
  const lists: ListContext[] = [];
  const stack: Step[] = [{ node: root, exit: false }];
  let preDepth = 0;
  for (let step = stack.pop(); step; step = stack.pop()) {
    const { node } = step;
    if (step.exit) {
      if (step.node.localName === 'pre') preDepth--;
      exit(step.node, out, lists);
      continue;
    }
    if (node.nodeType === TEXT_NODE) {
      out.write(node.nodeValue ?? '', preDepth > 0);
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE && node !== root) continue;
    if (node.nodeType === ELEMENT_NODE) {
      const el = node as Element;
      if (SKIPPED.has(el.localName)) continue;
      if (el.localName === 'pre') preDepth++;
      enter(el, out, lists);
      stack.push({ node: el, exit: true });
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child) stack.push({ node: child, exit: false });
    }
  }
  return out.text();
}
