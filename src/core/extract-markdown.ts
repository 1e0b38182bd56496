// Markdown (as Open Terms Archive renders policy pages) to the plain text the
// pipeline reads: headings and list items on their own lines, link and
// emphasis markup dropped, images and rule lines removed.

const SETEXT_UNDERLINE = /^\s*(=+|-+)\s*$/;
const ATX_HEADING = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/;
const BULLET = /^(\s*)[*+-]\s+/;
/** A table row: "| cell | cell |". */
const TABLE_ROW = /^\s*\|.*\|\s*$/;
const TABLE_SEPARATOR = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;
const IMAGE = /!\[[^\]\n]{0,500}\]\([^)\n]*\)/g;
const LINK = /\[([^\]\n]{0,500})\]\([^)\n]*\)/g;
const REFERENCE_LINK = /\[([^\]\n]{1,500})\]\[[^\]\n]{0,100}\]/g;
const EMPHASIS = /(\*\*|__)(?=\S)([^\n]*?\S)\1/g;
const SINGLE_EMPHASIS = /(^|[\s(])[*_](?=\S)([^*_\n]*?\S)[*_](?=[\s).,;:!?]|$)/g;
const ESCAPE = /\\([\\`*_{}[\]()#+\-.!|>~])/g;
/** "_Right to rectification" then "_We take…" on the next line: emphasis opened on one line of a hard break and closed on another, its marker left dangling. */
const DANGLING_OPEN = /^(\s*)_(?=[^\s_])(?=[^_]*$)/;
const DANGLING_CLOSE = /^([^_]*[^\s_])_(\s*)$/;
const AUTOLINK = /<((?:https?:|mailto:)[^>\s]+)>/g;

function inline(line: string): string {
  return line
    .replace(IMAGE, '')
    .replace(LINK, '$1')
    .replace(REFERENCE_LINK, '$1')
    .replace(AUTOLINK, '$1')
    .replace(EMPHASIS, '$2')
    .replace(SINGLE_EMPHASIS, '$1$2')
    .replace(/`([^`\n]*)`/g, '$1')
    .replace(ESCAPE, '$1')
    .replace(DANGLING_OPEN, '$1')
    .replace(DANGLING_CLOSE, '$1$2');
}

function tableRow(line: string): string {
  const cells = line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|');
  return cells.map((cell) => cell.trim()).filter(Boolean).join('; ');
}

/** "<br>" inside a line (a table cell's line breaks, as Open Terms Archive keeps them). */
const LINE_BREAK_TAG = /<br\s*\/?>/i;

/** One markdown line as plain text, or null when it is pure markup (rules, table separators). */
function convertLine(line: string): string | null {
  if (LINE_BREAK_TAG.test(line)) return convertBrokenLine(line);
  if (TABLE_SEPARATOR.test(line) && line.includes('-')) return null;
  if (/^\s*([*_-]\s*){3,}$/.test(line)) return null; // a horizontal rule
  const heading = ATX_HEADING.exec(line);
  if (heading) return inline(heading[1] ?? '');
  const quoted = line.replace(/^\s*(>\s?)+/, '');
  if (TABLE_ROW.test(quoted)) return inline(tableRow(quoted));
  return inline(quoted.replace(BULLET, '$1• '));
}

/** A line with "<br>" tags: each part a line of its own (a bullet stays a bullet), the table's cell bars dropped. */
function convertBrokenLine(line: string): string | null {
  const bare = TABLE_ROW.test(line) ? tableRow(line) : line;
  const parts = bare.split(LINE_BREAK_TAG).map((part) => convertLine(part)).filter((part): part is string => part !== null && part.trim() !== '');
  return parts.length ? parts.join('\n') : null;
}

/** Plain text of a markdown document; blank lines between blocks are kept. */
export function markdownToText(markdown: string): string {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  for (const line of lines) {
    if (SETEXT_UNDERLINE.test(line) && out.length > 0 && (out.at(-1) ?? '').trim() !== '') continue;
    const text = convertLine(line);
    if (text !== null) out.push(text);
  }
  return out.join('\n');
}
