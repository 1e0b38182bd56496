// Every labelled source dealt into frozen splits by document, with duplicate texts
// resolved so that no text sits in two splits (see docs/classifier.md, "Discipline").
import { CATEGORIES, type Category } from '../core/types';
import { documentsOf, loadSource, SOURCES, textKey, type LabelledItem, type Source } from './labelled';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { splitPosition, type Split } from './split';

/** Sources whose documents are dealt into train, dev and test; the others only train. */
export const SPLIT_SOURCES: readonly Source[] = ['gt200', 'reference'];
export const TEST_SHARE = 0.25;
export const DEV_SHARE = 0.15;

export interface DatasetItem extends LabelledItem {
  key: string;
  /** The split of its document. */
  split: Split;
  /** False when the same text belongs to a stronger split (test > dev > train): not counted here. */
  counted: boolean;
}

export interface Dataset {
  /** Every item, in document order, documents grouped. */
  documents: DatasetItem[][];
  /** The split each document was dealt to, by `source/policy`. */
  splits: Map<string, Split>;
}

const STRENGTH: Record<Split, number> = { train: 0, dev: 1, test: 2 };

const SPLITS_FILE = fileURLToPath(new URL('../../data/splits.json', import.meta.url));

/** The splits frozen in data/splits.json: source → policy → split. */
export function frozenSplits(): Record<string, Record<string, Split>> {
  return (JSON.parse(readFileSync(SPLITS_FILE, 'utf8')) as { documents: Record<string, Record<string, Split>> }).documents;
}

/** A policy not in the frozen table takes the split its hash position falls in. */
export function splitByPosition(source: Source, policy: string): Split {
  const at = splitPosition(source, policy);
  return at < TEST_SHARE ? 'test' : at < TEST_SHARE + DEV_SHARE ? 'dev' : 'train';
}

export function documentSplits(items: readonly LabelledItem[], frozen = frozenSplits()): Map<string, Split> {
  const out = new Map<string, Split>();
  for (const { source, policy } of items) {
    const id = `${source}/${policy}`;
    if (out.has(id)) continue;
    const split = SPLIT_SOURCES.includes(source) ? (frozen[source]?.[policy] ?? splitByPosition(source, policy)) : 'train';
    out.set(id, split);
  }
  return out;
}

/** Builds the dataset from the given items (default: every source on disk). */
export function buildDataset(items: readonly LabelledItem[] = SOURCES.flatMap(loadSource)): Dataset {
  const splits = documentSplits(items);
  const strongest = new Map<string, Split>();
  const keyed = items.map((item) => {
    const split = splits.get(`${item.source}/${item.policy}`) ?? 'train';
    const key = textKey(item.text);
    const seen = strongest.get(key);
    if (!seen || STRENGTH[split] > STRENGTH[seen]) strongest.set(key, split);
    return { ...item, key, split };
  });
  const counted = new Set<string>();
  const withCounted = keyed.map((item) => {
    const id = `${item.split}/${item.key}`;
    const isCounted = item.key !== '' && strongest.get(item.key) === item.split && !counted.has(id);
    if (isCounted) counted.add(id);
    return { ...item, counted: isCounted };
  });
  return { documents: documentsOf(withCounted) as DatasetItem[][], splits };
}

/** Majority labels over the copies of one text (ties count as present). */
export function majorityLabels(copies: readonly LabelledItem[]): { labels: Category[]; negated: boolean } {
  const half = copies.length / 2;
  const labels = CATEGORIES.filter((c) => copies.filter((i) => i.labels.includes(c)).length >= half);
  const negated = labels.length > 0 && copies.filter((i) => i.negated).length >= half;
  return { labels, negated };
}
