// Labelled documents → training examples: the clause features the classifier
// computes at run time (same context, same rule hits), hashed into buckets.
import { capClause, clauseFeatureLists } from '../core/classify';
import { bucketsOf, HEADS } from '../core/classify/model';
import { CATEGORIES } from '../core/types';
import type { DatasetItem } from '../eval/dataset';
import { majorityLabels } from '../eval/dataset';
import type { Source } from '../eval/labelled';

/** Target per head: 1, 0, or -1 when unknown (masked out of the loss). */
export type Targets = Int8Array;

export interface Examples {
  /** Feature buckets of example i are buckets[offsets[i] .. offsets[i+1]). */
  buckets: Uint32Array;
  offsets: Uint32Array;
  targets: Targets[];
  weights: Float32Array;
  count: number;
}

/** Every item's feature names, computed over its whole document (for context and list inheritance). */
export function documentFeatures(doc: readonly DatasetItem[]): string[][] {
  return clauseFeatureLists(doc.map((item) => capClause(item.text.replace(/\s+/g, ' ').trim())));
}

function targetsOf(item: DatasetItem, labels: readonly string[], negated: boolean): Targets {
  const t = new Int8Array(HEADS.length);
  CATEGORIES.forEach((c, h) => {
    t[h] = item.known.includes(c) ? (labels.includes(c) ? 1 : 0) : -1;
  });
  t[CATEGORIES.length] = labels.length > 0 ? (negated ? 1 : 0) : -1;
  return t;
}

/**
 * One example per distinct text of the chosen split (copies of a template passage
 * count once, with their majority labels), weighted by source.
 */
export function buildExamples(
  documents: readonly DatasetItem[][],
  features: ReadonlyMap<DatasetItem, string[]>,
  bucketCount: number,
  sourceWeight: Record<Source, number>,
  split: DatasetItem['split'] = 'train',
): Examples {
  const copies = new Map<string, DatasetItem[]>();
  for (const doc of documents) {
    for (const item of doc) {
      if (item.split !== split || item.key === '') continue;
      const list = copies.get(item.key);
      if (list) list.push(item);
      else copies.set(item.key, [item]);
    }
  }
  const buckets: number[] = [];
  const offsets: number[] = [0];
  const targets: Targets[] = [];
  const weights: number[] = [];
  for (const list of copies.values()) {
    const first = list.find((i) => i.counted) ?? list[0]!;
    if (!first.counted) continue;
    const { labels, negated } = list.length > 1 ? majorityLabels(list) : first;
    for (const b of bucketsOf(features.get(first) ?? [], bucketCount)) buckets.push(b);
    offsets.push(buckets.length);
    targets.push(targetsOf(first, labels, negated));
    weights.push(sourceWeight[first.source]);
  }
  return {
    buckets: Uint32Array.from(buckets),
    offsets: Uint32Array.from(offsets),
    targets,
    weights: Float32Array.from(weights),
    count: targets.length,
  };
}
