import { PolicyError } from './errors';
import { megabytes } from './extract-text';

/** Inputs above this are refused outright rather than read. */
export const MAX_INPUT_CHARS = 20_000_000;
/** How much of the input the binary check looks at. */
const BINARY_SAMPLE_CHARS = 65_536;
// C0 controls other than the whitespace ones (tab, line feed, vertical tab: Word's manual
// line break, form feed, carriage return); DEL; U+FFFD from a failed decode.
const JUNK_CHAR = /[\u0000-\u0008\u000e-\u001f\u007f\ufffd]/g;

export function pdfError(): PolicyError {
  return new PolicyError(
    'pdf',
    'This is a PDF file, and Policy Lens cannot read PDF policies yet. Open the PDF in your browser or PDF reader, select all of its text, copy it and paste it into Policy Lens as text.',
  );
}

/** Throws a `PolicyError` for input no stage can use: empty, PDF, binary or far too large. */
export function assertReadableInput(content: string): void {
  const head = content.slice(0, 1024).replace(/^\ufeff/, '').trimStart();
  if (content.trim() === '') {
    throw new PolicyError('empty', 'There is no text to analyse: the input is empty.');
  }
  if (head.startsWith('%PDF-')) throw pdfError();
  if (content.length > MAX_INPUT_CHARS) {
    throw new PolicyError(
      'too-large',
      `This input is too large to analyse (${megabytes(content.length)}; the limit is ${megabytes(MAX_INPUT_CHARS)}). Open the policy page itself rather than a whole site archive, or paste only the policy text.`,
    );
  }
  if (looksBinary(content)) {
    throw new PolicyError(
      'binary',
      'This does not look like text: it is full of control or undecodable characters, as in an image, archive or other binary file. Open the policy as a web page or paste its text.',
    );
  }
}

/** True when the start of `content` is mostly control or replacement characters. */
export function looksBinary(content: string): boolean {
  const sample = content.slice(0, BINARY_SAMPLE_CHARS);
  const junk = sample.match(JUNK_CHAR)?.length ?? 0;
  return junk >= 8 && junk / sample.length > 0.05;
}
