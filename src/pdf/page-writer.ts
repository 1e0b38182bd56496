import { rgb, type PDFDocument, type PDFFont, type PDFPage, type RGB } from 'pdf-lib';
import { fitToFont } from './glyphs';
import { wrapText } from './wrap';

export const A4 = { width: 595.28, height: 841.89 };
export const MARGIN = 50;
const FOOTER_SPACE = 30;
const LEADING = 1.35;

export const COLOURS = {
  text: rgb(0.1, 0.1, 0.12),
  muted: rgb(0.38, 0.38, 0.42),
  accent: rgb(0.1, 0.32, 0.6),
  rule: rgb(0.8, 0.8, 0.84),
  shade: rgb(0.93, 0.94, 0.96),
};

export interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

export interface TextStyle {
  size: number;
  bold?: boolean;
  colour?: RGB;
}

/** A cursor moving down A4 pages: wraps text, starts a new page when the next piece does not fit. */
export class PageWriter {
  page: PDFPage;
  y = 0;
  private readonly charset: Set<number>;
  private readonly widths = new Map<string, number>();

  constructor(
    private readonly doc: PDFDocument,
    readonly fonts: Fonts,
  ) {
    this.charset = new Set(fonts.regular.getCharacterSet());
    this.page = this.newPage();
  }

  get contentWidth(): number {
    return A4.width - 2 * MARGIN;
  }

  newPage(): PDFPage {
    this.page = this.doc.addPage([A4.width, A4.height]);
    this.y = A4.height - MARGIN;
    return this.page;
  }

  fits(height: number): boolean {
    return this.y - height >= MARGIN + FOOTER_SPACE;
  }

  /** Moves to a new page unless `height` more points fit on this one. */
  ensure(height: number): void {
    if (!this.fits(height)) this.newPage();
  }

  gap(points: number): void {
    this.y -= points;
  }

  lineHeight(style: TextStyle): number {
    return style.size * LEADING;
  }

  font(style: TextStyle): PDFFont {
    return style.bold ? this.fonts.bold : this.fonts.regular;
  }

  /** Text the font can draw, wrapped to `width`. */
  lines(text: string, width: number, style: TextStyle): string[] {
    return wrapText(fitToFont(text, this.charset), width, (s) => this.width(s, style));
  }

  /** Cached: laying out text with the font is the slow part of building a PDF. */
  private width(text: string, style: TextStyle): number {
    const key = `${style.bold ? 'b' : 'r'}${style.size}:${text}`;
    let width = this.widths.get(key);
    if (width === undefined) {
      width = this.font(style).widthOfTextAtSize(text, style.size);
      this.widths.set(key, width);
    }
    return width;
  }

  /** Draws one line at the cursor's baseline-adjusted position without moving the cursor. */
  drawLine(text: string, x: number, y: number, style: TextStyle): void {
    if (text === '') return;
    this.page.drawText(text, { x, y, size: style.size, font: this.font(style), color: style.colour ?? COLOURS.text });
  }

  /** A wrapped paragraph at `indent`, breaking pages between lines. */
  paragraph(text: string, style: TextStyle, indent = 0): void {
    const lineHeight = this.lineHeight(style);
    for (const line of this.lines(text, this.contentWidth - indent, style)) {
      this.ensure(lineHeight);
      this.y -= lineHeight;
      this.drawLine(line, MARGIN + indent, this.y + lineHeight - style.size, style);
    }
  }
}
