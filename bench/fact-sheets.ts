// Fact agreement with the 18 hand-read reference sheets (data/reference/): the 12 dev sheets
// the fact code is developed on, and the 6 held-back test sheets nothing is tuned against.
// Targets (issue 8): dev ≥ 0.92, test ≥ 0.85, marketing_without_consent ≥ 0.85.
import { evaluateFactSheets, loadFactSheetCases } from '../src/eval/fact-sheets';
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
}

function measure(): FactSheetsResult {
  const cases = loadFactSheetCases();
  const of = (split: 'dev' | 'test'): SplitResult => {
    const chosen = cases.filter((c) => c.split === split);
    const { perField, mean } = evaluateFactSheets(chosen);
    return { sheets: chosen.length, mean, perField };
  };
  return { dev: of('dev'), test: of('test') };
}

export const factSheetsSection = section<FactSheetsResult>({
  id: 'factSheets',
  title: 'Fact sheets against the 18 hand-read reference sheets',
  run: async () => measure(),
  print: (r) => [
    `Mean agreement (1/0 per value, Jaccard per set, mean of the 11 fields): dev ${fixed(r.dev.mean, 3)} on ${r.dev.sheets} sheets (developed on), test ${fixed(r.test.mean, 3)} on ${r.test.sheets} held-back sheets`,
    ...table(
      ['field', 'dev', 'test'],
      (Object.keys(r.dev.perField) as FactKey[]).map((key) => [key, fixed(r.dev.perField[key]), fixed(r.test.perField[key])]),
    ),
  ],
});
