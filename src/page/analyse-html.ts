// Loaded with a dynamic import only when a page must be classified: the NLP is the heavy part.
import { analysePolicy } from '../core/analyse';
import type { PolicyReport } from '../core/types';
import { referenceSet } from '../data/reference';
import { parseHtml, policyInput, type PageSource } from './extract-html';

export function analyseSource(source: PageSource): PolicyReport & { url: string } {
  return { ...analysePolicy(policyInput(source), { parseHtml, reference: referenceSet }), url: source.url };
}
