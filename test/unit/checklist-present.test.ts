import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analysePolicy } from '../../src/core/analyse';
import { checklistHeadline, itemSentence, itemsNotFoundFirst } from '../../src/present/checklists';
import { reportChecklists } from '../../src/present/reader-checklists';
import { RESIDENCE_KEY, readResidence, saveResidence } from '../../src/storage/residence';

/** A Storage with only what residence.ts uses; `broken` throws like a disabled or full store. */
function memoryStorage(broken = false): Storage {
  const data = new Map<string, string>();
  const guard = () => {
    if (broken) throw new Error('SecurityError');
  };
  return {
    getItem: (key: string) => (guard(), data.get(key) ?? null),
    setItem: (key: string, value: string) => (guard(), void data.set(key, value)),
    removeItem: (key: string) => (guard(), void data.delete(key)),
  } as Storage;
}

describe('the residence setting', () => {
  it('round-trips each answer and can be forgotten', () => {
    const storage = memoryStorage();
    expect(readResidence(storage)).toBeUndefined();
    expect(saveResidence('za', storage)).toBe(true);
    expect(readResidence(storage)).toBe('za');
    expect(saveResidence(undefined, storage)).toBe(true);
    expect(readResidence(storage)).toBeUndefined();
  });

  it('reads anything else stored under its key as no answer', () => {
    const storage = memoryStorage();
    storage.setItem(RESIDENCE_KEY, 'mars');
    expect(readResidence(storage)).toBeUndefined();
  });

  it('never throws when storage is unavailable', () => {
    expect(readResidence(memoryStorage(true))).toBeUndefined();
    expect(saveResidence('uk', memoryStorage(true))).toBe(false);
    expect(readResidence(undefined)).toBeUndefined();
    expect(saveResidence('uk', undefined)).toBe(false);
  });
});

describe('reportChecklists', () => {
  const imaginet = analysePolicy({ kind: 'text', content: readFileSync(new URL('../../src/data/policies/imaginet.txt', import.meta.url), 'utf8') });

  it('keeps the checklists the report carries when the setting adds nothing', () => {
    expect(reportChecklists(imaginet)[0]).toBe(imaginet.checklists[0]);
    expect(reportChecklists(imaginet, 'za').map((c) => c.law)).toEqual(['popia']);
  });

  it('works out the law the reader’s setting brings in', () => {
    const shown = reportChecklists(imaginet, 'uk');
    expect(shown.map((c) => c.law)).toEqual(['uk-gdpr', 'popia']);
    expect(shown[0]!.items).toHaveLength(20);
  });

  it('shows a report kept without clauses (a reference policy) as built', () => {
    expect(reportChecklists({ ...imaginet, clauses: [] }, 'uk')).toBe(imaginet.checklists);
    expect(reportChecklists({ ...imaginet, clauses: [], checklists: undefined as never })).toEqual([]);
  });

  it('shows none for a text in a language Policy Lens cannot read, whatever the setting', () => {
    expect(reportChecklists({ ...imaginet, language: 'fr' }, 'uk')).toEqual([]);
    expect(reportChecklists({ ...imaginet, language: 'unknown' }, 'uk').map((c) => c.law)).toEqual(['uk-gdpr', 'popia']);
  });

  it('words each item and puts what is not found first', () => {
    const [popia] = imaginet.checklists;
    const found = popia!.items.filter((i) => i.status === 'addressed').length;
    expect(checklistHeadline(popia!)).toBe(`POPIA: ${found} of 12 disclosures found`);
    const ordered = itemsNotFoundFirst(popia!);
    expect(ordered.findIndex((i) => i.status === 'addressed')).toBe(12 - found);
    expect(itemSentence('popia', ordered[0]!)).toMatch(/^Doesn't say /);
    expect(itemSentence('popia', ordered.at(-1)!)).toMatch(/^Says /);
  });
});
