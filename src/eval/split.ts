// Frozen splits: a seeded hash of an id decides, once, which split it belongs to.
// Nothing is tuned on the test split; see docs/classifier.md ("Discipline").

export type Split = 'train' | 'dev' | 'test';

/** Changing the seed re-deals every split: never do it after the first test figure is recorded. */
export const SPLIT_SEED = 'policy-lens/splits/v1';

/** 32-bit FNV-1a of `text`, as an unsigned integer. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** A stable position in [0, 1) for `id` within `group` (the data source). */
export function splitPosition(group: string, id: string): number {
  return fnv1a(`${SPLIT_SEED}:${group}:${id}`) / 2 ** 32;
}

/**
 * Deals `ids` into splits by their hashed position: the lowest `test` share (rounded up)
 * goes to test, the next `dev` share (rounded up) to dev, the rest to train.
 */
export function dealSplits(group: string, ids: readonly string[], test = 0.25, dev = 0.15): Map<string, Split> {
  const unique = [...new Set(ids)].sort((a, b) => splitPosition(group, a) - splitPosition(group, b) || (a < b ? -1 : 1));
  const nTest = Math.ceil(unique.length * test);
  const nDev = Math.ceil(unique.length * dev);
  return new Map(unique.map((id, i) => [id, i < nTest ? 'test' : i < nTest + nDev ? 'dev' : 'train']));
}
