import { PolicyError } from './errors';
import { assertReadableInput, pdfError } from './extract-checks';
import { extractHtml, type Reading } from './extract-html';
import { megabytes, normaliseText, reflowWrappedLines, visibleLength } from './extract-text';
import { oneLine } from './title';
import type { ExtractedPolicy, PolicyInput } from './types';

/** Parses HTML into a DOM Document: DOMParser in the browser, linkedom in Node. */
export type ParseHtml = (html: string) => Document;

/** Extracted text above this is cut, with a warning. */
export const MAX_TEXT_CHARS = 1_500_000;
/** Below this many visible characters the reading gets a warning. */
const FEW_CHARS = 200;

/** Cuts `text` to `MAX_TEXT_CHARS` at a line break (or space) when it is longer. */
function truncate(text: string, warnings: string[]): string {
  if (text.length <= MAX_TEXT_CHARS) return text;
  const head = text.slice(0, MAX_TEXT_CHARS);
  const lineBreak = head.lastIndexOf('\n');
  const cut = lineBreak > MAX_TEXT_CHARS * 0.9 ? lineBreak : head.lastIndexOf(' ');
  warnings.push(
    `The text was cut to its first ${megabytes(MAX_TEXT_CHARS)} (of ${megabytes(text.length)}); anything after that was not analysed.`,
  );
  return cut > MAX_TEXT_CHARS / 2 ? head.slice(0, cut).trimEnd() : head;
}

function firstLine(text: string): string {
  const line = text.slice(0, 300).split('\n', 1)[0]?.trim() ?? '';
  return line.length <= 120 ? line : '';
}

const MARKUP_TAG = /<\/?(?:p|div|span|a|li|ul|ol|h[1-6]|table|td|tr|br|script|style|html|body|head)\b[^<>]{0,200}>/gi;

function looksLikeMarkup(text: string): boolean {
  const sample = text.slice(0, 50_000);
  const tags = sample.match(MARKUP_TAG)?.length ?? 0;
  return tags >= 10 && tags * 20 > sample.length / 10;
}

/** Chrome and Firefox show a PDF as a page holding one <embed type="application/pdf">. */
const PDF_VIEWER = /<embed\b[^<>]{0,500}type=["']?application\/pdf/i;

function emptyError(input: PolicyInput): PolicyError {
  if (input.kind === 'text') return new PolicyError('empty', 'There is no text to analyse: the input is empty.');
  if (PDF_VIEWER.test(input.content.slice(0, 100_000))) return pdfError();
  return new PolicyError('empty', 'The page has no readable text to analyse.');
}

/** The readable policy text and title of a page or plain text. Throws `PolicyError` on unusable input. */
export function extractPolicy(input: PolicyInput, parseHtml?: ParseHtml): ExtractedPolicy {
  if (typeof input.content !== 'string') throw new PolicyError('unreadable', 'There is no text to analyse: the input is not text.');
  assertReadableInput(input.content);
  const warnings: string[] = [];
  let reading: Reading;
  if (input.kind === 'html') {
    reading = extractHtml(input.content, parseHtml, warnings, input.unreadFrames);
  } else {
    if (looksLikeMarkup(input.content)) {
      warnings.push('This text looks like HTML markup; open the page itself, or paste it as HTML, for a cleaner reading.');
    }
    reading = { title: '', text: reflowWrappedLines(input.content) };
  }
  const text = truncate(normaliseText(reading.text), warnings);
  if (text === '') throw emptyError(input);
  if (visibleLength(text) < FEW_CHARS) warnings.push(`Only ${text.length} characters of text were found, too few for a meaningful reading.`);
  const title = oneLine(reading.title) || oneLine(input.title ?? '') || firstLine(text);
  return { title, text, source: input.kind, url: input.url, warnings };
}
