import { describe, expect, it } from 'vitest';
import { formatChecklists } from '../../src/cli/format-checklists';
import { PLAIN_STYLE } from '../../src/cli/style';
import type { Checklist } from '../../src/core/types';

const popia: Checklist = {
  law: 'popia',
  items: [
    { id: 'information', article: 's18(1)(a)', status: 'addressed', evidence: [{ clause: 4, text: 'We keep your name and ID number.' }] },
    { id: 'source', article: 's18(1)(a)', status: 'not-found', evidence: [] },
    { id: 'complaint', article: 's18(1)(h)(v)', status: 'not-found', evidence: [] },
  ],
};

describe('formatChecklists', () => {
  it('prints nothing when no checklist applies', () => {
    expect(formatChecklists([], PLAIN_STYLE)).toEqual([]);
  });

  it('gives a headline per law, the not-found items first with their citation, and a quote for each addressed one', () => {
    expect(formatChecklists([popia], PLAIN_STYLE)).toEqual([
      '',
      'What the law says a notice must tell you',
      '  POPIA: 1 of 3 disclosures found',
      "    ? Doesn't say where the information comes from (POPIA s18(1)(a))",
      "    ? Doesn't say that you may complain to the Information Regulator (POPIA s18(1)(h)(v))",
      '    ✓ Says what information it collects (POPIA s18(1)(a))',
      '        “We keep your name and ID number.”',
      '  "?" means not found in this text, not a breach: the notice may be elsewhere.',
    ]);
  });

  it('names the UK GDPR by its own name with the GDPR items', () => {
    const lines = formatChecklists([{ law: 'uk-gdpr', items: [{ id: 'retention', article: 'Art. 13(2)(a)', status: 'not-found', evidence: [] }] }], PLAIN_STYLE);
    expect(lines).toContain('  UK GDPR: 0 of 1 disclosures found');
    expect(lines).toContain("    ? Doesn't say how long it keeps your data (UK GDPR Art. 13(2)(a))");
  });
});
