// Fact agreement with the hand-read reference sheets (data/reference/): the dev sheets the
// fact code is developed on, and the held-back test sheets nothing is tuned against, in two
// parts: the six that came with the reference set and the six written later (each part's first
// figure is in docs/facts-first-contact.md).
// Targets (issue 8): dev ≥ 0.92, test ≥ 0.85, marketing_without_consent ≥ 0.85.
import { evaluateFactSheets, FIRST_SHEETS, loadFactSheetCases, type FactSheetCase } from '../src/eval/fact-sheets';
import type { FactKey } from '../src/core/types';
import { fixed, section, table } from './section';

interface SplitResult {
  sheets: number;
  mean: number;
  perField: Record<FactKey, number>;
}

export interface FactSheetsResult {
  dev: SplitResult;
  test: SplitResult;
  /** The test sheets that came with the reference set, and those written later. */
  testFirst: SplitResult;
  testLater: SplitResult;
}

function of(cases: FactSheetCase[]): SplitResult {
  const { perField, mean } = evaluateFactSheets(cases);
  return { sheets: cases.length, mean, perField };
}

function measure(): FactSheetsResult {
  const cases = loadFactSheetCases();
  const test = cases.filter((c) => c.split === 'test');
  return {
    dev: of(cases.filter((c) => c.split === 'dev')),
    test: of(test),
    testFirst: of(test.filter((c) => FIRST_SHEETS.includes(c.id))),
    testLater: of(test.filter((c) => !FIRST_SHEETS.includes(c.id))),
  };
}

export const factSheetsSection = section<FactSheetsResult>({
  id: 'factSheets',
  title: 'Fact sheets against the hand-read reference sheets',
  run: async () => measure(),
  print: (r) => [
    `Mean agreement (1/0 per value, Jaccard per set, mean of the 11 fields): dev ${fixed(r.dev.mean, 3)} on ${r.dev.sheets} sheets (developed on), test ${fixed(r.test.mean, 3)} on ${r.test.sheets} held-back sheets (first ${r.testFirst.sheets}: ${fixed(r.testFirst.mean, 3)}, written later ${r.testLater.sheets}: ${fixed(r.testLater.mean, 3)})`,
    ...table(
      ['field', 'dev', 'test'],
      (Object.keys(r.dev.perField) as FactKey[]).map((key) => [key, fixed(r.dev.perField[key]), fixed(r.test.perField[key])]),
    ),
  ],
});
