// Scores a clause classifier against hand-labelled sentences
// (test/fixtures/labels.jsonl and the held-out set). `evaluateClassifier` is
// pure; `loadLabelledItems` is the only part that touches the file system.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CATEGORIES, type Category, type Clause, type ClauseClassification } from '../src/core/types';
import { prf, type Prf } from '../src/eval/evaluate';

export const DEFAULT_LABELS_PATH = fileURLToPath(new URL('../test/fixtures/labels.jsonl', import.meta.url));

export interface LabelledItem {
  policy: string;
  n: number;
  text: string;
  labels: Category[];
  negated: boolean;
  junk: boolean;
}

/** Classifies one document's clauses, in order (`classifyClauses` fits). */
export type ClassifyDocument = (clauses: Clause[]) => ClauseClassification[];

export type CategoryMetrics = Prf;

export interface NegationMetrics {
  /** Share of items with gold labels whose `negated` matches the gold one. */
  accuracy: number;
  /** Over `negated === true`, counted on every item. */
  precision: number;
  recall: number;
  tp: number;
  fp: number;
  fn: number;
  /** Items with gold labels (the accuracy denominator). */
  items: number;
}

export interface ClassifierEvaluation {
  items: number;
  categories: Record<Category, CategoryMetrics>;
  macroF1: number;
  negation: NegationMetrics;
  /** Items whose predicted labels or negation differ from the gold ones. */
  errors: { item: LabelledItem; predicted: ClauseClassification }[];
}

export function loadLabelledItems(path: string = DEFAULT_LABELS_PATH): LabelledItem[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => parseItem(line, `${path}:${i + 1}`));
}

function parseItem(line: string, where: string): LabelledItem {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    throw new Error(`${where}: not valid JSON`);
  }
  const item = raw as Partial<LabelledItem>;
  const labelsOk = Array.isArray(item.labels) && item.labels.every((l) => (CATEGORIES as readonly string[]).includes(l));
  if (typeof item.text !== 'string' || typeof item.policy !== 'string' || !labelsOk || typeof item.negated !== 'boolean') {
    throw new Error(`${where}: needs policy, text, labels (known categories) and negated`);
  }
  return { policy: item.policy, n: item.n ?? 0, text: item.text, labels: item.labels!, negated: item.negated, junk: item.junk ?? false };
}

/** Items grouped by policy, in order, as clauses with offsets into the space-joined text. */
function documents(items: LabelledItem[]): LabelledItem[][] {
  const byPolicy = new Map<string, LabelledItem[]>();
  for (const item of items) byPolicy.set(item.policy, [...(byPolicy.get(item.policy) ?? []), item]);
  return [...byPolicy.values()];
}

function asClauses(items: LabelledItem[]): Clause[] {
  let start = 0;
  return items.map((item, index) => {
    const clause = { index, text: item.text, start, end: start + item.text.length };
    start = clause.end + 1;
    return clause;
  });
}

function ratio(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}

const metrics = prf;

function sameLabels(a: Category[], b: Category[]): boolean {
  return a.length === b.length && a.every((label) => b.includes(label));
}

export function evaluateClassifier(items: LabelledItem[], classify: ClassifyDocument): ClassifierEvaluation {
  const pairs = documents(items).flatMap((doc) => {
    const predicted = classify(asClauses(doc));
    if (predicted.length !== doc.length) throw new Error(`classifier returned ${predicted.length} results for ${doc.length} clauses`);
    return doc.map((item, i) => ({ item, predicted: predicted[i] as ClauseClassification }));
  });
  const categories = Object.fromEntries(
    CATEGORIES.map((category) => {
      const count = (gold: boolean, got: boolean) =>
        pairs.filter((p) => p.item.labels.includes(category) === gold && p.predicted.labels.includes(category) === got).length;
      return [category, metrics(count(true, true), count(false, true), count(true, false))];
    }),
  ) as Record<Category, CategoryMetrics>;
  const macroF1 = CATEGORIES.reduce((sum, c) => sum + categories[c].f1, 0) / CATEGORIES.length;
  const labelled = pairs.filter((p) => p.item.labels.length > 0);
  const neg = (gold: boolean, got: boolean) => pairs.filter((p) => p.item.negated === gold && p.predicted.negated === got).length;
  const negationMetrics = metrics(neg(true, true), neg(false, true), neg(true, false));
  const negation: NegationMetrics = {
    accuracy: ratio(labelled.filter((p) => p.predicted.negated === p.item.negated).length, labelled.length),
    precision: negationMetrics.precision,
    recall: negationMetrics.recall,
    tp: negationMetrics.tp,
    fp: negationMetrics.fp,
    fn: negationMetrics.fn,
    items: labelled.length,
  };
  const errors = pairs.filter((p) => !sameLabels(p.item.labels, p.predicted.labels) || p.item.negated !== p.predicted.negated);
  return { items: pairs.length, categories, macroF1, negation, errors };
}
