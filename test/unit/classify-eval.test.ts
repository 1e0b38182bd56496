import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluateClassifier, loadLabelledItems, type LabelledItem } from '../../bench/classifier-eval';
import { classifyClauses } from '../../src/core/classify';
import { CATEGORIES, type Category, type ClauseClassification } from '../../src/core/types';

const HELDOUT = fileURLToPath(new URL('../fixtures/heldout-sentences.jsonl', import.meta.url));

function item(policy: string, text: string, labels: Category[], negated = false): LabelledItem {
  return { policy, n: 0, text, labels, negated, junk: false };
}

describe('evaluateClassifier', () => {
  // Gold vs predicted, worked out by hand:
  // collection tp=1 fp=1 fn=1 → P=R=F1=0.5; sharing tp=1 → 1; the rest have no items → 0.
  const items = [
    item('a', 'hit', ['collection']),
    item('a', 'negated hit', ['sharing'], true),
    item('b', 'false alarm', []),
    item('b', 'missed', ['collection']),
  ];
  const predictions: Record<string, ClauseClassification> = {
    hit: { labels: ['collection'], negated: false, reasons: [] },
    'negated hit': { labels: ['sharing'], negated: true, reasons: [] },
    'false alarm': { labels: ['collection'], negated: true, reasons: [] },
  };
  const fake = (clauses: { text: string }[]) =>
    clauses.map((clause) => predictions[clause.text] ?? { labels: [], negated: false, reasons: [] });

  it('computes per-category counts, precision, recall and F1', () => {
    const result = evaluateClassifier(items, fake);
    expect(result.categories.collection).toEqual({ precision: 0.5, recall: 0.5, f1: 0.5, tp: 1, fp: 1, fn: 1 });
    expect(result.categories.sharing).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    expect(result.macroF1).toBeCloseTo((0.5 + 1) / 5);
  });

  it('computes negation accuracy over labelled items and precision/recall over all', () => {
    const { negation } = evaluateClassifier(items, fake);
    expect(negation).toMatchObject({ items: 3, accuracy: 1, tp: 1, fp: 1, fn: 0, precision: 0.5, recall: 1 });
  });

  it('lists the items it got wrong', () => {
    const { errors } = evaluateClassifier(items, fake);
    expect(errors.map((e) => e.item.labels)).toEqual([[], ['collection']]);
  });

  it('rejects a file with a malformed line with a clear message', () => {
    expect(() => loadLabelledItems(fileURLToPath(new URL('./classify-eval.test.ts', import.meta.url)))).toThrow(/not valid JSON/);
  });
});

// The corpus and the held-out sentences are training data of the model (and the rules were
// written on them): these are regression checks, not accuracy figures. The accuracy floors on
// data nothing was tuned on are in classifier-quality.test.ts.
describe('classifier on its own training data', () => {
  it('still reads the labelled corpus right (test/fixtures/labels.jsonl)', () => {
    const items = loadLabelledItems();
    expect(items).toHaveLength(405);
    const result = evaluateClassifier(items, classifyClauses);
    expect(result.macroF1).toBeGreaterThanOrEqual(0.9);
    for (const category of CATEGORIES) expect(result.categories[category].f1, category).toBeGreaterThanOrEqual(0.8);
    expect(result.negation).toMatchObject({ accuracy: 1, fp: 0, fn: 0 });
  });

  it('still reads the held-out sentences right', () => {
    const items = loadLabelledItems(HELDOUT);
    expect(items.length).toBeGreaterThanOrEqual(60);
    const result = evaluateClassifier(items, classifyClauses);
    expect(result.macroF1).toBeGreaterThanOrEqual(0.85);
    expect(result.negation.accuracy).toBeGreaterThanOrEqual(0.95);
  });
});
