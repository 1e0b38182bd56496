// A PDF page's text items (pdf.js `getTextContent`) as lines and paragraphs. Pure: the reader
// in pdf-text.ts hands the items over; the core then joins hard-wrapped lines (kind 'text').

/** What is used of a pdf.js text item: its string, whether a line ends after it, and where it sits. */
export interface PdfTextItem {
  str: string;
  hasEOL: boolean;
  /** Baseline height from the bottom of the page (`transform[5]`). */
  y: number;
  height: number;
}

interface Line {
  text: string;
  y: number;
  height: number;
}

/** A gap above a line of more than this many line heights starts a new paragraph. */
const PARAGRAPH_GAP = 1.7;

function linesOf(items: PdfTextItem[]): Line[] {
  const lines: Line[] = [];
  let current: Line | undefined;
  for (const item of items) {
    current ??= { text: '', y: item.y, height: 0 };
    current.text += item.str;
    current.height = Math.max(current.height, item.height);
    if (item.hasEOL) {
      lines.push(current);
      current = undefined;
    }
  }
  if (current) lines.push(current);
  return lines.filter((line) => line.text.trim() !== '');
}

/** The page's text, a line per line and a blank line between paragraphs. */
export function pageText(items: PdfTextItem[]): string {
  const lines = linesOf(items);
  return lines
    .map((line, i) => {
      const above = lines[i - 1];
      if (!above) return line.text.trim();
      const gap = above.y - line.y;
      const breakBefore = above.height > 0 && gap > above.height * PARAGRAPH_GAP ? '\n\n' : '\n';
      return breakBefore + line.text.trim();
    })
    .join('');
}
