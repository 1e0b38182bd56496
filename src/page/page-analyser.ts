import type { AnalysisProgress } from '../core/analyse';
import type { PolicyReport } from '../core/types';
import type { PageSource } from './extract-html';

/** Runs the core on a page read from a tab: in a worker in the popup, in the calling thread elsewhere. */
export interface PageAnalyser {
  /** The hash the report of this page will carry, so a stored analysis can be reused before classifying. */
  textHash(source: PageSource): Promise<string>;
  analyse(source: PageSource, onProgress?: (progress: AnalysisProgress) => void): Promise<PolicyReport & { url: string }>;
}

/** The core in this thread, loaded on first use (the NLP is the heavy part); DOMParser reads the HTML. */
export const inThreadAnalyser: PageAnalyser = {
  async textHash(source) {
    const { pageTextHash } = await import('./extract-html');
    return pageTextHash(source);
  },
  async analyse(source, onProgress) {
    const { analyseSource } = await import('./analyse-html');
    return analyseSource(source, { onProgress });
  },
};
