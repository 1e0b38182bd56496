// Control characters and bidi overrides in page text could move the cursor or
// disguise output on a terminal; page text is printed only through `clean`.
const UNSAFE_CHARS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function clean(text: string): string {
  return text.replace(UNSAFE_CHARS, '');
}

/** One line of at most `max` characters, cut at a word boundary when there is one near the end. */
export function trimQuote(text: string, max = 140): string {
  const line = clean(text).replace(/\s+/g, ' ').trim();
  if (line.length <= max) return line;
  const cut = line.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max * 0.6 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

export function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
