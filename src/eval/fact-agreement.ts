// Agreement between extracted fact sheets and the hand-read ones in
// test/fixtures/facts.json, per field. Run: `npx tsx src/eval/fact-agreement.ts`.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analysePolicy } from '../core/analyse';
import { extractFacts } from '../core/facts';
import { factDefinition } from '../core/facts/registry';
import { LAW_TERMS, matchTerms } from '../core/facts/lexicon';
import { NUMBER_WORDS } from '../core/vocabulary/periods';
import { placesIn } from '../core/facts/places';
import type { Category, ClassifiedClause, FactKey, PolicyFacts } from '../core/types';

const fixtures = (name: string) => fileURLToPath(new URL(`../../test/fixtures/${name}`, import.meta.url));
const policyFile = (id: string) => fileURLToPath(new URL(`../data/policies/${id}.txt`, import.meta.url));

/** A hand-read sheet: the report's values, except that retention and storage location are free text. */
export type GoldFacts = { [K in Exclude<FactKey, 'retention' | 'storage_location'>]: PolicyFacts[K]['value'] } & {
  retention: string | null;
  storage_location: string | null;
  name: string;
  kind: string;
  country: string;
  notes: string;
};

/** A predicted value in the sheets' terms: typed values read as their table cell ("for 45 days; …", "Ireland and Germany"). */
function asSheetValue(key: FactKey, value: unknown): unknown {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? factDefinition(key).cell(value as never) : value;
}

export function loadGoldFacts(): Record<string, GoldFacts> {
  return JSON.parse(readFileSync(fixtures('facts.json'), 'utf8')) as Record<string, GoldFacts>;
}

interface LabelRow {
  policy: string;
  n: number;
  text: string;
  labels: Category[];
  negated: boolean;
}

/** The gold-labelled clauses of one policy, as if a perfect classifier had run (offsets are not needed here). */
export function loadGoldClauses(policy: string): ClassifiedClause[] {
  return readFileSync(fixtures('labels.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as LabelRow)
    .filter((row) => row.policy === policy)
    .map((row) => ({ index: row.n, text: row.text, start: 0, end: 0, labels: row.labels, negated: row.negated, reasons: [] }));
}

export type FieldAgreement =
  | { kind: 'value'; agree: boolean; predicted: unknown; gold: unknown }
  | { kind: 'set'; precision: number; recall: number; jaccard: number; predicted: string[] | null; gold: string[] | null };

const SET_FIELDS: FactKey[] = ['collects', 'rights', 'laws'];
const FACT_KEYS: FactKey[] = [
  'collects', 'shares_with_third_parties', 'sells_data', 'marketing_without_consent', 'retention',
  'cross_border_transfer', 'storage_location', 'rights', 'laws', 'security_measures_described', 'breach_notification',
];

function setAgreement(predicted: string[] | null, gold: string[] | null): FieldAgreement {
  const p = new Set(predicted ?? []);
  const g = new Set(gold ?? []);
  const both = [...p].filter((x) => g.has(x)).length;
  const union = new Set([...p, ...g]).size;
  // Two empty sets agree perfectly: nothing claimed, nothing missed.
  return {
    kind: 'set',
    precision: p.size ? both / p.size : g.size ? 0 : 1,
    recall: g.size ? both / g.size : 1,
    jaccard: union ? both / union : 1,
    predicted,
    gold,
  };
}

const PERIOD = /\d+ (?:days?|weeks?|months?|years?)/gi;
/** "three weeks" and "3 weeks" are the same period. */
const digits = (text: string) => NUMBER_WORDS.reduce((t, [word, n]) => t.replace(new RegExp(`\\b${word}\\b(?: \\(\\d+\\))?`, 'gi'), String(n)), text);
/** "ninety (90) days" and "90 (ninety) days" are "90 days", "a 7-year period" is "7 years". */
const periods = (text: string) =>
  digits(text)
    .replace(/\b[a-z]+(?:-[a-z]+)? \((\d+)\)/gi, '$1')
    .replace(/\b(\d+) \([a-z0-9]+(?:[- ][a-z0-9]+)?\)/gi, '$1')
    .replace(/\b(\d+)-(day|week|month|year)s?\b/gi, '$1 $2s');
/**
 * The places a text names, outside ones marked: "the EEA" and "the European Economic Area" are one place. A sheet's
 * value is a list of places, read as if after "in": so a bare "USA" is the United States, as "in USA" is.
 */
const placeNames = (text: string) => {
  const { places, outside } = placesIn(`in ${text}`);
  return [...places, ...outside.map((p) => `outside ${p}`)];
};
const within = (a: string[], b: string[]) => a.length > 0 && a.every((x) => b.includes(x));

/** A sheet names a law as its author wrote it ("CCPA", "California Civil Code 1798.83"): read it with the laws vocabulary. */
const lawName = (written: string) => matchTerms(written, LAW_TERMS)[0] ?? written;

/**
 * Booleans agree when equal. Strings are free text: both null agree; `retention` (a paraphrase)
 * agrees when both are stated and every numeric period the gold quotes is in the prediction;
 * `storage_location`, when both name places, agrees when the places one names are all named by
 * the other (the gazetteer's aliases: "the EEA" is "the European Economic Area", a bare "USA" is
 * "the United States"; "outside the EEA" is not "the EEA"); other strings agree when one
 * contains the other (case-insensitive).
 */
function valueAgrees(key: FactKey, predicted: unknown, gold: unknown): boolean {
  if (predicted === null || gold === null) return predicted === gold;
  if (key === 'retention' && typeof predicted === 'string' && typeof gold === 'string') {
    return (periods(gold).match(PERIOD) ?? []).every((period) => periods(predicted).toLowerCase().includes(period.toLowerCase()));
  }
  if (key === 'storage_location' && typeof predicted === 'string' && typeof gold === 'string') {
    const [p, g] = [placeNames(predicted), placeNames(gold)];
    if (p.length > 0 && g.length > 0) return within(p, g) || within(g, p);
  }
  if (typeof predicted === 'string' && typeof gold === 'string') {
    // Places carry their article in the gazetteer ("the United States"); sheets may leave it out.
    const plain = (t: string) => t.toLowerCase().replace(/\bthe\s+/g, '');
    const [p, g] = [plain(predicted), plain(gold)];
    return p.includes(g) || g.includes(p);
  }
  return predicted === gold;
}

/** A report's facts as a sheet's values, so that two sheets and a report compare one way. */
export type SheetValues = Record<FactKey, unknown>;

export function sheetValuesOf(facts: PolicyFacts): SheetValues {
  return Object.fromEntries(FACT_KEYS.map((key) => [key, asSheetValue(key, facts[key].value)])) as SheetValues;
}

/** A hand-read sheet's values, its laws read with the laws vocabulary as the report's are. */
export function sheetValuesOfSheet(sheet: GoldFacts): SheetValues {
  return Object.fromEntries(
    FACT_KEYS.map((key) => [key, key === 'laws' && Array.isArray(sheet.laws) ? sheet.laws.map(lawName) : sheet[key]]),
  ) as SheetValues;
}

/** Field by field: `predicted` read against `gold` (retention and storage are read from the gold's side). */
export function sheetAgreement(predicted: SheetValues, gold: SheetValues): Record<FactKey, FieldAgreement> {
  const out = {} as Record<FactKey, FieldAgreement>;
  for (const key of FACT_KEYS) {
    const [p, g] = [predicted[key], gold[key]];
    out[key] = SET_FIELDS.includes(key)
      ? setAgreement(p as string[] | null, g as string[] | null)
      : { kind: 'value', agree: valueAgrees(key, p, g), predicted: p, gold: g };
  }
  return out;
}

export function factAgreement(predicted: PolicyFacts, gold: GoldFacts): Record<FactKey, FieldAgreement> {
  return sheetAgreement(sheetValuesOf(predicted), sheetValuesOfSheet(gold));
}

/** Per field over all policies, and the mean of the fields: the figure every fact-sheet comparison reports. */
export function summariseAgreement(results: Record<FactKey, FieldAgreement>[]): { perField: Record<FactKey, number>; mean: number } {
  const perField = meanAgreement(results);
  const values = Object.values(perField);
  return { perField, mean: values.reduce((s, x) => s + x, 0) / values.length };
}

/** Per field over all policies: share agreeing (values) or mean Jaccard (sets). */
export function meanAgreement(results: Record<FactKey, FieldAgreement>[]): Record<FactKey, number> {
  const out = {} as Record<FactKey, number>;
  for (const key of FACT_KEYS) {
    const scores = results.map((r) => {
      const a = r[key];
      return a.kind === 'set' ? a.jaccard : a.agree ? 1 : 0;
    });
    out[key] = scores.reduce((s, x) => s + x, 0) / scores.length;
  }
  return out;
}

export function goldClauseFacts(policy: string): PolicyFacts {
  return extractFacts(loadGoldClauses(policy));
}

export function pipelineFacts(policy: string): PolicyFacts {
  return analysePolicy({ kind: 'text', content: readFileSync(policyFile(policy), 'utf8') }).facts;
}

function main(): void {
  const gold = loadGoldFacts();
  const ids = Object.keys(gold);
  for (const [label, facts] of [['gold-labelled clauses', goldClauseFacts], ['real pipeline', pipelineFacts]] as const) {
    const results = ids.map((id) => factAgreement(facts(id), gold[id] as GoldFacts));
    console.log(`\nFact agreement, ${label} (${ids.length} policies):`);
    for (const [key, score] of Object.entries(meanAgreement(results))) console.log(`  ${key.padEnd(28)} ${score.toFixed(2)}`);
    for (const [i, r] of results.entries()) {
      const misses = FACT_KEYS.filter((k) => { const a = r[k]; return a.kind === 'set' ? a.jaccard < 1 : !a.agree; });
      for (const k of misses) console.log(`  ${ids[i]} ${k}: predicted ${JSON.stringify(r[k].predicted)} gold ${JSON.stringify(r[k].gold)}`);
    }
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
