import type { PDFPage } from 'pdf-lib';
import { oneLine } from '../core/title';
import type { Block } from './blocks';
import { A4, COLOURS, MARGIN, PageWriter, type TextStyle } from './page-writer';

const STYLES = {
  title: { size: 18, bold: true, colour: COLOURS.accent },
  heading: { size: 14, bold: true, colour: COLOURS.accent },
  subheading: { size: 11.5, bold: true },
  text: { size: 10 },
  muted: { size: 9, colour: COLOURS.muted },
  quote: { size: 9, colour: COLOURS.muted },
  label: { size: 10, bold: true },
  cell: { size: 8.5 },
  headerCell: { size: 8.5, bold: true },
  footer: { size: 8, colour: COLOURS.muted },
} satisfies Record<string, TextStyle>;

const BULLET_INDENT = 14;
const QUOTE_INDENT = 26;
const LABEL_WIDTH = 160;
const CELL_PADDING = 4;

function drawHeading(w: PageWriter, text: string, style: TextStyle, before: number, keep?: number): void {
  w.ensure(before + w.lineHeight(style) + (keep ?? 2 * w.lineHeight(STYLES.text)));
  w.gap(before);
  w.paragraph(text, style);
  w.gap(3);
}

function drawBullet(w: PageWriter, text: string, mark: string): void {
  w.ensure(w.lineHeight(STYLES.text));
  const markStyle = { ...STYLES.text, bold: true };
  w.drawLine(mark, MARGIN + 2, w.y - STYLES.text.size, markStyle);
  w.paragraph(text, STYLES.text, BULLET_INDENT);
  w.gap(2);
}

/** An indented quote with a rule on its left, on every page it spans. */
function drawQuote(w: PageWriter, text: string): void {
  const style = STYLES.quote;
  const lineHeight = w.lineHeight(style);
  let page = w.page;
  let top = w.y;
  let bottom = w.y;
  const drawBar = () =>
    page.drawRectangle({ x: MARGIN + QUOTE_INDENT - 8, y: bottom + 1, width: 2, height: top - bottom - 2, color: COLOURS.rule });
  for (const line of w.lines(text, w.contentWidth - QUOTE_INDENT, style)) {
    w.ensure(lineHeight);
    if (w.page !== page) {
      drawBar();
      page = w.page;
      top = w.y;
    }
    w.y -= lineHeight;
    bottom = w.y;
    w.drawLine(line, MARGIN + QUOTE_INDENT, w.y + lineHeight - style.size, style);
  }
  drawBar();
  w.gap(3);
}

function drawPairs(w: PageWriter, pairs: [string, string][]): void {
  const lineHeight = w.lineHeight(STYLES.text);
  for (const [label, value] of pairs) {
    const labelLines = w.lines(label, LABEL_WIDTH - 8, STYLES.label);
    const valueLines = w.lines(value, w.contentWidth - LABEL_WIDTH, STYLES.text);
    const rows = Math.max(labelLines.length, valueLines.length);
    w.ensure(lineHeight * Math.min(rows, 3));
    for (let i = 0; i < rows; i++) {
      w.ensure(lineHeight);
      w.y -= lineHeight;
      const baseline = w.y + lineHeight - STYLES.text.size;
      w.drawLine(labelLines[i] ?? '', MARGIN, baseline, STYLES.label);
      w.drawLine(valueLines[i] ?? '', MARGIN + LABEL_WIDTH, baseline, STYLES.text);
    }
  }
  w.gap(4);
}

function drawTableRow(w: PageWriter, cells: string[], widths: number[], style: TextStyle, shaded: boolean): void {
  const lineHeight = w.lineHeight(style);
  const wrapped = cells.map((cell, i) => w.lines(cell, (widths[i] ?? 0) - 2 * CELL_PADDING, style));
  const height = Math.max(...wrapped.map((lines) => lines.length)) * lineHeight + 2 * CELL_PADDING;
  const top = w.y;
  if (shaded) w.page.drawRectangle({ x: MARGIN, y: top - height, width: w.contentWidth, height, color: COLOURS.shade });
  let x = MARGIN;
  wrapped.forEach((lines, i) => {
    lines.forEach((line, n) => w.drawLine(line, x + CELL_PADDING, top - CELL_PADDING - n * lineHeight - style.size, style));
    x += widths[i] ?? 0;
  });
  w.page.drawLine({ start: { x: MARGIN, y: top - height }, end: { x: MARGIN + w.contentWidth, y: top - height }, thickness: 0.5, color: COLOURS.rule });
  w.y = top - height;
}

function rowHeight(w: PageWriter, cells: string[], widths: number[], style: TextStyle): number {
  const lines = cells.map((cell, i) => w.lines(cell, (widths[i] ?? 0) - 2 * CELL_PADDING, style).length);
  return Math.max(...lines) * w.lineHeight(style) + 2 * CELL_PADDING;
}

function drawTable(w: PageWriter, columns: string[], weights: number[], rows: string[][]): void {
  const total = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((weight) => (weight / total) * w.contentWidth);
  const headerHeight = rowHeight(w, columns, widths, STYLES.headerCell);
  w.ensure(headerHeight + rowHeight(w, rows[0] ?? [], widths, STYLES.cell));
  drawTableRow(w, columns, widths, STYLES.headerCell, true);
  for (const row of rows) {
    const height = rowHeight(w, row, widths, STYLES.cell);
    if (!w.fits(height)) {
      w.newPage();
      drawTableRow(w, columns, widths, STYLES.headerCell, true);
    }
    drawTableRow(w, row, widths, STYLES.cell, false);
  }
  w.gap(6);
}

export function drawBlock(w: PageWriter, block: Block): void {
  switch (block.kind) {
    case 'title':
      w.paragraph(block.text, STYLES.title);
      return w.gap(8);
    case 'heading':
      return drawHeading(w, block.text, STYLES.heading, 14, block.keep);
    case 'subheading':
      return drawHeading(w, block.text, STYLES.subheading, 8);
    case 'text':
      w.paragraph(block.text, block.muted ? STYLES.muted : STYLES.text);
      return w.gap(3);
    case 'bullet':
      return drawBullet(w, block.text, block.mark ?? '•');
    case 'quote':
      return drawQuote(w, block.text);
    case 'pairs':
      return drawPairs(w, block.pairs);
    case 'table':
      return drawTable(w, block.columns, block.widths, block.rows);
  }
}

/** As much of the title as leaves room on the footer's one line for the page number. */
function footerTitle(w: PageWriter, title: string, pageCount: number): string {
  const style = STYLES.footer;
  const fixed = `Policy Lens · analysed on this device · … · page ${pageCount} of ${pageCount}`;
  const room = A4.width - 2 * MARGIN - w.font(style).widthOfTextAtSize(fixed, style.size);
  const [first = '', ...rest] = w.lines(oneLine(title), room, style);
  return rest.length > 0 ? `${first}…` : first;
}

/** "Policy Lens · <title> · page n of N" at the foot of every page. */
export function drawFooters(w: PageWriter, pages: PDFPage[], title: string): void {
  const shortTitle = footerTitle(w, title, pages.length);
  pages.forEach((page, i) => {
    w.page = page;
    const text = `Policy Lens · analysed on this device · ${shortTitle} · page ${i + 1} of ${pages.length}`;
    const [line = ''] = w.lines(text, A4.width - 2 * MARGIN, STYLES.footer);
    w.drawLine(line, MARGIN, MARGIN - 14, STYLES.footer);
  });
}
