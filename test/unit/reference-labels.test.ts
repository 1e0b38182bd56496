// Our sentence labels (data/reference-labels/): every labelled policy has a known text and licence,
// and no policy whose fact sheet is held back is ever trained on.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentSplits } from '../../src/eval/dataset';
import { loadFactSheetCases } from '../../src/eval/fact-sheets';
import { loadSource } from '../../src/eval/labelled';
import { loadWebSheetIndex } from '../../src/eval/web-fact-sheets';

const dir = 'data/reference-labels';
const labelled = readdirSync(dir).filter((f) => f.endsWith('.jsonl')).map((f) => f.replace(/\.jsonl$/, ''));
const sources = JSON.parse(readFileSync(`${dir}/sources.json`, 'utf8')) as {
  policies: Record<string, { text?: string; repo?: string; path?: string; commit?: string; licence?: string }>;
};

describe('labelled policies', () => {
  it('each has its text in data/reference/, or a source in sources.json', () => {
    const unknown = labelled.filter((id) => !existsSync(`data/reference/${id}.md`) && !sources.policies[id]);
    expect(unknown).toEqual([]);
    expect(labelled.length).toBeGreaterThanOrEqual(95);
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
});
