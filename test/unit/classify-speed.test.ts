import { describe, expect, it } from 'vitest';
import { loadLabelledItems } from '../../bench/classifier-eval';
import { classifyClause, classifyClauses } from '../../src/core/classify';
import type { Clause } from '../../src/core/types';

function clausesOfSize(texts: string[], chars: number): Clause[] {
  const clauses: Clause[] = [];
  for (let start = 0; start < chars; ) {
    for (const text of texts) {
      clauses.push({ index: clauses.length, text, start, end: start + text.length });
      start += text.length + 1;
    }
  }
  return clauses;
}

function timeMs(run: () => void): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

// The budgets (60 ms for the 22 KB policy, 3 s for 1 MB, whole
// pipeline, idle machine) are measured by `npm run bench`; the classifier
// takes ~15 ms and ~0.8 s of them. Unit tests share two busy cores, so these
// guards check the shape of the cost (linear, bounded per clause), not drift.
describe('classifier cost', () => {
  const texts = loadLabelledItems().map((item) => item.text);

  it('grows linearly: 1 MB of clauses costs well under 8x what 256 KB costs', () => {
    const small = clausesOfSize(texts, 256_000);
    const large = clausesOfSize(texts, 1_024_000);
    classifyClauses(small.slice(0, 200));
    const smallMs = timeMs(() => classifyClauses(small));
    const largeMs = timeMs(() => classifyClauses(large));
    expect(largeMs / smallMs).toBeLessThan(8);
    expect(largeMs).toBeLessThan(30_000);
  }, 60_000);

  it('a 1 MB clause without punctuation costs about what a 1 KB one does', () => {
    const kilobyte = 'we collect your personal data and share it with partners '.repeat(18);
    const megabyte = kilobyte.repeat(1000);
    classifyClause(kilobyte);
    const smallMs = timeMs(() => classifyClause(kilobyte));
    const largeMs = timeMs(() => classifyClause(megabyte));
    expect(largeMs).toBeLessThan(Math.max(50, smallMs * 20));
  });
});
