// Loaded with a dynamic import only when a page must be classified: the NLP is the heavy part.
import { analyseExtracted, analysePolicy, type AnalyseOptions } from '../core/analyse';
import type { ExtractedPolicy, PolicyReport } from '../core/types';
import { referenceSet } from '../data/reference';
import { parseHtml as parseWithDomParser, policyInput, type PageSource } from './extract-html';

export function analyseSource(
  source: PageSource,
  options: Pick<AnalyseOptions, 'onProgress' | 'parseHtml'> = {},
): PolicyReport & { url: string } {
  const report = analysePolicy(policyInput(source), { parseHtml: parseWithDomParser, ...options, reference: referenceSet });
  return { ...report, url: source.url };
}

/** The report on a page whose text was already read (by `readPage`), so it is not parsed again. */
export function analyseReading(
  policy: ExtractedPolicy,
  source: PageSource,
  options: Pick<AnalyseOptions, 'onProgress'> = {},
): PolicyReport & { url: string } {
  return { ...analyseExtracted(policy, { ...options, reference: referenceSet, unreadFrames: source.unreadFrames }), url: source.url };
}
