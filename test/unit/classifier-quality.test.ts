// Accuracy floors on the frozen test split (docs/classifier.md, "Discipline"): GT200 and our
// reference labels, policies dealt by a seeded hash, nothing tuned on them. The floors sit a
// little under the figures `npm run bench` prints, so a model that gets worse fails here.
import { beforeAll, describe, expect, it } from 'vitest';
import { classifyClauses, classifyClausesByRules } from '../../src/core/classify';
import { CATEGORIES } from '../../src/core/types';
import { buildDataset, type Dataset } from '../../src/eval/dataset';
import type { Scores } from '../../src/eval/evaluate';
import { classifyByKeywords } from '../../src/eval/keyword-baseline';
import { scoreSplit } from '../../src/eval/splits-eval';

export const FLOORS = { macroF1: 0.75, aboveRules: 0.05, aboveKeywords: 0.05, category: 0.6 } as const;

let dataset: Dataset;
let model: Scores;
let rules: Scores;
let keywords: Scores;

beforeAll(() => {
  dataset = buildDataset();
  const sources = ['gt200', 'reference'] as const;
  model = scoreSplit(dataset, 'test', classifyClauses, sources);
  rules = scoreSplit(dataset, 'test', classifyClausesByRules, sources);
  keywords = scoreSplit(dataset, 'test', (clauses) => clauses.map((c) => classifyByKeywords(c.text)), sources);
}, 120_000);

describe('classifier on the frozen test split', () => {
  it('is scored on thousands of distinct items from both sources', () => {
    expect(model.items).toBeGreaterThan(15000);
  });

  it(`reaches macro-F1 ${FLOORS.macroF1}`, () => {
    expect(model.macroF1).toBeGreaterThanOrEqual(FLOORS.macroF1);
  });

  it(`beats the rule classifier and the keyword baseline by ${FLOORS.aboveRules} or more`, () => {
    expect(model.macroF1 - rules.macroF1).toBeGreaterThanOrEqual(FLOORS.aboveRules);
    expect(model.macroF1 - keywords.macroF1).toBeGreaterThanOrEqual(FLOORS.aboveKeywords);
  });

  it.each(CATEGORIES)(`keeps %s at F1 ${FLOORS.category} or more`, (category) => {
    expect(model.categories[category].f1).toBeGreaterThanOrEqual(FLOORS.category);
  });

  it('marks denials more precisely than the rules do', () => {
    expect(model.negation.precision).toBeGreaterThan(rules.negation.precision);
  });
});
