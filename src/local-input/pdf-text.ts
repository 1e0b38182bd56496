// Reads a PDF's text layer on this device with pdf.js. Loaded by dynamic import (read-input.ts)
// only when a PDF is opened: pdf.js and its worker are bigger than the rest of the options page.
import { getDocument, GlobalWorkerOptions } from 'pdfjs-dist';
import { PolicyError } from '../core/errors';
import { pageText, type PdfTextItem } from './pdf-lines';

export interface PdfReading {
  text: string;
  pages: number;
}


function unreadablePdf(name: string, error: unknown): PolicyError {
  const kind = error instanceof Error ? error.name : '';
  if (kind === 'PasswordException') {
    return new PolicyError('unreadable', `“${name}” is protected by a password. Open it in your PDF reader, copy its text and paste it here.`);
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new PolicyError('unreadable', `“${name}” could not be read as a PDF (${detail}); it may be damaged. Open it in your PDF reader, copy its text and paste it here.`);
}

const asItem = (item: object): PdfTextItem | undefined => {
  if (!('str' in item)) return undefined; // marked-content boundaries carry no text
  const text = item as { str: string; hasEOL: boolean; transform: number[]; height: number };
  return { str: text.str, hasEOL: text.hasEOL, y: text.transform[5] ?? 0, height: text.height };
};

/** The text of every page, pages a paragraph apart. Throws a `PolicyError` for a PDF pdf.js cannot open. */
export async function readPdfText(bytes: Uint8Array, name: string): Promise<PdfReading> {
  // One worker for every PDF opened; pdf.js leaves a port it was given running.
  GlobalWorkerOptions.workerPort ??= new Worker(new URL('./pdf-worker.ts', import.meta.url), { type: 'module' });
  const task = getDocument({
    data: bytes,
    // Text only: no fonts, WebAssembly decoders or other files fetched, nothing rendered.
    useWasm: false,
    useSystemFonts: false,
    disableFontFace: true,
    useWorkerFetch: false,
    stopAtErrors: false,
  });
  let document;
  try {
    document = await task.promise;
  } catch (error) {
    throw unreadablePdf(name, error);
  }
  try {
    const pages: string[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      pages.push(pageText(content.items.flatMap((item) => asItem(item) ?? [])));
      page.cleanup();
    }
    return { text: pages.filter(Boolean).join('\n\n'), pages: document.numPages };
  } finally {
    await task.destroy();
  }
}
