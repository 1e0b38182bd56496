// Fact sheets of web-service policies (data/web-fact-sheets/): VPN, e-mail, hosting, cloud,
// registrar, telecom and messaging policies copied from Open Terms Archive collections and read by
// hand, blind to the analyser. Those whose id hashes to the lowest 40 % of positions (frozen in
// index.json) are a second held-back test split of the kind of page the product is for; the others
// are development sheets (docs/facts-first-contact.md). A sheet added later goes where its own
// position says; none ever moves.
// Run `npx tsx src/eval/web-fact-sheets.ts [dev|test]` to list each disagreement.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { evaluateFactSheets, printFactSheetEvaluation, readSheetCase, type FactSheetCase } from './fact-sheets';
import type { ReferenceIndexEntry } from './reference-text';
import { splitPosition } from './split';

const sheetsDir = fileURLToPath(new URL('../../data/web-fact-sheets/', import.meta.url));

export type WebSheetEntry = Pick<ReferenceIndexEntry, 'id' | 'name' | 'country' | 'kind' | 'format' | 'source' | 'licence'> & {
  split: 'dev' | 'test';
};

const TEST_SHARE = 0.4;

/** How the split was dealt: an id whose hashed position is below the test share is held back. */
export function webSheetSplit(id: string): 'dev' | 'test' {
  return splitPosition('web-fact-sheets', id) < TEST_SHARE ? 'test' : 'dev';
}

export function loadWebSheetIndex(dir = sheetsDir): WebSheetEntry[] {
  return JSON.parse(readFileSync(`${dir}index.json`, 'utf8')) as WebSheetEntry[];
}

export function loadWebFactSheetCases(dir = sheetsDir): FactSheetCase[] {
  return loadWebSheetIndex(dir).map((entry) => readSheetCase(dir, entry, entry.split));
}

function main(split: 'dev' | 'test'): void {
  const cases = loadWebFactSheetCases().filter((c) => c.split === split);
  printFactSheetEvaluation(`Fact agreement on the web-service ${split} sheets`, evaluateFactSheets(cases));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv[2] === 'test' ? 'test' : 'dev');
