import fontkit from '@pdf-lib/fontkit';
import { PDFDocument } from 'pdf-lib';
import { oneLine } from '../core/title';
import type { Residence } from '../core/checklists/residence';
import type { PolicyReport } from '../core/types';
import { reportBlocks } from './content';
import type { FontBytes } from './fonts';
import { PageWriter } from './page-writer';
import { drawBlock, drawFooters } from './render';

export type { FontBytes } from './fonts';
export { pdfFilename } from './filename';

export interface PdfOptions {
  generatedAt: Date;
  /** DejaVu Sans regular and bold; fetched from the extension's assets when left out (browser only). */
  fonts?: FontBytes;
  /** The reader's "Where do you live?" answer, for the checklists. */
  residence?: Residence;
}

/** A printable A4 PDF of the report: score, reasons, categories with evidence, facts, comparison. */
export async function buildReportPdf(report: PolicyReport, options: PdfOptions): Promise<Uint8Array> {
  const fonts = options.fonts ?? (await (await import('./fonts-bundled')).loadBundledFonts());
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  // Reports stored by older versions may hold any title: it goes in every footer.
  const title = oneLine(report.title) || 'Untitled policy';
  doc.setTitle(`Policy Lens report: ${title}`);
  doc.setSubject(report.url ? oneLine(report.url) : title);
  doc.setLanguage('en');
  doc.setCreator('Policy Lens');
  doc.setProducer('Policy Lens');
  doc.setCreationDate(options.generatedAt);
  doc.setModificationDate(options.generatedAt);
  const writer = new PageWriter(doc, {
    regular: await doc.embedFont(fonts.regular, { subset: true }),
    bold: await doc.embedFont(fonts.bold, { subset: true }),
  });
  for (const block of reportBlocks(report, options.generatedAt, options.residence)) drawBlock(writer, block);
  drawFooters(writer, doc.getPages(), title);
  return doc.save();
}
