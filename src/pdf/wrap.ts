/** Measures the width of a run of text in points. */
export type Measure = (text: string) => number;

/** Splits a word wider than `maxWidth` into pieces that fit, character by character. */
function breakWord(word: string, maxWidth: number, measure: Measure): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of word) {
    if (piece !== '' && measure(piece + char) > maxWidth) {
      pieces.push(piece);
      piece = '';
    }
    piece += char;
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}

function wrapParagraph(paragraph: string, maxWidth: number, measure: Measure): string[] {
  const words = paragraph.split(/\s+/).filter((w) => w !== '');
  const space = measure(' ');
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  // Widths add up word by word (the PDF is drawn without kerning), so each word is measured once.
  for (const word of words) {
    const wordWidth = measure(word);
    const candidateWidth = line === '' ? wordWidth : lineWidth + space + wordWidth;
    if (candidateWidth <= maxWidth) {
      line = line === '' ? word : `${line} ${word}`;
      lineWidth = candidateWidth;
      continue;
    }
    if (line !== '') lines.push(line);
    const pieces = wordWidth > maxWidth ? breakWord(word, maxWidth, measure) : [word];
    line = pieces.pop() ?? '';
    lineWidth = measure(line);
    lines.push(...pieces);
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
}

/** Greedy word wrap; explicit line breaks are kept, over-long words are broken. */
export function wrapText(text: string, maxWidth: number, measure: Measure): string[] {
  return text.split('\n').flatMap((paragraph) => wrapParagraph(paragraph, maxWidth, measure));
}
