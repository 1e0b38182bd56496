// Loaded with a dynamic import: Readability stays out of the popup's first paint.
import { extractPolicy } from '../core/extract';
import { hashText } from '../core/hash';
import type { ExtractedPolicy, PolicyInput } from '../core/types';

/** A page to analyse, as read from the tab. */
export interface PageSource {
  html: string;
  url: string;
  title: string;
  /** Frames from other sites left out of `html`. */
  unreadFrames?: number;
  /** `text` when `html` holds plain text (a file or a paste on the options page); a page by default. */
  kind?: PolicyInput['kind'];
}

export const parseHtml = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

export function policyInput(source: PageSource): PolicyInput {
  return { kind: source.kind ?? 'html', content: source.html, url: source.url, title: source.title, unreadFrames: source.unreadFrames };
}

/** A page's policy text, and the hash its report will carry: cheap, so a stored analysis can be reused before classifying. */
export function readPage(source: PageSource): { policy: ExtractedPolicy; textHash: string } {
  const policy = extractPolicy(policyInput(source), parseHtml);
  return { policy, textHash: hashText(policy.text) };
}
