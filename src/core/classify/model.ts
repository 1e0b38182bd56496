// The trained clause model: one logistic head per category plus a negation head
// over hashed features (src/train builds it; src/data/model.json holds it).
import { CATEGORIES, type Category } from '../types';
import { featureHash } from './features';

export const HEADS = [...CATEGORIES, 'negated'] as const;
export type HeadName = (typeof HEADS)[number];

/** The model as stored: int8 weights (base64), one block of `buckets` per head. */
export interface StoredModel {
  format: 1;
  /** Hash of the training data, features and settings: part of the analyser version. */
  version: string;
  buckets: number;
  heads: { name: HeadName; bias: number; scale: number; threshold: number }[];
  /** What it was fitted on, and its cross-validated F1 per head (out-of-fold, at the chosen thresholds). */
  training?: { splits: string[]; examples: number; crossValidatedF1: Record<string, number> };
  weights: string;
}

export interface Head {
  name: HeadName;
  bias: number;
  threshold: number;
  weights: Float32Array;
}

export interface ClauseModel {
  version: string;
  buckets: number;
  heads: Record<HeadName, Head>;
}

export { featureHash };

export function bucketOf(name: string, buckets: number): number {
  return featureHash(name) & (buckets - 1);
}

/** The distinct buckets of some feature names (two names in one bucket count once, as when classifying). */
export function bucketsOf(names: readonly string[], buckets: number): number[] {
  return [...new Set(names.map((name) => bucketOf(name, buckets)))];
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function encodeBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a, b, c] = [bytes[i] ?? 0, bytes[i + 1] ?? 0, bytes[i + 2] ?? 0];
    const n = (a << 16) | (b << 8) | c;
    out += BASE64[(n >> 18) & 63]! + BASE64[(n >> 12) & 63]!;
    out += i + 1 < bytes.length ? BASE64[(n >> 6) & 63]! : '=';
    out += i + 2 < bytes.length ? BASE64[n & 63]! : '=';
  }
  return out;
}

export function decodeBase64(text: string): Uint8Array {
  const clean = text.replace(/=+$/, '');
  const bytes = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let at = 0;
  for (let i = 0; i < clean.length; i++) {
    value = (value << 6) | BASE64.indexOf(clean[i]!);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[at++] = (value >> bits) & 255;
    }
  }
  return bytes;
}

/** Turns the stored int8 weights back into floats. */
export function loadModel(stored: StoredModel): ClauseModel {
  const bytes = new Int8Array(decodeBase64(stored.weights).buffer);
  const heads = {} as Record<HeadName, Head>;
  stored.heads.forEach((head, h) => {
    const weights = new Float32Array(stored.buckets);
    const block = bytes.subarray(h * stored.buckets, (h + 1) * stored.buckets);
    for (let i = 0; i < block.length; i++) weights[i] = (block[i] as number) * head.scale;
    heads[head.name] = { name: head.name, bias: head.bias, threshold: head.threshold, weights };
  });
  return { version: stored.version, buckets: stored.buckets, heads };
}

function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** Probability of each head for one clause's feature buckets. */
export function headScores(model: ClauseModel, buckets: readonly number[]): Record<HeadName, number> {
  const out = {} as Record<HeadName, number>;
  for (const name of HEADS) {
    const head = model.heads[name];
    let z = head.bias;
    for (const b of buckets) z += head.weights[b] as number;
    out[name] = sigmoid(z);
  }
  return out;
}

/** What one feature added to a head's score. */
export interface Contribution {
  feature: string;
  weight: number;
}

/** The features that pushed `head` up the most, strongest first. */
export function strongestFeatures(model: ClauseModel, head: Category | 'negated', features: readonly string[], limit: number): Contribution[] {
  const weights = model.heads[head].weights;
  return features
    .map((feature) => ({ feature, weight: weights[bucketOf(feature, model.buckets)] as number }))
    .filter((c) => c.weight > 0)
    .sort((a, b) => b.weight - a.weight || (a.feature < b.feature ? -1 : 1))
    .slice(0, limit);
}
