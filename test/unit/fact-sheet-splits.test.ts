// The fact sheets' frozen split: the first eighteen keep the split they were dealt, a sheet
// written later goes where its policy sits in the classifier's frozen table.
import { describe, expect, it } from 'vitest';
import { factSheetSplits, FIRST_SHEETS } from '../../src/eval/fact-sheets';

const FIRST_TEST = ['fasthosts', 'jottacloud', 'nordvpn', 'ntt-docomo', 'posteo', 'sky-uk'];
const testOf = (splits: Map<string, string>) => [...splits].filter(([, s]) => s === 'test').map(([id]) => id).sort();

describe('fact sheet splits', () => {
  it('keeps the six first test sheets whatever else is added', () => {
    expect(testOf(factSheetSplits(FIRST_SHEETS))).toEqual(FIRST_TEST);
    expect(testOf(factSheetSplits([...FIRST_SHEETS, 'riseup', 'att', 'ibm']))).toEqual(expect.arrayContaining(FIRST_TEST));
  });

  it('puts a later sheet in its policy\'s classifier split, test or else dev', () => {
    const splits = factSheetSplits(['riseup', 'juno', 'att'], { riseup: 'test', juno: 'dev', att: 'train' });
    expect(Object.fromEntries(splits)).toEqual({ riseup: 'test', juno: 'dev', att: 'dev' });
  });

  it('places a later sheet without a classifier split by its hashed position, never by the count of sheets', () => {
    const alone = factSheetSplits(['some-new-policy'], {}).get('some-new-policy');
    const withOthers = factSheetSplits([...FIRST_SHEETS, 'other-one', 'some-new-policy'], {}).get('some-new-policy');
    expect(alone).toBe(withOthers);
  });
});
