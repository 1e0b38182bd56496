// How far two careful readers agree: a second reader labelled samples of our reference labels
// and of GT200's (train split only), blind to the labels in the repo (data/agreement/README.md).
// The agreement is the ceiling a classifier can be judged against on the same definitions.
// Run `npx tsx src/eval/agreement.ts` for the readers, `--model` to add the model's
// out-of-fold scores on the same items (trains five folds, about 15 s).
import { fileURLToPath } from 'node:url';
import { CATEGORIES, type Category } from '../core/types';
import { prf } from './evaluate';
import { loadSource, readJsonl, type Source } from './labelled';

const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

export const SECOND_READER: Partial<Record<Source, string>> = {
  reference: root('data/agreement/reference-second-reader.jsonl'),
  gt200: root('data/agreement/gt200-second-reader.jsonl'),
};

export interface ReadItem {
  key: string;
  labels: readonly Category[];
}

export interface Agreement {
  items: number;
  /** F1 per category, one reader taken as gold (F1 is symmetric in the two). */
  f1: Record<Category, number>;
  macroF1: number;
}

export const itemKey = (policy: string, n: number) => `${policy}#${n}`;

/** Per-category F1 between two readings of the same items (matched by key; unmatched items are left out). */
export function agreement(first: readonly ReadItem[], second: readonly ReadItem[]): Agreement {
  const other = new Map(second.map((i) => [i.key, i.labels]));
  const both = first.filter((i) => other.has(i.key));
  const f1 = Object.fromEntries(
    CATEGORIES.map((c) => {
      let [tp, fp, fn] = [0, 0, 0];
      for (const item of both) {
        const a = item.labels.includes(c);
        const b = other.get(item.key)!.includes(c);
        if (a && b) tp++;
        else if (b) fp++;
        else if (a) fn++;
      }
      return [c, prf(tp, fp, fn).f1];
    }),
  ) as Record<Category, number>;
  const values = Object.values(f1);
  return { items: both.length, f1, macroF1: values.reduce((s, x) => s + x, 0) / values.length };
}

/** The second reader's labels of one source's sample. */
export function secondReader(source: Source): ReadItem[] {
  const path = SECOND_READER[source];
  if (!path) return [];
  return readJsonl(path).map((row) => ({ key: itemKey(row.policy as string, row.n as number), labels: row.labels as Category[] }));
}

/** The labels in the repo for the items of one source. */
export function repoLabels(source: Source): ReadItem[] {
  return loadSource(source).map((item) => ({ key: itemKey(item.policy, item.n), labels: item.labels }));
}

/** The repo's labels of the items the second reader labelled in one source. */
function sampledRepoLabels(source: Source, second: readonly ReadItem[]): ReadItem[] {
  const sampled = new Set(second.map((i) => i.key));
  return repoLabels(source).filter((i) => sampled.has(i.key));
}

/** How far the second reader agrees with the repo's labels on one source's sample. */
export function readersAgreement(source: Source): Agreement {
  const second = secondReader(source);
  return agreement(sampledRepoLabels(source, second), second);
}

async function main(withModel: boolean): Promise<void> {
  const sources = Object.keys(SECOND_READER) as Source[];
  const model = withModel ? await outOfFoldLabels() : undefined;
  for (const source of sources) {
    const second = secondReader(source);
    const repo = sampledRepoLabels(source, second);
    const rows: [string, Agreement][] = [['second reader vs repo labels', agreement(repo, second)]];
    if (model) rows.push(['model (out of fold) vs repo labels', agreement(repo, model)], ['model (out of fold) vs second reader', agreement(second, model)]);
    console.log(`${source} sample (${second.length} items)`);
    for (const [name, a] of rows) {
      console.log(`  ${name.padEnd(38)} ${CATEGORIES.map((c) => a.f1[c].toFixed(2)).join(' ')}  macro ${a.macroF1.toFixed(3)} (${a.items} items)`);
    }
  }
}

/** The model's labels for every train and dev item, each scored by a model fitted without its policy's fold. */
async function outOfFoldLabels(): Promise<ReadItem[]> {
  const { train } = await import('../train/train');
  const { crossValidation } = train(undefined, ['train', 'dev'], true);
  return crossValidation.outOfFold.map(({ gold, scores }) => ({
    key: itemKey(gold.policy, gold.n),
    labels: CATEGORIES.filter((c, k) => scores[k]! >= crossValidation.thresholds[c]!),
  }));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) void main(process.argv.includes('--model'));
