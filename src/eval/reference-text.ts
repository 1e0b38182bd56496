// The text of a vendored reference policy as the pipeline reads it.
import { markdownToText } from '../core/extract-markdown';

export interface ReferenceIndexEntry {
  id: string;
  name: string;
  country: string;
  kind: string;
  policy_url: string;
  policy_date: string | null;
  captured: string;
  format: 'markdown' | 'text';
  source: { repo: string; path: string; commit: string };
  licence: string;
}

/** Markdown renderings become plain text; text dumps are read as they are. */
export function referencePlainText(entry: Pick<ReferenceIndexEntry, 'format'>, raw: string): string {
  return entry.format === 'markdown' ? markdownToText(raw) : raw;
}
