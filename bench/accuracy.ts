// Accuracy on the labelled corpus, from the evaluation modules of the
// classifier, segmenter and fact extractor, each number next to its target.
import { classifyClauses } from '../src/core/classify';
import { CATEGORIES, type Category, type FactKey } from '../src/core/types';
import { classifyByKeywords } from './baseline';
import { evaluateClassifier, loadLabelledItems, type ClassifierEvaluation } from './classifier-eval';
import { factAgreement, goldClauseFacts, loadGoldFacts, meanAgreement, pipelineFacts, type FieldAgreement } from './facts-agreement';
import { against, fixed, section, table } from './section';
import { segmentationAgreement } from './segment-eval';

export const TARGETS = { macroF1: 0.9, categoryF1: 0.8 } as const;

interface ClassifierSummary {
  items: number;
  macroF1: number;
  categories: Record<Category, { precision: number; recall: number; f1: number }>;
  negation: { accuracy: number; precision: number; recall: number; items: number };
}

export interface AccuracyResult {
  targets: typeof TARGETS;
  classifier: ClassifierSummary;
  keywordBaseline: ClassifierSummary;
  segmentation: { rate: number; exact: number; gold: number; policies: { policy: string; rate: number; exact: number; gold: number; predicted: number }[] };
  /** Per policy, per field: 1/0 for values, Jaccard for sets. */
  facts: Record<string, Record<FactKey, number>>;
  factsMean: Record<FactKey, number>;
  /** The same with the gold clause labels fed to the fact extractor: its own errors only. */
  factsMeanGoldClauses: Record<FactKey, number>;
}

function summarise(evaluation: ClassifierEvaluation): ClassifierSummary {
  const { items, macroF1, negation } = evaluation;
  const categories = Object.fromEntries(
    CATEGORIES.map((c) => {
      const { precision, recall, f1 } = evaluation.categories[c];
      return [c, { precision, recall, f1 }];
    }),
  ) as ClassifierSummary['categories'];
  return { items, macroF1, categories, negation: { accuracy: negation.accuracy, precision: negation.precision, recall: negation.recall, items: negation.items } };
}

function fieldScore(agreement: FieldAgreement): number {
  return agreement.kind === 'set' ? agreement.jaccard : agreement.agree ? 1 : 0;
}

function factResults(): Pick<AccuracyResult, 'facts' | 'factsMean' | 'factsMeanGoldClauses'> {
  const gold = loadGoldFacts();
  const ids = Object.keys(gold);
  const pipeline = ids.map((id) => factAgreement(pipelineFacts(id), gold[id]!));
  const goldClauses = ids.map((id) => factAgreement(goldClauseFacts(id), gold[id]!));
  const facts = Object.fromEntries(
    ids.map((id, i) => [id, Object.fromEntries(Object.entries(pipeline[i]!).map(([key, a]) => [key, fieldScore(a)]))]),
  ) as AccuracyResult['facts'];
  return { facts, factsMean: meanAgreement(pipeline), factsMeanGoldClauses: meanAgreement(goldClauses) };
}

function measureAccuracy(): AccuracyResult {
  const items = loadLabelledItems();
  const segmentation = segmentationAgreement();
  return {
    targets: TARGETS,
    classifier: summarise(evaluateClassifier(items, classifyClauses)),
    keywordBaseline: summarise(evaluateClassifier(items, (clauses) => clauses.map((c) => classifyByKeywords(c.text)))),
    segmentation: {
      rate: segmentation.rate,
      exact: segmentation.exact,
      gold: segmentation.gold,
      policies: segmentation.policies.map(({ policy, rate, exact, gold, predicted }) => ({ policy, rate, exact, gold, predicted })),
    },
    ...factResults(),
  };
}

function printClassifier(result: AccuracyResult): string[] {
  const { classifier: c, keywordBaseline: b } = result;
  const rows = CATEGORIES.map((cat) => {
    const m = c.categories[cat];
    return [cat, fixed(m.precision), fixed(m.recall), fixed(m.f1), `>= ${TARGETS.categoryF1}`, against(m.f1, TARGETS.categoryF1), fixed(b.categories[cat].f1)];
  });
  rows.push(['macro-F1', '', '', fixed(c.macroF1), `>= ${TARGETS.macroF1}`, against(c.macroF1, TARGETS.macroF1), fixed(b.macroF1)]);
  return [
    `Classifier on ${c.items} labelled sentences (keyword-regex baseline F1 for contrast):`,
    ...table(['category', 'P', 'R', 'F1', 'target', '', 'baseline F1'], rows),
    `  negation: accuracy ${fixed(c.negation.accuracy)} on ${c.negation.items} labelled items, precision ${fixed(c.negation.precision)}, recall ${fixed(c.negation.recall)}`,
  ];
}

function printSegmentation(result: AccuracyResult): string[] {
  const s = result.segmentation;
  return [
    '',
    `Segmentation: ${s.exact}/${s.gold} gold sentences reproduced exactly (${fixed(s.rate * 100, 1)}%)`,
    ...table(
      ['policy', 'exact', 'gold', 'predicted', 'rate'],
      s.policies.map((p) => [p.policy, String(p.exact), String(p.gold), String(p.predicted), `${fixed(p.rate * 100, 1)}%`]),
    ),
  ];
}

function printFacts(result: AccuracyResult): string[] {
  const ids = Object.keys(result.facts);
  const keys = Object.keys(result.factsMean) as FactKey[];
  const rows = keys.map((key) => [key, ...ids.map((id) => fixed(result.facts[id]![key])), fixed(result.factsMean[key]), fixed(result.factsMeanGoldClauses[key])]);
  return [
    '',
    'Fact sheets against the hand-read ones (1/0 per value, Jaccard per set; "gold clauses" = extractor fed the gold labels):',
    ...table(['field', ...ids, 'mean', 'gold clauses'], rows),
  ];
}

export const accuracySection = section<AccuracyResult>({
  id: 'accuracy',
  title: 'Accuracy on the labelled corpus',
  run: async () => measureAccuracy(),
  print: (result) => [...printClassifier(result), ...printSegmentation(result), ...printFacts(result)],
});
