// A file or a paste from the options page, as a source the analyser reads like a page.
// Bad input is refused here with a message in words; nothing stored is touched.
import { PolicyError } from '../core/errors';
import { decodeText, plainTextOf } from './input-bytes';
import { visibleLength } from '../core/extract-text';
import type { PageSource } from '../page/extract-html';
import { fileKindOf, type FileKind } from './file-kind';
import { MAX_PASTE_CHARS, MAX_PDF_BYTES, MAX_TEXT_FILE_BYTES, MIN_PDF_TEXT_CHARS, sizeInWords } from './limits';
import { fileKey, pastedKey } from './place';
import type { PdfReading } from './pdf-text';

/** A source with the key it is kept under; `url` is that key too (a file has no address). */
export type LocalSource = PageSource & { key: string };

/** The part of a `File` read here (a Blob with a name), so tests can pass their own. */
export interface OpenedFile {
  name: string;
  type: string;
  size: number;
  slice(start?: number, end?: number): { arrayBuffer(): Promise<ArrayBuffer> };
  arrayBuffer(): Promise<ArrayBuffer>;
}

export type ReadPdf = (bytes: Uint8Array, name: string) => Promise<PdfReading>;

const loadPdfReader: ReadPdf = async (bytes, name) => (await import('./pdf-text')).readPdfText(bytes, name);

const HEAD_BYTES = 8192;
const OPENS = 'Policy Lens opens a privacy policy saved as text (.txt or Markdown .md), a web page (.html) or a PDF (.pdf).';

function tooLarge(name: string, size: number, kind: FileKind): PolicyError {
  const limit = kind === 'pdf' ? MAX_PDF_BYTES : MAX_TEXT_FILE_BYTES;
  return new PolicyError(
    'too-large',
    `“${name}” is ${sizeInWords(size)}, more than the ${sizeInWords(limit)} Policy Lens opens as ${kind === 'pdf' ? 'a PDF' : 'a text or web page file'}. A privacy policy is far smaller: save only the policy page, or paste its text.`,
  );
}

const empty = (name: string) => new PolicyError('empty', `“${name}” is empty: there is no text to analyse.`);

function pdfWithoutText(name: string, pages: number): PolicyError {
  return new PolicyError(
    'unreadable',
    `“${name}” has no text to read: its ${pages === 1 ? 'page is' : `${pages} pages are`} pictures (a scan, or an image-only PDF). Policy Lens reads the text of a PDF and cannot read pictures of text. Find the policy as a web page, or paste its text here.`,
  );
}

/** Reads a file the user opened or dropped. Throws a `PolicyError` (in words for the user) when it cannot be analysed. */
export async function readOpenedFile(file: OpenedFile, readPdf: ReadPdf = loadPdfReader): Promise<LocalSource> {
  const { name } = file;
  if (file.size === 0) throw empty(name);
  const head = new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer());
  const kind = fileKindOf({ name, type: file.type, head });
  if (!kind) throw new PolicyError('binary', `“${name}” is not text: it looks like an image, an archive or another kind of file. ${OPENS}`);
  if (file.size > (kind === 'pdf' ? MAX_PDF_BYTES : MAX_TEXT_FILE_BYTES)) throw tooLarge(name, file.size, kind);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const key = fileKey(name);
  if (kind === 'pdf') {
    const { text, pages } = await readPdf(bytes, name);
    if (visibleLength(text) < MIN_PDF_TEXT_CHARS) throw pdfWithoutText(name, pages);
    return { key, url: key, title: name, html: text, kind: 'text' };
  }
  const text = decodeText(bytes, file.type);
  if (text === undefined) throw new PolicyError('binary', `“${name}” is not text: it has bytes no text file has. ${OPENS}`);
  if (text.trim() === '') throw empty(name);
  return { key, url: key, title: name, html: kind === 'text' ? plainTextOf(text, { source: name, contentType: file.type }) : text, kind };
}

/** The pasted text as a source. Throws a `PolicyError` when there is nothing, or far too much, to analyse. */
export function pastedSource(text: string): LocalSource {
  if (text.trim() === '') throw new PolicyError('empty', 'There is nothing to analyse: paste the text of a privacy policy into the box first.');
  if (text.length > MAX_PASTE_CHARS) {
    throw new PolicyError(
      'too-large',
      `The pasted text is ${(text.length / 1_000_000).toFixed(1)} million characters, more than the ${MAX_PASTE_CHARS / 1_000_000} million Policy Lens reads. A privacy policy is far shorter: paste only the policy.`,
    );
  }
  const key = pastedKey(text);
  // No title given: the core takes the text's first line, when it is short enough to be one.
  return { key, url: key, title: '', html: text, kind: 'text' };
}
