import { DOMParser } from 'linkedom';
import type { ParseHtml } from '../core/extract';

/** Node's stand-in for the browser's DOMParser, for the CLI, bench and tests. */
export const parseHtml: ParseHtml = (html) =>
  new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
