/** Titles (and the addresses shown next to them) are cut to this many characters. */
export const MAX_TITLE_CHARS = 300;

// Every kind of space and line break, and control characters, become one space: a page
// title is printed in PDF footers and on terminals, where a line break forges lines.
const BREAKS_AND_CONTROLS = /[\s\u0000-\u001f\u007f-\u009f]+/g;

/** `text` on one line of at most `max` characters, cut at a word with "…" when longer. */
export function oneLine(text: string, max = MAX_TITLE_CHARS): string {
  const line = text.replace(BREAKS_AND_CONTROLS, ' ').trim();
  if (line.length <= max) return line;
  let cut = line.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  if (lastSpace > max * 0.6) cut = cut.slice(0, lastSpace);
  else if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1); // never half a surrogate pair
  return `${cut.trimEnd()}…`;
}
