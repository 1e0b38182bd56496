// How much the options page opens. A privacy policy is rarely over 1 MB as a web page and a
// few hundred KB as text; a PDF is bigger for its fonts and pictures, not its words.

export const MAX_TEXT_FILE_BYTES = 4 * 1024 * 1024;
export const MAX_PDF_BYTES = 16 * 1024 * 1024;
export const MAX_PASTE_CHARS = 4_000_000;
/** A PDF with less visible text than this has no text layer worth reading: a scan or pictures of text. */
export const MIN_PDF_TEXT_CHARS = 50;

export function sizeInWords(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
