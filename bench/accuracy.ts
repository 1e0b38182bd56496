// Accuracy on the labelled corpus of the segmenter and the fact extractor (the
// classifier has its own section, bench/classifier.ts).
import type { FactKey } from '../src/core/types';
import { factAgreement, goldClauseFacts, loadGoldFacts, meanAgreement, pipelineFacts, type FieldAgreement } from '../src/eval/fact-agreement';
import { fixed, section, table } from './section';
import { segmentationAgreement } from './segment-eval';

export interface AccuracyResult {
  segmentation: { rate: number; exact: number; gold: number; policies: { policy: string; rate: number; exact: number; gold: number; predicted: number }[] };
  /** Per policy, per field: 1/0 for values, Jaccard for sets. */
  facts: Record<string, Record<FactKey, number>>;
  factsMean: Record<FactKey, number>;
  /** The same with the gold clause labels fed to the fact extractor: its own errors only. */
  factsMeanGoldClauses: Record<FactKey, number>;
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
  const segmentation = segmentationAgreement();
  return {
    segmentation: {
      rate: segmentation.rate,
      exact: segmentation.exact,
      gold: segmentation.gold,
      policies: segmentation.policies.map(({ policy, rate, exact, gold, predicted }) => ({ policy, rate, exact, gold, predicted })),
    },
    ...factResults(),
  };
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
  title: 'Segmentation and fact sheets on the labelled corpus',
  run: async () => measureAccuracy(),
  print: (result) => [...printSegmentation(result), ...printFacts(result)],
});
