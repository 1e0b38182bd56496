// What a file's bytes are (PDF, HTML or plain text) and their text: shared by the CLI, which
// reads files and URLs, and the options page, which opens files the user picks.
import { markdownToText } from '../core/extract-markdown';

/** What is known about some bytes besides the bytes themselves. */
export interface ContentHints {
  /** File name, path or URL, shown to the user and used for the file extension. */
  source: string;
  /** HTTP Content-Type header or the browser's file type, when known. */
  contentType?: string;
}

const HTML_EXTENSIONS = /\.(html?|xhtml)$/i;
const TEXT_EXTENSIONS = /\.(txt|text|md|markdown)$/i;
const MARKDOWN_EXTENSIONS = /\.(md|markdown)$/i;
const HTML_START = /^\s*(<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<!--)/i;
const HTML_TAGS = /<(p|div|h[1-6]|article|main|section|body|br)[\s/>][\s\S]*<\/?(p|div|h[1-6]|article|main|section|body|br)[\s/>]/i;
const SNIFF_CHARS = 4096;
const SNIFF_BYTES = 8000;
const CONTROL_CHARS = /[\u0000-\u0008\u000e-\u001f]/;

export function pathOf(source: string): string {
  try {
    return new URL(source).pathname;
  } catch {
    return source;
  }
}

export function mediaType(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** A PDF by its magic number, its media type or its file extension. */
export function isPdf(bytes: Uint8Array, hints: ContentHints): boolean {
  const pdfMagic = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"
  return startsWith(bytes, pdfMagic) || mediaType(hints.contentType) === 'application/pdf' || /\.pdf$/i.test(pathOf(hints.source));
}

/** Text encodings put no NUL bytes in text; binary files nearly always have some early on (git's heuristic). */
function hasNulBytes(bytes: Uint8Array): boolean {
  return bytes.subarray(0, SNIFF_BYTES).includes(0);
}

/**
 * UTF-16 saved without a byte-order mark (as some Windows tools do): Latin text then has a
 * NUL in every other byte, the high half of each character, and (almost) none in the others.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const sample = bytes.subarray(0, SNIFF_BYTES - (SNIFF_BYTES % 2));
  const pairs = Math.floor(sample.length / 2);
  if (pairs < 2) return undefined;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0) evenNuls++;
    if (sample[i + 1] === 0) oddNuls++;
  }
  const rare = pairs / 100;
  if (oddNuls >= pairs * 0.3 && evenNuls <= rare) return 'utf-16le';
  if (evenNuls >= pairs * 0.3 && oddNuls <= rare) return 'utf-16be';
  return undefined;
}

function charsetOf(contentType: string | undefined): string {
  const match = /charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '');
  return match?.[1] ?? 'utf-8';
}

function decoder(label: string): TextDecoder {
  try {
    return new TextDecoder(label);
  } catch {
    return new TextDecoder('utf-8');
  }
}

/** The bytes as text (byte-order mark, UTF-16 without one, or the charset named), or `undefined` for a binary file. */
export function decodeText(bytes: Uint8Array, contentType?: string): string | undefined {
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes);
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(bytes);
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) {
    const text = new TextDecoder(utf16).decode(bytes);
    // Binary data can have NULs in every other byte too; text has no control characters.
    if (!CONTROL_CHARS.test(text.slice(0, SNIFF_BYTES / 2))) return text;
  }
  if (hasNulBytes(bytes)) return undefined;
  return decoder(charsetOf(contentType)).decode(bytes);
}

/** HTML by Content-Type, then by file extension, then by sniffing the start of the text. */
export function looksLikeHtml(text: string, hints: ContentHints): boolean {
  const type = mediaType(hints.contentType);
  if (type === 'text/html' || type === 'application/xhtml+xml') return true;
  if (type === 'text/plain') return false;
  const path = pathOf(hints.source);
  if (HTML_EXTENSIONS.test(path)) return true;
  if (TEXT_EXTENSIONS.test(path)) return false;
  const head = text.slice(0, SNIFF_CHARS);
  return HTML_START.test(head) || HTML_TAGS.test(head);
}

/** A Markdown file ("PRIVACY.md", also served as text/plain as raw files are, or text/markdown): read as text once its markup is dropped. */
function isMarkdown(hints: ContentHints): boolean {
  return mediaType(hints.contentType) === 'text/markdown' || MARKDOWN_EXTENSIONS.test(pathOf(hints.source));
}

/** A text file's words as the analyser reads them: a Markdown file's without its markup, any other's as they are. */
export const plainTextOf = (text: string, hints: ContentHints): string => (isMarkdown(hints) ? markdownToText(text) : text);
