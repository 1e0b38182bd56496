// HTML → readable text: junk removal, Readability with a main/article/body
// fallback, and a DOM-free reading for pages too large or too broken to parse.
import { Readability } from '@mozilla/readability';
import { domToText } from './extract-dom';
import { withoutEventHandlers } from './event-handlers';
import { dropFurnitureLines, removePageChrome, removePageJunk } from './extract-junk';
import { htmlToTextCheaply, megabytes, normaliseText, stripNonTextElements, visibleLength } from './extract-text';
import { nestingDepth } from './markup-depth';
import type { ParseHtml } from './extract';

/** HTML above this (after dropping scripts and styles) is read without a DOM. */
export const MAX_DOM_HTML_CHARS = 2_000_000;
/**
 * Readability is slow on huge or deep DOMs (a second per MB under linkedom, quadratic in
 * depth): above these limits the main/article/body text is used instead.
 */
const READABILITY_MAX_ELEMENTS = 4_000;
const READABILITY_MAX_HTML_CHARS = 600_000;
const READABILITY_MAX_DEPTH = 150;
/** Readability's article must keep this share of the main/article text, or that text is used instead. */
const MIN_SHARE_OF_MAIN = 0.85;
/** … or this share of the body (without site header, footer and sidebars) when the page has no main/article element. */
const MIN_SHARE_OF_BODY = 0.6;
/** A main/article element with less text than this is a stub, not the content. */
const MIN_MAIN_CHARS = 200;
/** A "<" that starts no tag. Thousands of them make parsers crawl (linkedom goes quadratic); no real page has that many. */
const STRAY_LT = /<(?![a-zA-Z/!?])/g;
const MAX_STRAY_LT = 5_000;
/**
 * Markup nested deeper than this is read without a DOM: parsing it is quadratic in depth
 * under linkedom and slow in Blink, which stops nesting at 512 levels anyway. Real pages
 * stay far below: a few dozen levels, a few hundred in the heaviest site builders.
 */
export const MAX_DOM_DEPTH = 1_000;

export interface Reading {
  title: string;
  text: string;
}

type Article = ReturnType<Readability<Node>['parse']>;

/** Opening tags in `html`, a cheap upper bound on its element count (linkedom's getElementsByTagName('*') reports 0, so Readability's own limit never trips). */
function countTags(html: string): number {
  let count = 0;
  for (let at = html.indexOf('<'); at >= 0; at = html.indexOf('<', at + 1)) {
    const next = html.charCodeAt(at + 1) | 0x20;
    if (next >= 0x61 && next <= 0x7a) count++;
  }
  return count;
}

/** Is any element nested deeper than `limit`? Iterative, stops early. */
function deeperThan(root: Node, limit: number): boolean {
  const stack: [Node, number][] = [[root, 0]];
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const [node, depth] = entry;
    if (depth > limit) return true;
    for (const child of Array.from(node.childNodes)) if (child.nodeType === 1) stack.push([child, depth + 1]);
  }
  return false;
}

function suitsReadability(markup: string, doc: Document): boolean {
  return markup.length <= READABILITY_MAX_HTML_CHARS && countTags(markup) <= READABILITY_MAX_ELEMENTS && !deeperThan(doc, READABILITY_MAX_DEPTH);
}

function runReadability(doc: Document): Article {
  try {
    return new Readability<Node>(doc, { serializer: (node) => node }).parse();
  } catch {
    return null; // too many elements, or markup Readability cannot handle: the fallback reads the page
  }
}

/** The page's first <h1>, read like the rest of the text (textContent would include scripts), if it is short enough to be a heading. */
function mainHeading(doc: Document): string {
  const h1 = doc.querySelector('h1');
  const text = h1 ? normaliseText(domToText(h1)).replace(/\s+/g, ' ') : '';
  return text.length <= 200 ? text : '';
}

/** Readability's article, or the main/article/body text when Readability is skipped, finds nothing or drops too much. */
function readDocument(doc: Document, useReadability: boolean): Reading {
  const docTitle = normaliseText(doc.title ?? '');
  removePageJunk(doc);
  removePageChrome(doc);
  const heading = mainHeading(doc);
  const main = doc.querySelector('main, [role="main"], article');
  const mainText = main ? domToText(main) : '';
  const useMain = visibleLength(mainText) >= MIN_MAIN_CHARS;
  const fallback = useMain ? mainText : domToText(doc.body ?? doc);
  const article = useReadability ? runReadability(doc) : null; // mutates doc: after the fallback is read
  const title = normaliseText(article?.title ?? '') || docTitle;
  const articleText = article?.content ? domToText(article.content) : '';
  const minShare = useMain ? MIN_SHARE_OF_MAIN : MIN_SHARE_OF_BODY;
  if (visibleLength(articleText) < minShare * visibleLength(fallback)) return { title, text: fallback };
  // Readability drops a heading that repeats the title; the policy text should still start with it.
  const text = heading && !articleText.slice(0, 500).includes(heading) ? `${heading}\n\n${articleText}` : articleText;
  return { title, text };
}

function titleFromMarkup(html: string): string {
  const match = /<title\b[^<>]{0,200}>([^<]{0,300})</i.exec(html.slice(0, 100_000));
  return normaliseText(htmlToTextCheaply(match?.[1] ?? ''));
}

function readWithoutDom(markup: string): Reading {
  return { title: titleFromMarkup(markup), text: dropFurnitureLines(htmlToTextCheaply(markup)) };
}

function warnAboutFrames(frames: number, reading: Reading, warnings: string[]): void {
  if (frames === 0 || visibleLength(reading.text) >= 2000) return;
  const were = frames === 1 ? 'frame, which was' : 'frames, which were';
  warnings.push(`Part of this page is shown in ${frames} embedded ${were} not read; open the framed policy on its own to analyse all of it.`);
}

/**
 * The title and text of an HTML page; notes anything the user should know in `warnings`.
 * `unreadFrames`: frames the caller already removed because it could not read them.
 */
export function extractHtml(html: string, parseHtml: ParseHtml | undefined, warnings: string[], unreadFrames = 0): Reading {
  const markup = html.length > MAX_DOM_HTML_CHARS ? stripNonTextElements(html) : html;
  if (!parseHtml) return readWithoutDom(markup);
  if (markup.length > MAX_DOM_HTML_CHARS) {
    warnings.push(`This page is very large (${megabytes(html.length)}), so it was read without its layout; some menus or page clutter may remain in the text.`);
    return readWithoutDom(markup);
  }
  if ((markup.match(STRAY_LT) ?? []).length > MAX_STRAY_LT) {
    warnings.push('This page is not well-formed HTML, so its text was taken without its layout.');
    return readWithoutDom(markup);
  }
  if (nestingDepth(markup) > MAX_DOM_DEPTH) {
    warnings.push('This page’s markup is nested too deeply to lay out, so its text was taken without its layout.');
    return readWithoutDom(markup);
  }
  try {
    const doc = parseHtml(withoutEventHandlers(markup));
    const frames = doc.querySelectorAll('iframe[src], frame[src]').length + unreadFrames;
    const reading = readDocument(doc, suitsReadability(markup, doc));
    warnAboutFrames(frames, reading, warnings);
    return reading;
  } catch {
    warnings.push('This page is not well-formed HTML, so its text was taken without its layout.');
    return readWithoutDom(markup);
  }
}
