import { DOMParser } from 'linkedom';
import type { ParseHtml } from '../core/extract';

/** linkedom, unlike a browser, builds no <html>/<body> around a fragment, and fails on text with no element at all. */
const HAS_HTML_ELEMENT = /<html[\s>]/i;

/** Node's stand-in for the browser's DOMParser, for the CLI, bench and tests. */
export const parseHtml: ParseHtml = (html) => {
  const page = HAS_HTML_ELEMENT.test(html.slice(0, 10_000)) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return new DOMParser().parseFromString(page, 'text/html') as unknown as Document;
};
