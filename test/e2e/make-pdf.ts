// Small PDFs for the tests of "Analyse a policy", made with pdf-lib (which the PDF export uses).
import { PDFDocument, rgb, StandardFonts } from 'pdf-lib';

/** A PDF with `text` on its pages (Helvetica, wrapped at 90 characters), or, without text, a page of drawn boxes only. */
export async function makePdf(text?: string): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  if (!text) {
    const page = pdf.addPage([595, 842]);
    for (let y = 60; y < 800; y += 20) page.drawRectangle({ x: 50, y, width: 400 + (y % 90), height: 10, color: rgb(0.2, 0.2, 0.2) });
    return Buffer.from(await pdf.save());
  }
  const ascii = text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, '-').replace(/[^\x20-\x7e\n]/g, '');
  const lines = ascii.split('\n').flatMap((paragraph) => [...(paragraph.match(/.{1,90}(\s|$)/g) ?? []).map((l) => l.trim()), '']);
  let page = pdf.addPage([595, 842]);
  let y = 800;
  for (const line of lines) {
    if (y < 50) {
      page = pdf.addPage([595, 842]);
      y = 800;
    }
    if (line) page.drawText(line, { x: 40, y, size: 10, font });
    y -= line ? 13 : 9;
  }
  return Buffer.from(await pdf.save());
}
