import { decodeText, isPdf, looksLikeHtml, pathOf, plainTextOf, type ContentHints } from '../local-input/input-bytes';
import type { PolicyInput } from '../core/types';
import { CliError, EXIT } from './exit-codes';

export { looksLikeHtml, type ContentHints };

/** The last path segment (or a URL's host), a readable fallback title for a file or URL without one. */
function titleOf(source: string): string {
  const segments = pathOf(source).split(/[\\/]/).filter(Boolean);
  const last = segments.at(-1);
  if (last) return decodeURIComponentSafe(last);
  return URL.canParse(source) ? new URL(source).host : source;
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Turns raw bytes into analyser input, refusing PDF and binary content with a clear message. */
export function toPolicyInput(bytes: Uint8Array, hints: ContentHints): PolicyInput {
  if (isPdf(bytes, hints)) {
    throw new CliError(EXIT.unusable, `${hints.source} is a PDF; convert it to text first (e.g. pdftotext file.pdf file.txt) or open it in the extension.`);
  }
  const content = decodeText(bytes, hints.contentType);
  if (content === undefined) throw new CliError(EXIT.unusable, `${hints.source} is a binary file, not HTML or text.`);
  if (content.trim() === '') throw new CliError(EXIT.unusable, `${hints.source} is empty: there is no text to analyse.`);
  const kind = looksLikeHtml(content, hints) ? 'html' : 'text';
  return { kind, content: kind === 'text' ? plainTextOf(content, hints) : content, url: hints.source, title: titleOf(hints.source) };
}
