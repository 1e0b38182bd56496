import type { AnalysisProgress } from '../core/analyse';
import type { ExtractedPolicy, PolicyReport } from '../core/types';
import type { PageSource } from './extract-html';

/** Runs the core on a page read from a tab: in a worker in the popup, in the calling thread elsewhere. */
export interface PageAnalyser {
  /** The hash the report of this page will carry, so a stored analysis can be reused before classifying. */
  textHash(source: PageSource): Promise<string>;
  analyse(source: PageSource, onProgress?: (progress: AnalysisProgress) => void): Promise<PolicyReport & { url: string }>;
}

/** The text last read for a hash: the analysis that follows it on the same page reads the page once. */
export interface LastReading {
  html: string;
  policy: ExtractedPolicy;
}

/** The reading kept for `source`, if it is the page last read, and forgets it either way. */
export function takeReading(last: { current: LastReading | null }, source: PageSource): ExtractedPolicy | null {
  const policy = last.current?.html === source.html ? last.current.policy : null;
  last.current = null;
  return policy;
}

const lastInThread: { current: LastReading | null } = { current: null };

/** The core in this thread, loaded on first use (the NLP is the heavy part); DOMParser reads the HTML. */
export const inThreadAnalyser: PageAnalyser = {
  async textHash(source) {
    const { readPage } = await import('./extract-html');
    const { policy, textHash } = readPage(source);
    lastInThread.current = { html: source.html, policy };
    return textHash;
  },
  async analyse(source, onProgress) {
    const { analyseReading, analyseSource } = await import('./analyse-html');
    const read = takeReading(lastInThread, source);
    return read ? analyseReading(read, source, { onProgress }) : analyseSource(source, { onProgress });
  },
};
