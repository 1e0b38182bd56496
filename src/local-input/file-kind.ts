import { decodeText, isPdf, looksLikeHtml } from './input-bytes';

/** How an opened file is read: its text layer (PDF), the page extractor (HTML) or as plain text. */
export type FileKind = 'pdf' | 'html' | 'text';

/** What the options page knows of a file before reading it all: its name, the browser's type and its first bytes. */
export interface FileHead {
  name: string;
  type: string;
  head: Uint8Array;
}

/** PDF by magic number, type or extension; otherwise, by decoding the first bytes, HTML, text or neither (`undefined`: binary). */
export function fileKindOf({ name, type, head }: FileHead): FileKind | undefined {
  const hints = { source: name, contentType: type };
  if (isPdf(head, hints)) return 'pdf';
  if (/^(image|audio|video|font)\//.test(type)) return undefined;
  const text = decodeText(head, type);
  if (text === undefined) return undefined;
  return looksLikeHtml(text, hints) ? 'html' : 'text';
}
