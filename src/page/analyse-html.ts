// Loaded with a dynamic import only when a page must be classified: the NLP is the heavy part.
import { analyseExtracted, analysePolicy } from '../core/analyse';
import type { ExtractedPolicy, PolicyReport } from '../core/types';
import { referenceSet } from '../data/reference';
import { parseHtml, policyInput, type PageSource } from './extract-html';

export function analyseSource(source: PageSource): PolicyReport & { url: string } {
  return { ...analysePolicy(policyInput(source), { parseHtml, reference: referenceSet }), url: source.url };
}

/** The report on a page whose text was already read (by `readPage`), so it is not parsed again. */
export function analyseReading(policy: ExtractedPolicy, url: string): PolicyReport & { url: string } {
  return { ...analyseExtracted(policy, { reference: referenceSet }), url };
}
