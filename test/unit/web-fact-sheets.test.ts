import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadWebFactSheetCases, loadWebSheetIndex, webSheetSplit } from '../../src/eval/web-fact-sheets';

const dir = fileURLToPath(new URL('../../data/web-fact-sheets/', import.meta.url));

describe('web-service fact sheets (data/web-fact-sheets)', () => {
  const index = loadWebSheetIndex();

  it('keeps the split each sheet was dealt by its hashed id, frozen in index.json', () => {
    expect(Object.fromEntries(index.map((e) => [e.id, e.split]))).toEqual(Object.fromEntries(index.map((e) => [e.id, webSheetSplit(e.id)])));
    expect(index.filter((e) => e.split === 'test').length).toBeGreaterThanOrEqual(9);
  });

  it('says where each text came from and under which licence', () => {
    for (const e of index) {
      expect(e.source.commit, e.id).toMatch(/^[0-9a-f]{40}$/);
      expect(e.source.repo, e.id).toMatch(/^(OpenTermsArchive|tosdr)\//);
      expect(e.licence, e.id).toMatch(/^ODC-BY 1\.0/);
      expect(existsSync(`${dir}${e.id}.md`), e.id).toBe(true);
    }
  });

  it('reads every policy as plain text with its sheet', () => {
    // ClearURLs' whole policy is one paragraph (about 750 characters) and LibreWolf's two sentences inside
    // the page's menus: short, but not an empty capture (an error page or a script warning is a line or two).
    for (const c of loadWebFactSheetCases()) {
      expect(c.text.length, c.id).toBeGreaterThan(500);
      expect(c.text, c.id).toMatch(/\b(?:data|information)\b/i);
      expect(c.gold.collects, c.id).toBeInstanceOf(Array);
    }
  });
});
