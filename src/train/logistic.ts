// Multi-head logistic regression over hashed binary features, trained with
// AdaGrad and L2, in a seeded order: the same data gives the same weights.
import type { Examples } from './examples';
import { seededRandom } from './seeded-random';

export interface TrainSettings {
  buckets: number;
  heads: number;
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
  /** Weight of positive examples per head, to counter rare labels. */
  positiveWeight: number[];
}

export interface TrainedHeads {
  weights: Float32Array[];
  biases: Float64Array;
}

function shuffled(count: number, random: () => number): Uint32Array {
  const order = Uint32Array.from({ length: count }, (_, i) => i);
  for (let i = count - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

export function trainHeads(examples: Examples, s: TrainSettings): TrainedHeads {
  const weights = Array.from({ length: s.heads }, () => new Float32Array(s.buckets));
  const squares = Array.from({ length: s.heads }, () => new Float32Array(s.buckets).fill(1e-6));
  const biases = new Float64Array(s.heads);
  const biasSquares = new Float64Array(s.heads).fill(1e-6);
  const random = seededRandom(s.seed);
  for (let epoch = 0; epoch < s.epochs; epoch++) {
    for (const i of shuffled(examples.count, random)) {
      const from = examples.offsets[i]!;
      const to = examples.offsets[i + 1]!;
      const targets = examples.targets[i]!;
      for (let h = 0; h < s.heads; h++) {
        const y = targets[h]!;
        if (y < 0) continue;
        const w = weights[h]!;
        let z = biases[h]!;
        for (let k = from; k < to; k++) z += w[examples.buckets[k]!]!;
        const p = 1 / (1 + Math.exp(-z));
        const g = (p - y) * examples.weights[i]! * (y === 1 ? s.positiveWeight[h]! : 1);
        const sq = squares[h]!;
        for (let k = from; k < to; k++) {
          const b = examples.buckets[k]!;
          const grad = g + s.l2 * w[b]!;
          sq[b] = sq[b]! + grad * grad;
          w[b] = w[b]! - (s.learningRate * grad) / Math.sqrt(sq[b]!);
        }
        biasSquares[h] = biasSquares[h]! + g * g;
        biases[h] = biases[h]! - (s.learningRate * g) / Math.sqrt(biasSquares[h]!);
      }
    }
  }
  return { weights, biases };
}
