import type { Clause } from './types';

// STUB: replaced by the real segmenter.
export function segmentClauses(text: string): Clause[] {
  const clauses: Clause[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    clauses.push({ index: clauses.length, text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return clauses;
}
