import type { ExtractedPolicy, PolicyInput } from './types';

/** Parses HTML into a DOM Document: DOMParser in the browser, linkedom in Node. */
export type ParseHtml = (html: string) => Document;

// STUB: replaced by the real Readability-based extractor.
export function extractPolicy(input: PolicyInput, _parseHtml?: ParseHtml): ExtractedPolicy {
  return { title: input.title ?? '', text: input.content, source: input.kind, url: input.url, warnings: [] };
}
