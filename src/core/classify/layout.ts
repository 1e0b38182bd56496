// Clause layout: headings and lists. A policy's structure says things its
// sentences leave out ("We collect the following:" then "• Your name").
import type { Category, ClauseClassification } from '../types';

/** A bullet opening a line: "• name", "- e-mail". */
export const BULLET = /^\s*[•·▪‣◦●○■□–—*-]\s*/u;
const NUMBERED = /^\s*\(?(\d+(\.\d+)*|[ivx]+|[a-z])[.)]\s/i;

/** "• Deletion of …", "2. Access to …", "(b) Correction": a line opening with a bullet or an item number. */
export const opensAsListItem = (text: string): boolean => BULLET.test(text) || NUMBERED.test(text);
/** Longer than this, a line is not a heading or a bare list item; saves splitting huge clauses. */
const MAX_HEADING_CHARS = 200;

/**
 * A short line without closing punctuation ("3. What We Collect", "SHARING").
 * Lines that open with "we"/"you" read as sentences even without a full stop
 * (numbered list items often have none).
 */
export function looksLikeHeading(text: string, maxWords = 10): boolean {
  if (text.length > MAX_HEADING_CHARS) return false;
  const trimmed = text.trim();
  if (BULLET.test(trimmed) || /[.;,:!]$/.test(trimmed)) return false;
  const body = trimmed.replace(NUMBERED, '');
  return body.split(/\s+/).length <= maxWords && !/^(we|you|they)\b/i.test(body);
}

const LIST_REASON = 'item of a list introduced by a labelled clause';

/** A bullet, or a short fragment / semicolon-ended item without a clause number. */
export function isListItem(text: string): boolean {
  if (BULLET.test(text)) return true;
  if (NUMBERED.test(text)) return false;
  const trimmed = text.trim();
  if (/;(\s*(or|and))?$/i.test(trimmed)) return true;
  if (trimmed.length > MAX_HEADING_CHARS) return false;
  return trimmed.split(/\s+/).length <= 12 && !/[.?!:]$/.test(trimmed) && !isTitleCase(trimmed);
}

/** "**Sales of Personal Information**.", "4. Data Retention": a title, emphasis and a closing full stop aside. */
export function readsAsTitle(text: string, maxWords = 10): boolean {
  const bare = text.replace(/[*_#]+/g, ' ').replace(/[.:]\s*$/, '').trim();
  return bare !== '' && looksLikeHeading(bare, maxWords) && isTitleCase(bare.replace(NUMBERED, ''));
}

/** "TRANSFER OF INFORMATION", "Contractual Basis": a sub-heading, which ends a list. */
function isTitleCase(text: string): boolean {
  const words = text.split(/\s+/).filter((word) => /^\p{L}{4,}/u.test(word));
  return words.length > 0 && words.every((word) => /^\p{Lu}/u.test(word));
}

/**
 * Policies often say "We collect the following information:" and then list
 * bare items ("• E-mail address"). An unlabelled list item takes the labels of
 * the labelled clause ending in ':' that introduces its list.
 */
export function inheritListLabels(texts: string[], own: ClauseClassification[]): ClauseClassification[] {
  let intro: Category[] | null = null;
  return own.map((result, i) => {
    const text = texts[i] ?? '';
    let out = result;
    if (intro && isListItem(text)) {
      if (result.labels.length === 0) out = { labels: intro, negated: false, reasons: [LIST_REASON] };
    } else {
      intro = null;
    }
    if (text.trim().endsWith(':') && result.labels.length > 0 && !result.negated) intro = result.labels;
    return out;
  });
}


/** Where a clause sits: the heading above it and, for a list item, the line that introduces its list. */
export interface ClauseContext {
  heading: string;
  intro: string;
}

export const NO_CONTEXT: ClauseContext = { heading: '', intro: '' };

/** The context of each clause of a document, read in order. */
export function clauseContexts(texts: readonly string[]): ClauseContext[] {
  let heading = '';
  let intro = '';
  return texts.map((text) => {
    const listItem = isListItem(text);
    const context = { heading, intro: listItem ? intro : '' };
    if (looksLikeHeading(text) && !listItem) {
      heading = text.trim();
      intro = '';
    } else if (text.trim().endsWith(':')) {
      intro = text.trim();
    } else if (!listItem) {
      intro = '';
    }
    return context;
  });
}
