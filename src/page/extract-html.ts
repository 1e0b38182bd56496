// Loaded with a dynamic import: Readability stays out of the popup's first paint.
import { extractPolicy } from '../core/extract';
import { hashText } from '../core/hash';
import type { PolicyInput } from '../core/types';

/** A page to analyse, as read from the tab. */
export interface PageSource {
  html: string;
  url: string;
  title: string;
  /** Frames from other sites left out of `html`. */
  unreadFrames?: number;
}

export const parseHtml = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

export function policyInput(source: PageSource): PolicyInput {
  return { kind: 'html', content: source.html, url: source.url, title: source.title, unreadFrames: source.unreadFrames };
}

/** The hash the report of this page will carry: cheap, so a stored analysis can be reused before classifying. */
export function pageTextHash(source: PageSource): string {
  return hashText(extractPolicy(policyInput(source), parseHtml).text);
}
