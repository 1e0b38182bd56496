// Per-category thresholds chosen on the dev split: the one that maximises F1
// over dev items (an item is positive when any of its sentences scores over it).
import { prf } from '../eval/evaluate';

export interface ScoredItem {
  /** Highest score of the item's sentences. */
  score: number;
  gold: boolean;
}

const CANDIDATES = Array.from({ length: 91 }, (_, i) => 0.05 + i * 0.01);

export function bestThreshold(items: readonly ScoredItem[]): { threshold: number; f1: number } {
  let best = { threshold: 0.5, f1: -1 };
  for (const t of CANDIDATES) {
    let [tp, fp, fn] = [0, 0, 0];
    for (const { score, gold } of items) {
      const got = score >= t;
      if (gold && got) tp++;
      else if (got) fp++;
      else if (gold) fn++;
    }
    const { f1 } = prf(tp, fp, fn);
    if (f1 > best.f1 + 1e-9) best = { threshold: Number(t.toFixed(2)), f1 };
  }
  return best;
}
