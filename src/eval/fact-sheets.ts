// The hand-read fact sheets of data/reference/, with their frozen split: a test split that
// nothing is tuned against (docs/facts-first-contact.md), the rest for development.
// Run `npx tsx src/eval/fact-sheets.ts [dev|test]` to list each disagreement.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analysePolicy } from '../core/analyse';
import type { FactKey, PolicyFacts, PolicyReport } from '../core/types';
import { factAgreement, summariseAgreement, type FieldAgreement, type GoldFacts } from './fact-agreement';
import { referencePlainText, type ReferenceIndexEntry } from './reference-text';
import { frozenSplits, splitByPosition } from './dataset';
import { dealSplits, type Split } from './split';

const referenceDir = fileURLToPath(new URL('../../data/reference/', import.meta.url));

export interface FactSheetCase {
  id: string;
  split: Split;
  gold: GoldFacts;
  text: string;
}

/** The sheets that came with the reference set; six of them were dealt to test by the seeded hash when they were vendored. */
export const FIRST_SHEETS = [
  'crazy-domains', 'fasthosts', 'hover', 'hushmail', 'jottacloud', 'mailfence', 'mythic-beasts', 'nordvpn', 'ntt-docomo',
  'posteo', 'private-internet-access', 'sky-uk', 'sonic', 'tutanota', 'visible', 'webmail-co-za', 'windstream', 'znetlive',
];

/**
 * The first eighteen keep the split they were dealt (six of eighteen to test). A sheet written
 * later takes its policy's split in the classifier's frozen table (data/splits.json), so one
 * policy sits in one split for every task and no sheet ever moves.
 */
export function factSheetSplits(ids: readonly string[], reference = frozenSplits().reference ?? {}): Map<string, Split> {
  const first = dealSplits('fact-sheets', ids.filter((id) => FIRST_SHEETS.includes(id)), 6 / 18, 0);
  const splitOf = (id: string): Split =>
    FIRST_SHEETS.includes(id) ? first.get(id)! : (reference[id] ?? splitByPosition('reference', id));
  return new Map(ids.map((id) => [id, splitOf(id) === 'test' ? 'test' : 'dev']));
}

export function loadFactSheetCases(): FactSheetCase[] {
  const index = JSON.parse(readFileSync(`${referenceDir}index.json`, 'utf8')) as ReferenceIndexEntry[];
  const ids = readdirSync(referenceDir)
    .filter((f) => f.endsWith('.facts.json'))
    .map((f) => f.replace(/\.facts\.json$/, ''))
    .sort();
  const splits = factSheetSplits(ids);
  return ids.map((id) => {
    const entry = index.find((e) => e.id === id);
    if (!entry) throw new Error(`data/reference/index.json has no entry for ${id}`);
    return readSheetCase(referenceDir, entry, splits.get(id) ?? 'dev');
  });
}

/** A hand-read sheet `<dir><id>.facts.json` beside its policy `<dir><id>.md`, read as the pipeline reads it. */
export function readSheetCase(dir: string, entry: Pick<ReferenceIndexEntry, 'id' | 'format'>, split: Split): FactSheetCase {
  const sheet = JSON.parse(readFileSync(`${dir}${entry.id}.facts.json`, 'utf8')) as Record<string, GoldFacts>;
  const gold = sheet[entry.id];
  if (!gold) throw new Error(`${dir}${entry.id}.facts.json has no sheet for ${entry.id}`);
  return { id: entry.id, split, gold, text: referencePlainText(entry, readFileSync(`${dir}${entry.id}.md`, 'utf8')) };
}

const reports = new WeakMap<FactSheetCase, PolicyReport>();

/** The analyser's report on a sheet's policy, made once per case: the bench reads it for several figures. */
export function reportOf(c: FactSheetCase): PolicyReport {
  let report = reports.get(c);
  if (!report) {
    report = analysePolicy({ kind: 'text', content: c.text });
    reports.set(c, report);
  }
  return report;
}

export function factsOf(c: FactSheetCase): PolicyFacts {
  return reportOf(c).facts;
}

export interface FactSheetResult {
  id: string;
  fields: Record<FactKey, FieldAgreement>;
  /** Mean over the 11 fields (1/0 per value, Jaccard per set). */
  mean: number;
}

export function fieldScore(a: FieldAgreement): number {
  return a.kind === 'set' ? a.jaccard : a.agree ? 1 : 0;
}

export function evaluateFactSheets(cases: FactSheetCase[]): { results: FactSheetResult[]; perField: Record<FactKey, number>; mean: number } {
  const results = cases.map((c) => {
    const fields = factAgreement(factsOf(c), c.gold);
    const scores = Object.values(fields).map(fieldScore);
    return { id: c.id, fields, mean: scores.reduce((s, x) => s + x, 0) / scores.length };
  });
  return { results, ...summariseAgreement(results.map((r) => r.fields)) };
}

/** The figure, each field's, and every disagreement, for the scripts that list them. */
export function printFactSheetEvaluation(title: string, { results, perField, mean }: ReturnType<typeof evaluateFactSheets>): void {
  console.log(`${title} (${results.length}): ${mean.toFixed(3)}`);
  for (const [key, score] of Object.entries(perField)) console.log(`  ${key.padEnd(28)} ${score.toFixed(2)}`);
  for (const r of results) {
    for (const [key, a] of Object.entries(r.fields)) {
      if (fieldScore(a) < 1) console.log(`${r.id} ${key}: predicted ${JSON.stringify(a.predicted)} gold ${JSON.stringify(a.gold)}`);
    }
  }
}

function main(split: Split): void {
  printFactSheetEvaluation(`Fact agreement on the ${split} sheets`, evaluateFactSheets(loadFactSheetCases().filter((c) => c.split === split)));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main((process.argv[2] as Split) ?? 'dev');
