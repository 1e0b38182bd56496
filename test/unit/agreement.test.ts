// Agreement between two readings of the same items, and the second reader's samples in the repo.
import { describe, expect, it } from 'vitest';
import { agreement, itemKey, repoLabels, secondReader } from '../../src/eval/agreement';
import { frozenSplits } from '../../src/eval/dataset';

describe('agreement', () => {
  it('is per-category F1 over the items both readings have', () => {
    const first = [
      { key: 'a', labels: ['collection', 'sharing'] as const },
      { key: 'b', labels: ['collection'] as const },
      { key: 'c', labels: [] as const },
      { key: 'only-first', labels: ['rights'] as const },
    ];
    const second = [
      { key: 'a', labels: ['collection'] as const },
      { key: 'b', labels: ['collection', 'rights'] as const },
      { key: 'c', labels: [] as const },
    ];
    const a = agreement(first, second);
    expect(a.items).toBe(3);
    expect(a.f1.collection).toBe(1);
    // sharing: one item the first reader gives and the second does not.
    expect(a.f1.sharing).toBe(0);
    // rights: given only by the second reader, on an item both have.
    expect(a.f1.rights).toBe(0);
  });

  it('matches the second reader\'s items to labels in the repo, one for one', () => {
    for (const source of ['reference', 'gt200'] as const) {
      const second = secondReader(source);
      const repo = new Set(repoLabels(source).map((i) => i.key));
      expect(second.length, source).toBeGreaterThanOrEqual(240);
      expect(second.filter((i) => !repo.has(i.key)), source).toEqual([]);
      expect(new Set(second.map((i) => i.key)).size, source).toBe(second.length);
      // Drawn from train and dev policies only: the frozen test split is never read.
      const splits = frozenSplits()[source]!;
      expect(second.filter((i) => splits[i.key.split('#')[0]!] === 'test'), source).toEqual([]);
    }
    expect(itemKey('zoho', 23)).toBe('zoho#23');
  });
});
