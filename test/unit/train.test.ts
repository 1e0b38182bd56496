import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Examples } from '../../src/train/examples';
import { trainHeads } from '../../src/train/logistic';
import { bestThreshold } from '../../src/train/thresholds';
import { MODEL_FILE, serialiseModel, train } from '../../src/train/train';

function examples(rows: { buckets: number[]; targets: number[] }[]): Examples {
  const buckets: number[] = [];
  const offsets = [0];
  for (const row of rows) {
    buckets.push(...row.buckets);
    offsets.push(buckets.length);
  }
  return {
    buckets: Uint32Array.from(buckets),
    offsets: Uint32Array.from(offsets),
    targets: rows.map((r) => Int8Array.from(r.targets)),
    weights: new Float32Array(rows.length).fill(1),
    count: rows.length,
  };
}

const settings = { buckets: 8, heads: 2, epochs: 20, learningRate: 0.3, l2: 0, seed: 1, positiveWeight: [1, 1] };

describe('logistic heads', () => {
  it('learn a feature that predicts a label, and nothing from masked rows', () => {
    const data = examples([
      { buckets: [1, 3], targets: [1, -1] },
      { buckets: [2, 3], targets: [0, -1] },
      { buckets: [1], targets: [1, -1] },
      { buckets: [2], targets: [0, -1] },
    ]);
    const { weights } = trainHeads(data, settings);
    expect(weights[0]![1]).toBeGreaterThan(1);
    expect(weights[0]![2]).toBeLessThan(-1);
    expect([...weights[1]!].every((w) => w === 0)).toBe(true);
  });

  it('give the same weights for the same seed', () => {
    const data = examples(Array.from({ length: 30 }, (_, i) => ({ buckets: [i % 8, (i * 3) % 8], targets: [i % 2, i % 3 === 0 ? 1 : 0] })));
    expect(trainHeads(data, settings)).toEqual(trainHeads(data, settings));
  });
});

describe('threshold choice', () => {
  it('picks the threshold with the best F1', () => {
    const items = [
      { score: 0.9, gold: true },
      { score: 0.7, gold: true },
      { score: 0.6, gold: false },
      { score: 0.3, gold: true },
      { score: 0.1, gold: false },
    ];
    // t in (0.1, 0.3]: P 3/4, R 1 → F1 0.857; t in (0.6, 0.7]: P 1, R 2/3 → 0.8.
    expect(bestThreshold(items)).toEqual({ threshold: 0.11, f1: 6 / 7 });
  });
});

describe('the shipped model', () => {
  // Like the reference set: src/data/model.json must be what `npm run train` makes from the data in the repo.
  it('is what a fresh `npm run train` writes (run it after changing data, features or settings)', () => {
    const fresh = serialiseModel(train().stored);
    expect(fresh === readFileSync(MODEL_FILE, 'utf8'), 'src/data/model.json is stale: run npm run train').toBe(true);
  }, 300_000);

  it('ships at most 400 KB gzip, as the extension loads it lazily', () => {
    expect(gzipSync(readFileSync(MODEL_FILE)).length).toBeLessThanOrEqual(400 * 1024);
  });
});
