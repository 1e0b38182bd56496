// The keyword baseline (src/eval/keyword-baseline.ts) and its whole-text form for speed runs.
import type { ClauseClassification } from '../src/core/types';
import { classifyByKeywords } from '../src/eval/keyword-baseline';

export { classifyByKeywords };

const SENTENCE_SPLIT = /(?<=[.!?])\s+|\n+/;

export function baselineAnalyse(text: string): ClauseClassification[] {
  return text
    .split(SENTENCE_SPLIT)
    .filter((sentence) => sentence.trim() !== '')
    .map(classifyByKeywords);
}
