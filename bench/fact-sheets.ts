// Fact agreement with the hand-read reference sheets (data/reference/): the dev sheets the
// fact code is developed on, and the held-back test sheets nothing is tuned against, in two
// parts: the six that came with the reference set and the six written later (each part's first
// figure is in docs/facts-first-contact.md).
// Targets (issue 8): dev ≥ 0.92, test ≥ 0.85, marketing_without_consent ≥ 0.85.
import { loadAppFactSheetCases } from '../src/eval/app-fact-sheets';
import { loadWebFactSheetCases } from '../src/eval/web-fact-sheets';
import { factReadersAgreement, type FactReadersResult } from '../src/eval/fact-readers';
import { evaluateFactSheets, FIRST_SHEETS, loadFactSheetCases, type FactSheetCase } from '../src/eval/fact-sheets';
import { factsOnHandLabels } from '../src/eval/facts-on-hand-labels';
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
  /** Mobile-app policies of GT200 (dev): written on another kind of policy than the fact code. */
  apps: SplitResult;
  /** Web-service policies from Open Terms Archive: half development, half a second held-back test split. */
  web: { dev: SplitResult; test: SplitResult };
  /** A second reader's sheets of 21 dev policies against the repo's, and the analyser on the same policies. */
  readers: { sheets: number; readers: number; analyser: number };
  /** The facts read with the hand labels instead of the model's, on the sheets whose policy is labelled. */
  handLabels: Record<'dev' | 'test', { sheets: number; model: number; hand: number }>;
}

function readersFigures({ sheets, readers, analyser }: FactReadersResult) {
  return { sheets: sheets.length, readers: readers.mean, analyser: analyser.mean };
}

function onHandLabels(cases: FactSheetCase[]) {
  const r = factsOnHandLabels(cases);
  return { sheets: r.sheets.length, model: r.model.mean, hand: r.hand.mean };
}

function of(cases: FactSheetCase[]): SplitResult {
  const { perField, mean } = evaluateFactSheets(cases);
  return { sheets: cases.length, mean, perField };
}

function webFigures(cases: FactSheetCase[]) {
  return { dev: of(cases.filter((c) => c.split === 'dev')), test: of(cases.filter((c) => c.split === 'test')) };
}

function measure(): FactSheetsResult {
  const cases = loadFactSheetCases();
  const test = cases.filter((c) => c.split === 'test');
  return {
    dev: of(cases.filter((c) => c.split === 'dev')),
    test: of(test),
    testFirst: of(test.filter((c) => FIRST_SHEETS.includes(c.id))),
    testLater: of(test.filter((c) => !FIRST_SHEETS.includes(c.id))),
    apps: of(loadAppFactSheetCases()),
    web: webFigures(loadWebFactSheetCases()),
    readers: readersFigures(factReadersAgreement(cases)),
    handLabels: { dev: onHandLabels(cases.filter((c) => c.split === 'dev')), test: onHandLabels(test) },
  };
}

export const factSheetsSection = section<FactSheetsResult>({
  id: 'factSheets',
  title: 'Fact sheets against the hand-read reference sheets',
  run: async () => measure(),
  print: (r) => [
    `Mean agreement (1/0 per value, Jaccard per set, mean of the 11 fields): dev ${fixed(r.dev.mean, 3)} on ${r.dev.sheets} sheets (developed on), test ${fixed(r.test.mean, 3)} on ${r.test.sheets} held-back sheets (first ${r.testFirst.sheets}: ${fixed(r.testFirst.mean, 3)}, written later ${r.testLater.sheets}: ${fixed(r.testLater.mean, 3)})`,
    `App policies (GT200, ${r.apps.sheets} sheets, dev; first contact 0.788 on the first 21, 0.854 on the next 17, 0.849 on the last 12): ${fixed(r.apps.mean, 3)}`,
    `Web-service policies (Open Terms Archive): dev ${fixed(r.web.dev.mean, 3)} on ${r.web.dev.sheets} sheets, held-back test ${fixed(r.web.test.mean, 3)} on ${r.web.test.sheets} (first contact in docs/facts-first-contact.md)`,
    `Readers: a second reader agrees with the repo's sheets at ${fixed(r.readers.readers, 3)} on ${r.readers.sheets} dev policies; the analyser ${fixed(r.readers.analyser, 3)} on the same`,
    `Facts with the hand labels in place of the model's: dev ${fixed(r.handLabels.dev.hand, 3)} (model's ${fixed(r.handLabels.dev.model, 3)}, ${r.handLabels.dev.sheets} sheets), test ${fixed(r.handLabels.test.hand, 3)} (model's ${fixed(r.handLabels.test.model, 3)}, ${r.handLabels.test.sheets} sheets)`,
    ...table(
      ['field', 'dev', 'test', 'apps', 'web dev', 'web test'],
      (Object.keys(r.dev.perField) as FactKey[]).map((key) => [
        key, fixed(r.dev.perField[key]), fixed(r.test.perField[key]), fixed(r.apps.perField[key]), fixed(r.web.dev.perField[key]), fixed(r.web.test.perField[key]),
      ]),
    ),
  ],
});
