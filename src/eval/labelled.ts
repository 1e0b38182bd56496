// Labelled text from every source, in one shape: the corpus, the held-out
// sentences, our labels of reference policies, GDPR-Transparency-200 and PrivacySpy.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CATEGORIES, type Category } from '../core/types';

export const SOURCES = ['corpus', 'heldout', 'reference', 'gt200', 'privacyspy'] as const;
export type Source = (typeof SOURCES)[number];

export interface LabelledItem {
  source: Source;
  /** The document it comes from: the unit that splits are dealt by. */
  policy: string;
  /** Position in its document. */
  n: number;
  text: string;
  labels: Category[];
  /** Categories whose presence or absence is known (PrivacySpy's labels are partial). */
  known: readonly Category[];
  negated: boolean;
  junk: boolean;
  /** GT200 only: the original GDPR Art. 13/14 span annotations (for the checklist evaluation). */
  spans?: { requirement: string; value: string; performed: boolean }[];
}

const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

export const DATA_PATHS = {
  corpus: root('test/fixtures/labels.jsonl'),
  heldout: root('test/fixtures/heldout-sentences.jsonl'),
  reference: root('data/reference-labels'),
  gt200: root('data/training/gt200.jsonl'),
  privacyspy: root('data/training/privacyspy.jsonl'),
  privacyspyOverlap: root('data/training/privacyspy-overlap.json'),
} as const;

export function readJsonl(path: string): Record<string, unknown>[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      try {
        return JSON.parse(line) as Record<string, unknown>;
      } catch {
        throw new Error(`${path}:${i + 1}: not valid JSON`);
      }
    });
}

function categories(value: unknown, where: string): Category[] {
  if (!Array.isArray(value) || !value.every((l) => (CATEGORIES as readonly string[]).includes(l as string))) {
    throw new Error(`${where}: labels must be a list of ${CATEGORIES.join(', ')}`);
  }
  return CATEGORIES.filter((c) => value.includes(c));
}

function item(source: Source, row: Record<string, unknown>, where: string, policyKey = 'policy'): LabelledItem {
  const policy = row[policyKey];
  if (typeof row.text !== 'string' || typeof policy !== 'string' || typeof row.negated !== 'boolean') {
    throw new Error(`${where}: needs ${policyKey}, text and negated`);
  }
  const labels = categories(row.labels, where);
  return { source, policy, n: typeof row.n === 'number' ? row.n : 0, text: row.text, labels, known: CATEGORIES, negated: row.negated, junk: row.junk === true };
}

function fromJsonl(source: Source, path: string, policyKey = 'policy'): LabelledItem[] {
  return readJsonl(path).map((row, i) => item(source, row, `${path}:${i + 1}`, policyKey));
}

/** PrivacySpy products whose policy is also in the reference set: kept out of training. */
export function privacySpyOverlap(): Set<string> {
  const { products } = JSON.parse(readFileSync(DATA_PATHS.privacyspyOverlap, 'utf8')) as { products: Record<string, string> };
  return new Set(Object.keys(products));
}

/**
 * PrivacySpy rows are labelled for the one question they were cited for: a label that is
 * present is known, an absent one is unknown, except in `[]` rows, tested for all five.
 */
function privacySpy(): LabelledItem[] {
  const overlap = privacySpyOverlap();
  return fromJsonl('privacyspy', DATA_PATHS.privacyspy, 'product')
    .filter((row) => !overlap.has(row.policy))
    .map((row, i) => ({ ...row, n: i, known: row.labels.length === 0 ? CATEGORIES : row.labels }));
}

function gt200(): LabelledItem[] {
  return readJsonl(DATA_PATHS.gt200).map((row, i) => ({
    ...item('gt200', row, `${DATA_PATHS.gt200}:${i + 1}`),
    spans: row.gdpr as LabelledItem['spans'],
  }));
}

function referenceLabels(dir: string = DATA_PATHS.reference): LabelledItem[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.jsonl'))
    .sort()
    .flatMap((file) => fromJsonl('reference', `${dir}/${file}`));
}

export function loadSource(source: Source): LabelledItem[] {
  switch (source) {
    case 'corpus':
      return fromJsonl('corpus', DATA_PATHS.corpus);
    case 'heldout':
      return fromJsonl('heldout', DATA_PATHS.heldout);
    case 'reference':
      return referenceLabels();
    case 'gt200':
      return gt200();
    case 'privacyspy':
      return privacySpy();
  }
}

/** Lower case, letters and digits only: two texts with the same key are the same text. */
export function textKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Items grouped by document, each in document order. */
export function documentsOf(items: readonly LabelledItem[]): LabelledItem[][] {
  const docs = new Map<string, LabelledItem[]>();
  for (const it of items) {
    const key = `${it.source}/${it.policy}`;
    const doc = docs.get(key);
    if (doc) doc.push(it);
    else docs.set(key, [it]);
  }
  return [...docs.values()].map((doc) => [...doc].sort((a, b) => a.n - b.n));
}
