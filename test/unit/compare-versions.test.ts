import { describe, expect, it } from 'vitest';
import { resolveSelection } from '../../src/compare-view/choices';
import { compareHash, parseCompareHash, versionId } from '../../src/compare-view/selection-hash';
import { versionChoices, versionsOf } from '../../src/compare-view/versions';
import { formatDate } from '../../src/present/labels';
import type { HistorySummary } from '../../src/storage/types';

const KEY = 'https://a.example/@legal/privacy,v2';

const changed: HistorySummary = {
  key: KEY,
  url: KEY,
  title: 'Privacy policy of A',
  analysedAt: 3_000,
  firstSeen: 2_000,
  textHash: 'c3',
  score: 71,
  grade: 'C',
  versions: [
    { textHash: 'b2', firstSeen: 1_500, analysedAt: 1_800, score: 84, grade: 'B', hasReport: true },
    { textHash: 'kept-as-clauses', firstSeen: 1_000, analysedAt: 1_000, score: 60, grade: 'C', hasReport: false },
    { textHash: 'ungraded', firstSeen: 500, analysedAt: 500, score: 50, grade: null, hasReport: true },
  ],
};
const unchanged: HistorySummary = { key: 'https://b.example/', url: 'https://b.example/', title: 'B', analysedAt: 4_000, textHash: 'b', score: 90, grade: 'A' };

describe('versions to compare', () => {
  it('names a version by its key and text hash, and survives the URL hash with commas and @ in the key', () => {
    const ids = [versionId(KEY, 'b2'), versionId(KEY, 'c3'), KEY];
    expect(ids[0]).toBe(`${KEY}@b2`);
    expect(parseCompareHash(compareHash(ids))).toEqual(ids);
  });

  it('lists every text of an entry newest first, the current one first', () => {
    expect(versionsOf(changed).map((v) => [v.textHash, v.current, v.firstSeen])).toEqual([
      ['c3', true, 2_000],
      ['b2', false, 1_500],
      ['kept-as-clauses', false, 1_000],
      ['ungraded', false, 500],
    ]);
    // An entry from before versions were kept knows only its last analysis.
    expect(versionsOf(unchanged)).toEqual([expect.objectContaining({ textHash: 'b', firstSeen: 4_000, current: true })]);
  });

  it('offers only the versions of changed policies that have a whole report and a grade, named by date', () => {
    const choices = versionChoices([unchanged, changed]);
    expect(choices).toEqual([
      {
        id: versionId(KEY, 'c3'),
        name: `Privacy policy of A, version of ${formatDate(2_000)} (current)`,
        source: 'history',
        grade: 'C',
        details: 'a.example/@legal/privacy,v2 · current text',
        version: { key: KEY, textHash: 'c3' },
      },
      { id: versionId(KEY, 'b2'), name: `Privacy policy of A, version of ${formatDate(1_500)}`, source: 'history', grade: 'B', details: 'a.example/@legal/privacy,v2 · earlier text', version: { key: KEY, textHash: 'b2' } },
    ]);
  });

  it('resolves a selection of two versions in the order picked', () => {
    const picked = resolveSelection(parseCompareHash(compareHash([versionId(KEY, 'b2'), versionId(KEY, 'c3')])), versionChoices([changed]));
    expect(picked.map((choice) => choice.version.textHash)).toEqual(['b2', 'c3']);
  });
});
