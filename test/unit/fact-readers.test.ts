// Two readers' fact sheets and the app-policy sheets: what they hold, and that the comparison
// reads one sheet against another field by field.
import { describe, expect, it } from 'vitest';
import { loadAppFactSheetCases, gt200PolicyMarkdown } from '../../src/eval/app-fact-sheets';
import { sheetAgreement, sheetValuesOfSheet, type GoldFacts } from '../../src/eval/fact-agreement';
import { loadSecondSheets, sheetReadersAgreement } from '../../src/eval/fact-readers';
import { loadFactSheetCases } from '../../src/eval/fact-sheets';
import { frozenSplits } from '../../src/eval/dataset';
import { fieldScore } from '../../src/eval/fact-sheets';

const cases = loadFactSheetCases();
const second = loadSecondSheets();
const sheetOf = (id: string) => cases.find((c) => c.id === id)!.gold;

describe('second reader sheets', () => {
  it('cover 21 dev policies and never a test one', () => {
    expect(second.size).toBe(21);
    for (const id of second.keys()) expect(cases.find((c) => c.id === id)?.split).toBe('dev');
  });

  it('read a sheet against itself as full agreement, and a changed value as a miss in that field only', () => {
    const hover = sheetValuesOfSheet(sheetOf('hover'));
    expect(Object.values(sheetAgreement(hover, hover)).map(fieldScore)).toEqual(Array(11).fill(1));
    const flipped = sheetAgreement({ ...hover, sells_data: !hover.sells_data }, hover);
    expect(Object.entries(flipped).filter(([, a]) => fieldScore(a) < 1).map(([k]) => k)).toEqual(['sells_data']);
  });

  it('reads laws as the laws vocabulary names them', () => {
    const sheet = { ...sheetOf('hover'), laws: ['General Data Protection Regulation'] } as GoldFacts;
    const gdpr = { ...sheetOf('hover'), laws: ['GDPR'] } as GoldFacts;
    expect(fieldScore(sheetAgreement(sheetValuesOfSheet(sheet), sheetValuesOfSheet(gdpr)).laws)).toBe(1);
  });

  it('agree with the repo sheets far above the analyser on unseen policies (0.977 when written)', () => {
    const r = sheetReadersAgreement(cases, second);
    expect(r.fields).toHaveLength(21);
    expect(r.mean).toBeGreaterThan(0.95);
    expect(r.mean).toBeLessThan(1);
  });
});

describe('app policy sheets', () => {
  const apps = loadAppFactSheetCases();
  const gt200 = frozenSplits().gt200 ?? {};

  it('are 50 GT200 policies of the classifier train and dev splits, never test, read as dev', () => {
    expect(apps).toHaveLength(50);
    for (const c of apps) {
      expect(['train', 'dev']).toContain(gt200[c.id]);
      expect(c.split).toBe('dev');
      expect(c.text.length).toBeGreaterThan(2000);
    }
  });

  it('rebuild a policy from its passages in order, headlines as headings', () => {
    const passages = [
      { policy: 'p', n: 2, text: 'We keep logs for 30 days.', type: 'text' },
      { policy: 'q', n: 0, text: 'Other policy', type: 'text' },
      { policy: 'p', n: 0, text: 'Retention', type: 'headline' },
    ];
    expect(gt200PolicyMarkdown('p', passages)).toBe('\n## Retention\nWe keep logs for 30 days.');
  });
});

describe('facts on hand labels', () => {
  it('put the hand labels on the clause of the same text, and none on a clause nobody labelled', async () => {
    const { withHandLabels } = await import('../../src/eval/facts-on-hand-labels');
    const clause = (index: number, text: string) => ({ index, text, start: 0, end: 0, labels: ['collection' as const], negated: false, reasons: [], leaning: ['sharing' as const] });
    const item = { source: 'reference' as const, policy: 'p', n: 0, text: 'We do NOT sell your data.', labels: ['sharing' as const], known: [], negated: true, junk: false };
    const [labelled, unlabelled] = withHandLabels([clause(0, 'We do not sell your data'), clause(1, 'Contact us.')], [item]);
    expect(labelled).toMatchObject({ labels: ['sharing'], negated: true, leaning: undefined });
    expect(unlabelled).toMatchObject({ labels: [], negated: false, leaning: undefined });
  });
});
