// Our sentence labels (data/reference-labels/): every labelled policy has a known text and licence,
// and no policy whose fact sheet is held back is ever trained on.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentSplits } from '../../src/eval/dataset';
import { loadFactSheetCases } from '../../src/eval/fact-sheets';
import { loadSource } from '../../src/eval/labelled';
import { loadWebFactSheetCases, loadWebSheetIndex } from '../../src/eval/web-fact-sheets';

const dir = 'data/reference-labels';
const labelled = readdirSync(dir).filter((f) => f.endsWith('.jsonl')).map((f) => f.replace(/\.jsonl$/, ''));
const sources = JSON.parse(readFileSync(`${dir}/sources.json`, 'utf8')) as {
  policies: Record<string, { text?: string; repo?: string; path?: string; commit?: string; licence?: string }>;
};

describe('labelled policies', () => {
  it('each has its text in data/reference/, or a source in sources.json', () => {
    const unknown = labelled.filter((id) => !existsSync(`data/reference/${id}.md`) && !sources.policies[id]);
    expect(unknown).toEqual([]);
    expect(labelled.length).toBeGreaterThanOrEqual(215);
  });

  it('names, for each policy copied only to be labelled, where it comes from and its licence', () => {
    for (const [id, source] of Object.entries(sources.policies)) {
      expect(labelled, id).toContain(id);
      if (source.text) expect(existsSync(source.text), source.text).toBe(true);
      else expect({ id, ...source }).toMatchObject({ repo: expect.stringMatching(/\//), path: expect.stringMatching(/\.md$/), commit: expect.stringMatching(/^[0-9a-f]{40}$/), licence: expect.stringMatching(/^ODC-BY 1\.0/) });
    }
  });

  it('never trains on the text of a held-back fact sheet: such a policy is labelled only in the classifier test split', () => {
    const heldBack = new Set([
      ...loadFactSheetCases().filter((c) => c.split === 'test').map((c) => c.id),
      ...loadWebSheetIndex().filter((e) => e.split === 'test').map((e) => e.id),
    ]);
    const splits = documentSplits(loadSource('reference'));
    const trained = labelled.filter((id) => heldBack.has(id) && splits.get(`reference/${id}`) !== 'test');
    expect(trained).toEqual([]);
  });

  it('never trains on a held-back sheet through a copy: no trained policy shares a fifth of its long sentences with one', () => {
    // Template policies repeat paragraphs word for word across companies; one sharing a held-back
    // sheet's template would teach the model that sheet's sentences. A sentence counts as shared
    // when its first and last ten words both occur in the sheet's text.
    const words = (text: string) => text.toLowerCase().split(/\W+/).filter(Boolean);
    const tenGrams = (w: string[]) => new Set(w.slice(0, -9).map((_, i) => w.slice(i, i + 10).join(' ')));
    const heldBack = [...loadFactSheetCases(), ...loadWebFactSheetCases()].filter((c) => c.split === 'test').map((c) => tenGrams(words(c.text)));
    const splits = documentSplits(loadSource('reference'));
    const copies = labelled
      .filter((id) => splits.get(`reference/${id}`) !== 'test')
      .filter((id) => {
        const items = readFileSync(`${dir}/${id}.jsonl`, 'utf8').trim().split('\n').map((line) => words((JSON.parse(line) as { text: string }).text));
        const long = items.filter((w) => w.length >= 15);
        const shared = (grams: Set<string>) => long.filter((w) => grams.has(w.slice(0, 10).join(' ')) && grams.has(w.slice(-10).join(' '))).length;
        return heldBack.some((grams) => shared(grams) > long.length / 5);
      });
    expect(copies).toEqual([]);
    // It reads every held-back text (about 170): some 5 s alone, more on a busy machine.
  }, 30_000);
});
