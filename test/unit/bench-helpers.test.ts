import { describe, expect, it } from 'vitest';
import { baselineAnalyse, classifyByKeywords } from '../../bench/baseline';
import { against, kb, ms, table } from '../../bench/section';
import { syntheticPolicy } from '../../bench/synthetic';
import { median, quantile } from '../../bench/timing';

describe('timing statistics', () => {
  it.each([
    [[1, 2, 3], 0.5, 2],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9, 9],
    [[1, 2, 3, 4, 5], 0.9, 5],
    [[7], 0.9, 7],
    [[1, 2, 3], 0, 1],
  ])('quantile(%j, %s) = %s (nearest rank)', (sorted, q, expected) => {
    expect(quantile(sorted, q)).toBe(expected);
  });

  it.each([
    [[3], 3],
    [[1, 5], 3],
    [[1, 2, 10], 2],
    [[1, 2, 3, 100], 2.5],
  ])('median(%j) = %s', (sorted, expected) => {
    expect(median(sorted)).toBe(expected);
  });

  it('gives NaN, not a crash, for no samples', () => {
    expect(median([])).toBeNaN();
    expect(quantile([], 0.9)).toBeNaN();
  });
});

describe('syntheticPolicy', () => {
  it('is the same text on every call with the same seed and different with another', () => {
    expect(syntheticPolicy(20_000)).toBe(syntheticPolicy(20_000));
    expect(syntheticPolicy(20_000, 2)).not.toBe(syntheticPolicy(20_000, 1));
  });

  it.each([10_000, 200 * 1024])('reaches %i bytes without overshooting by more than a paragraph', (bytes) => {
    const size = Buffer.byteLength(syntheticPolicy(bytes));
    expect(size).toBeGreaterThanOrEqual(bytes);
    expect(size).toBeLessThan(bytes + 5_000);
  });

  it('has a title, numbered headings and paragraphs separated by blank lines', () => {
    const blocks = syntheticPolicy(5_000).split('\n\n');
    expect(blocks[0]).toBe('Privacy Policy');
    expect(blocks[1]).toBe('1. Section 1');
    expect(blocks.filter((b) => /^\d+\. Section \d+$/.test(b)).length).toBeGreaterThan(1);
  });
});

describe('keyword baseline', () => {
  it.each([
    ['We collect your name and address.', ['collection']],
    ['We may share your data with third parties.', ['sharing']],
    ['Records are kept for five years.', ['retention']],
    ['Data may be transferred to other countries.', ['transfer']],
    ['You have the right to ask us to correct it.', ['rights']],
    ['Contact us at the address below.', []],
  ])('%j → %j', (sentence, labels) => {
    expect(classifyByKeywords(sentence).labels).toEqual(labels);
  });

  it('splits on sentence punctuation and newlines, dropping empty pieces', () => {
    expect(baselineAnalyse('We collect cookies. You may opt out!\n\nThe end?')).toHaveLength(3);
  });
});

describe('bench formatting', () => {
  it.each([
    [0.034, '0.03'],
    [12.345, '12.3'],
    [1234.5, '1235'],
  ])('ms(%s) = %s', (value, expected) => {
    expect(ms(value)).toBe(expected);
  });

  it.each([
    [512, '0.5 KB'],
    [200 * 1024, '200 KB'],
  ])('kb(%s) = %s', (bytes, expected) => {
    expect(kb(bytes)).toBe(expected);
  });

  it.each([
    [0.91, 0.9, true, 'ok'],
    [0.89, 0.9, true, 'MISS'],
    [59, 60, false, 'ok'],
    [61, 60, false, 'MISS'],
  ])('against(%s, %s, higherIsBetter %s) = %s', (value, target, higher, expected) => {
    expect(against(value, target, higher)).toBe(expected);
  });

  it('left-aligns the first column and right-aligns the rest', () => {
    expect(table(['name', 'ms'], [['a', '1.5'], ['longer', '12']])).toEqual(['  name     ms', '  a       1.5', '  longer   12']);
  });
});
