// `npm run train`: builds the clause model from the labelled data in the repo and
// writes src/data/model.json. Deterministic: the same data and settings give the
// same file, which a test checks (test/unit/model-staleness.test.ts).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { clauseFeatureLists } from '../core/classify';
import { bucketsOf, encodeBase64, featureHash, headScores, HEADS, loadModel, type ClauseModel, type StoredModel } from '../core/classify/model';
import { CATEGORIES } from '../core/types';
import { buildDataset, SPLIT_SOURCES, type Dataset, type DatasetItem } from '../eval/dataset';
import { fnv1a, SPLIT_SEED, type Split } from '../eval/split';
import type { Source } from '../eval/labelled';
import { documentSentences } from '../eval/evaluate';
import { textKey } from '../eval/labelled';
import { segmentClauses } from '../core/segment';
import { deniesAPractice } from '../core/statements/extract';
import { buildExamples, documentFeatures, type Examples } from './examples';
import { trainHeads, type TrainSettings, type TrainedHeads } from './logistic';
import { bestThreshold, type ScoredItem } from './thresholds';

export const MODEL_FILE = fileURLToPath(new URL('../data/model.json', import.meta.url));

/** Chosen on the dev split (docs/classifier.md lists what was tried). */
export const SETTINGS = {
  bucketBits: 18,
  epochs: 8,
  learningRate: 0.1,
  l2: 1e-6,
  seed: 20261129,
  minCount: 6,
  folds: 5,
  positiveWeight: [1, 1, 1, 1, 1, 1],
  sourceWeight: { corpus: 2, heldout: 2, reference: 2, gt200: 1, privacyspy: 1 } as Record<Source, number>,
};

export interface OutOfFoldItem {
  gold: DatasetItem;
  /** Highest score per head over the item's sentences. */
  scores: number[];
}

export interface TrainResult {
  stored: StoredModel;
  /** Thresholds and F1 per head chosen on the out-of-fold scores, and those scores. */
  crossValidation: { thresholds: Record<string, number>; f1: Record<string, number>; outOfFold: OutOfFoldItem[] };
}

function itemFeatures(documents: readonly DatasetItem[][]): Map<DatasetItem, string[]> {
  const out = new Map<DatasetItem, string[]>();
  for (const doc of documents) documentFeatures(doc).forEach((features, i) => out.set(doc[i]!, features));
  return out;
}

/** Texts of the items (and their sentences) in splits the model is not fitted on: never trained on. */
function heldOutKeys(dataset: Dataset, fitOn: readonly Split[]): Set<string> {
  const keys = new Set<string>();
  for (const doc of dataset.documents) {
    if (fitOn.includes(doc[0]!.split)) continue;
    for (const item of doc) {
      keys.add(item.key);
      for (const sentence of segmentClauses(item.text)) keys.add(textKey(sentence.text));
    }
  }
  return keys;
}

/** The documents the model is fitted on, less any text that also occurs (whole or as a sentence) in a held-out split. */
export function fittingDocuments(dataset: Dataset, fitOn: readonly Split[]): DatasetItem[][] {
  const held = heldOutKeys(dataset, fitOn);
  return dataset.documents.filter((doc) => fitOn.includes(doc[0]!.split)).map((doc) => doc.filter((item) => !held.has(item.key)));
}

/** Cross-validation fold of a document; documents of sources that are not dealt into splits are always trained on. */
function foldOf(doc: readonly DatasetItem[]): number {
  const first = doc[0]!;
  return SPLIT_SOURCES.includes(first.source) ? fnv1a(`${SPLIT_SEED}:folds:${first.source}:${first.policy}`) % SETTINGS.folds : -1;
}

/** Zeroes the weights of buckets seen in fewer than `minCount` training examples: they carry little and cost space. */
function pruneRare(trained: TrainedHeads, examples: Examples, minCount: number): TrainedHeads {
  const counts = new Uint32Array(trained.weights[0]!.length);
  for (const b of examples.buckets) counts[b] = counts[b]! + 1;
  for (const w of trained.weights) for (let i = 0; i < w.length; i++) if (counts[i]! < minCount) w[i] = 0;
  return trained;
}

function quantise(trained: TrainedHeads, buckets: number, thresholds: number[], version: string): StoredModel {
  const bytes = new Int8Array(buckets * HEADS.length);
  const heads = HEADS.map((name, h) => {
    const w = trained.weights[h]!;
    let max = 0;
    for (const v of w) max = Math.max(max, Math.abs(v));
    const scale = max === 0 ? 1 : max / 127;
    for (let i = 0; i < buckets; i++) bytes[h * buckets + i] = Math.round(w[i]! / scale);
    return { name, bias: Number(trained.biases[h]!.toFixed(6)), scale: Number(scale.toPrecision(8)), threshold: thresholds[h]! };
  });
  return { format: 1, version, buckets, heads, weights: encodeBase64(new Uint8Array(bytes.buffer)) };
}

/**
 * Items with the highest sentence score per head, read through the pipeline's segmenter. The
 * negation head counts only in sentences the polarity module reads as a denial, as at run time
 * (a clause is negated when both say so), so its threshold is chosen for the two together.
 */
function scoreDocuments(documents: readonly DatasetItem[][], model: ClauseModel): OutOfFoldItem[] {
  const out: OutOfFoldItem[] = [];
  for (const doc of documents) {
    const { clauses, owner } = documentSentences(doc);
    const features = clauseFeatureLists(clauses.map((c) => c.text));
    const best = doc.map(() => HEADS.map(() => 0));
    features.forEach((names, i) => {
      if (names.length === 0) return;
      const s = headScores(model, bucketsOf(names, model.buckets));
      const denies = deniesAPractice(clauses[i]!.text);
      HEADS.forEach((h, k) => {
        const row = best[owner[i]!]!;
        if (h !== 'negated' || denies) row[k] = Math.max(row[k]!, s[h]);
      });
    });
    doc.forEach((item, i) => {
      if (item.counted && item.known.length === CATEGORIES.length) out.push({ gold: item, scores: best[i]! });
    });
  }
  return out;
}

/** Fits the heads on `documents`, whose features (a document's depend on it alone) are computed once by the caller. */
function fit(documents: readonly DatasetItem[][], features: ReadonlyMap<DatasetItem, string[]>): TrainedHeads & { examples: number } {
  const buckets = 2 ** SETTINGS.bucketBits;
  const examples = buildExamples(documents, features, buckets, SETTINGS.sourceWeight);
  const settings: TrainSettings = { buckets, heads: HEADS.length, epochs: SETTINGS.epochs, learningRate: SETTINGS.learningRate, l2: SETTINGS.l2, seed: SETTINGS.seed, positiveWeight: SETTINGS.positiveWeight };
  return { ...pruneRare(trainHeads(examples, settings), examples, SETTINGS.minCount), examples: examples.count };
}

/** Per-category thresholds that maximise F1 over the scored items, then the negation threshold over items given a label. */
function chooseThresholds(scored: OutOfFoldItem[]): { thresholds: number[]; f1: Record<string, number> } {
  const thresholds: number[] = [];
  const f1: Record<string, number> = {};
  CATEGORIES.forEach((c, k) => {
    const best = bestThreshold(scored.map(({ gold, scores }) => ({ score: scores[k]!, gold: gold.labels.includes(c) })));
    thresholds.push(best.threshold);
    f1[c] = best.f1;
  });
  const negItems: ScoredItem[] = scored
    .filter(({ scores }) => CATEGORIES.some((_, k) => scores[k]! >= thresholds[k]!))
    .map(({ gold, scores }) => ({ score: scores[CATEGORIES.length]!, gold: gold.negated }));
  const neg = bestThreshold(negItems);
  thresholds.push(neg.threshold);
  f1.negated = neg.f1;
  return { thresholds, f1 };
}

/**
 * Fits the model on the `fitOn` splits. Thresholds come from cross-validation over those
 * splits' policies: each fold is scored by a model fitted without it, and each category's
 * threshold maximises F1 over all the out-of-fold scores (GT200 and our labels pooled).
 */
export function train(dataset: Dataset = buildDataset(), fitOn: readonly Split[] = ['train', 'dev'], crossValidate = true): TrainResult {
  const buckets = 2 ** SETTINGS.bucketBits;
  const documents = fittingDocuments(dataset, fitOn);
  const folds = documents.map(foldOf);
  const features = itemFeatures(documents);
  const outOfFold: OutOfFoldItem[] = [];
  for (let k = 0; crossValidate && k < SETTINGS.folds; k++) {
    const trained = fit(documents.filter((_, i) => folds[i] !== k), features);
    const model = loadModel(quantise(trained, buckets, HEADS.map(() => 0.5), 'fold'));
    outOfFold.push(...scoreDocuments(documents.filter((_, i) => folds[i] === k), model));
  }
  const { thresholds, f1 } = crossValidate ? chooseThresholds(outOfFold) : { thresholds: HEADS.map(() => 0.5), f1: {} };
  const final = fit(documents, features);
  const training = { splits: [...fitOn], examples: final.examples, crossValidatedF1: Object.fromEntries(Object.entries(f1).map(([k, v]) => [k, Number(v.toFixed(4))])) };
  const withoutVersion = { ...quantise(final, buckets, thresholds, ''), training };
  const version = featureHash(JSON.stringify(withoutVersion)).toString(16).padStart(8, '0');
  return {
    stored: { ...withoutVersion, version },
    crossValidation: { thresholds: Object.fromEntries(HEADS.map((h, i) => [h, thresholds[i]!])), f1, outOfFold },
  };
}

/** Readable JSON, with the one long weights string last. */
export function serialiseModel(stored: StoredModel): string {
  const { weights, ...rest } = stored;
  return `${JSON.stringify({ ...rest, weights: '' }, null, 1).replace('"weights": ""', `"weights": "${weights}"`)}\n`;
}

function main(): void {
  const started = Date.now();
  const result = train();
  writeFileSync(MODEL_FILE, serialiseModel(result.stored));
  console.log(`Wrote ${MODEL_FILE} (model ${result.stored.version}) in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  console.log('Cross-validated over the train and dev policies (thresholds chosen here):');
  for (const h of HEADS) console.log(`  ${h.padEnd(10)} threshold ${result.crossValidation.thresholds[h]!.toFixed(2)}  F1 ${result.crossValidation.f1[h]!.toFixed(3)}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
