import { describe, expect, it } from 'vitest';
import { partsAround, quoteOf } from '../../src/present/quote';

const table =
  '| Purpose | Data | Basis | | --- | --- | --- | | To provide and maintain our Services | Account Data | Contract | | To send you marketing e-mails about our products | Contact Data | Legitimate interests |';
const at = table.indexOf('marketing');

describe('quoting a long clause', () => {
  it('marks the table cell that states the fact, and keeps the rest of the clause around it', () => {
    const [before, stating, after] = partsAround({ text: table, at });
    expect(stating).toBe('To send you marketing e-mails about our products | ');
    expect(before + stating + after).toBe(table);
  });

  it('marks nothing in a clause quoted from its start', () => {
    expect(partsAround({ text: 'We send you newsletters.' })).toEqual(['', 'We send you newsletters.', '']);
  });

  it('quotes the same stretch, cut to the surface\'s length', () => {
    expect(quoteOf({ text: table, at }, 60)).toBe('…To send you marketing e-mails about our products…');
    expect(quoteOf({ text: table, at }, 60).length).toBeLessThanOrEqual(60);
  });
});
