import { describe, expect, it } from 'vitest';
import { buildDataset, documentSplits, frozenSplits, splitByPosition, TEST_SHARE } from '../../src/eval/dataset';
import type { LabelledItem } from '../../src/eval/labelled';
import { dealSplits, fnv1a } from '../../src/eval/split';
import { fittingDocuments } from '../../src/train/train';

function item(source: LabelledItem['source'], policy: string, text: string): LabelledItem {
  return { source, policy, n: 0, text, labels: [], known: ['collection', 'sharing', 'retention', 'transfer', 'rights'], negated: false, junk: false };
}

describe('frozen splits', () => {
  it('deals the lowest hash positions to test and dev, in the shares asked for', () => {
    const ids = Array.from({ length: 40 }, (_, i) => `policy-${i}`);
    const dealt = dealSplits('demo', ids, 0.25, 0.15);
    const count = (split: string) => [...dealt.values()].filter((s) => s === split).length;
    expect([count('test'), count('dev'), count('train')]).toEqual([10, 6, 24]);
    expect(dealSplits('demo', [...ids].reverse(), 0.25, 0.15)).toEqual(dealt);
    expect(fnv1a('a')).toBe(0xe40c292c);
  });

  it('data/splits.json is what the seeded hash dealt: nobody moved a policy by hand', () => {
    for (const [source, table] of Object.entries(frozenSplits())) {
      expect(Object.fromEntries(dealSplits(source, Object.keys(table), 0.25, 0.15)), source).toEqual(table);
    }
  });

  it('a policy added later goes where its own hash position says, and moves no other', () => {
    const frozen = { gt200: { a: 'train' as const } };
    const splits = documentSplits([item('gt200', 'a', 'x'), item('gt200', 'new-one', 'y'), item('privacyspy', 'p', 'z')], frozen);
    expect(splits.get('gt200/a')).toBe('train');
    expect(splits.get('gt200/new-one')).toBe(splitByPosition('gt200', 'new-one'));
    expect(splits.get('privacyspy/p')).toBe('train');
  });

  it('puts at least 20% of each dealt source’s policies in test', () => {
    const { splits } = buildDataset();
    for (const source of ['gt200', 'reference']) {
      const mine = [...splits].filter(([id]) => id.startsWith(`${source}/`));
      expect(mine.filter(([, split]) => split === 'test').length / mine.length, source).toBeGreaterThanOrEqual(0.2);
    }
    expect(TEST_SHARE).toBeGreaterThanOrEqual(0.2);
  });
});

describe('one text, one split', () => {
  const dataset = buildDataset([
    item('gt200', 'train-policy', 'We share your data with partners.'),
    item('gt200', 'train-policy', 'Only in training.'),
    item('gt200', 'test-policy', 'We share your data with partners!'),
    item('gt200', 'test-policy', 'We share your data with partners.'),
  ]);
  it('counts a text once, in the strongest split it occurs in', () => {
    const all = dataset.documents.flat();
    const template = all.filter((i) => i.key === 'we share your data with partners');
    const counted = template.filter((i) => i.counted);
    expect(counted).toHaveLength(1);
    const strongest = ['test', 'dev', 'train'].find((s) => template.some((i) => i.split === s));
    expect(counted[0]?.split).toBe(strongest);
  });

  it('never trains on a text of a split it is not fitted on', () => {
    const { documents, splits } = buildDataset();
    const held = new Set(documents.filter((doc) => doc[0]!.split === 'test').flatMap((doc) => doc.map((i) => i.key)));
    const fitted = fittingDocuments({ documents, splits }, ['train', 'dev']).flat();
    expect(fitted.length).toBeGreaterThan(10_000);
    expect(fitted.filter((i) => held.has(i.key))).toEqual([]);
  });
});
