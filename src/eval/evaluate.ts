// Scores a document classifier on labelled documents: each item is segmented the
// way the pipeline segments text, classified in document order, and an item
// carries the union of its sentences' labels.
import { segmentClauses } from '../core/segment';
import { CATEGORIES, type Category, type Clause, type ClauseClassification } from '../core/types';
import type { LabelledItem } from './labelled';

export type DocumentClassifier = (clauses: Clause[]) => ClauseClassification[];

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

export interface Scores {
  items: number;
  categories: Record<Category, Prf>;
  macroF1: number;
  microF1: number;
  negation: Prf;
}

export interface Prediction {
  item: LabelledItem;
  predicted: { labels: Category[]; negated: boolean };
}

function ratio(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}

export function prf(tp: number, fp: number, fn: number): Prf {
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  return { precision, recall, f1: ratio(2 * precision * recall, precision + recall), tp, fp, fn };
}

/** The union of the labels of the sentences an item was split into; negated when every labelled sentence is. */
export function unionOf(parts: readonly ClauseClassification[]): { labels: Category[]; negated: boolean } {
  const labelled = parts.filter((p) => p.labels.length > 0);
  const labels = CATEGORIES.filter((c) => labelled.some((p) => p.labels.includes(c)));
  return { labels, negated: labelled.length > 0 && labelled.every((p) => p.negated) };
}

/** A document as the pipeline reads it: its items one per line, segmented; `owner[i]` is the item clause i came from. */
export function documentSentences(doc: readonly LabelledItem[]): { clauses: Clause[]; owner: number[] } {
  const lines = doc.map((item) => item.text.replace(/\s+/g, ' ').trim());
  const lineOf: number[] = [];
  lines.forEach((line, i) => {
    for (let k = 0; k <= line.length; k++) lineOf.push(i);
  });
  const clauses = segmentClauses(lines.join('\n'));
  return { clauses, owner: clauses.map((clause) => lineOf[clause.start] ?? 0) };
}

/** Classifies one document's items through the pipeline's segmenter. */
export function predictDocument(doc: readonly LabelledItem[], classify: DocumentClassifier): Prediction[] {
  const { clauses, owner } = documentSentences(doc);
  const results = classify(clauses);
  const parts: ClauseClassification[][] = doc.map(() => []);
  clauses.forEach((_, i) => parts[owner[i]!]?.push(results[i] as ClauseClassification));
  return doc.map((item, i) => ({ item, predicted: unionOf(parts[i] ?? []) }));
}

/** Per-category, macro and micro F1, and negation P/R/F1 (over all items), on the items whose labels are all known. */
export function scorePredictions(predictions: readonly Prediction[]): Scores {
  const full = predictions.filter((p) => p.item.known.length === CATEGORIES.length);
  let [tpAll, fpAll, fnAll] = [0, 0, 0];
  const categories = Object.fromEntries(
    CATEGORIES.map((c) => {
      let [tp, fp, fn] = [0, 0, 0];
      for (const { item, predicted } of full) {
        const gold = item.labels.includes(c);
        const got = predicted.labels.includes(c);
        if (gold && got) tp++;
        else if (got) fp++;
        else if (gold) fn++;
      }
      tpAll += tp;
      fpAll += fp;
      fnAll += fn;
      return [c, prf(tp, fp, fn)];
    }),
  ) as Record<Category, Prf>;
  let [tp, fp, fn] = [0, 0, 0];
  for (const { item, predicted } of full) {
    if (item.negated && predicted.negated) tp++;
    else if (predicted.negated) fp++;
    else if (item.negated) fn++;
  }
  return {
    items: full.length,
    categories,
    macroF1: CATEGORIES.reduce((sum, c) => sum + categories[c].f1, 0) / CATEGORIES.length,
    microF1: prf(tpAll, fpAll, fnAll).f1,
    negation: prf(tp, fp, fn),
  };
}
