// How far two careful readers agree on a fact sheet. A second reader wrote sheets for dev
// policies that already had one, blind to it (data/agreement/README.md). Their agreement is
// the ceiling the analyser's agreement can be read against. Run `npx tsx src/eval/fact-readers.ts`.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FactKey } from '../core/types';
import { sheetAgreement, summariseAgreement, sheetValuesOf, sheetValuesOfSheet, type FieldAgreement, type GoldFacts, type SheetValues } from './fact-agreement';
import { factsOf, fieldScore, loadFactSheetCases, type FactSheetCase } from './fact-sheets';

const SECOND_SHEETS = fileURLToPath(new URL('../../data/agreement/facts-second-reader/', import.meta.url));

/** The second reader's sheets, by policy id. */
export function loadSecondSheets(dir = SECOND_SHEETS): Map<string, GoldFacts> {
  const files = readdirSync(dir).filter((f) => f.endsWith('.facts.json'));
  return new Map(
    files.map((f) => {
      const id = f.replace(/\.facts\.json$/, '');
      return [id, (JSON.parse(readFileSync(dir + f, 'utf8')) as Record<string, GoldFacts>)[id]!] as const;
    }),
  );
}

export interface PairAgreement {
  perField: Record<FactKey, number>;
  /** Mean of the fields, as the fact-sheet bench reports it. */
  mean: number;
  fields: { id: string; fields: Record<FactKey, FieldAgreement> }[];
}

function pairAgreement(ids: readonly string[], left: (id: string) => SheetValues, right: (id: string) => SheetValues): PairAgreement {
  const fields = ids.map((id) => ({ id, fields: sheetAgreement(left(id), right(id)) }));
  return { ...summariseAgreement(fields.map((f) => f.fields)), fields };
}

export interface FactReadersResult {
  sheets: string[];
  /** Second reader read against the repo's sheet. */
  readers: PairAgreement;
  /** The analyser read against the repo's sheet, on the same policies. */
  analyser: PairAgreement;
  /** The analyser read against the second reader's sheet. */
  analyserVsSecond: PairAgreement;
}

/** The repo's sheet and the second reader's, on the policies both read. */
function bothReadings(cases: readonly FactSheetCase[], second: Map<string, GoldFacts>) {
  const read = cases.filter((c) => second.has(c.id));
  return {
    read,
    ids: read.map((c) => c.id),
    first: new Map(read.map((c) => [c.id, sheetValuesOfSheet(c.gold)])),
    other: new Map(read.map((c) => [c.id, sheetValuesOfSheet(second.get(c.id)!)])),
  };
}

/** The second reader read against the repo's sheets. */
export function sheetReadersAgreement(cases: readonly FactSheetCase[] = loadFactSheetCases(), second = loadSecondSheets()): PairAgreement {
  const { ids, first, other } = bothReadings(cases, second);
  return pairAgreement(ids, (id) => other.get(id)!, (id) => first.get(id)!);
}

export function factReadersAgreement(cases: readonly FactSheetCase[] = loadFactSheetCases(), second = loadSecondSheets()): FactReadersResult {
  const { read, ids, first, other } = bothReadings(cases, second);
  const analysed = new Map(read.map((c) => [c.id, sheetValuesOf(factsOf(c))]));
  return {
    sheets: ids,
    readers: pairAgreement(ids, (id) => other.get(id)!, (id) => first.get(id)!),
    analyser: pairAgreement(ids, (id) => analysed.get(id)!, (id) => first.get(id)!),
    analyserVsSecond: pairAgreement(ids, (id) => analysed.get(id)!, (id) => other.get(id)!),
  };
}

function main(): void {
  const r = factReadersAgreement();
  console.log(`${r.sheets.length} sheets read twice: readers ${r.readers.mean.toFixed(3)}, analyser vs first ${r.analyser.mean.toFixed(3)}, analyser vs second ${r.analyserVsSecond.mean.toFixed(3)}`);
  console.log(`  ${'field'.padEnd(28)} readers analyser vs-second`);
  for (const key of Object.keys(r.readers.perField) as FactKey[]) {
    console.log(`  ${key.padEnd(28)} ${r.readers.perField[key].toFixed(2)}    ${r.analyser.perField[key].toFixed(2)}     ${r.analyserVsSecond.perField[key].toFixed(2)}`);
  }
  for (const { id, fields } of r.readers.fields) {
    for (const [key, a] of Object.entries(fields)) {
      if (fieldScore(a) < 1) console.log(`${id} ${key}: second ${JSON.stringify(a.predicted)} | first ${JSON.stringify(a.gold)}`);
    }
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
