import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  ANALYSER_VERSION_FILE,
  analyserInputs,
  computeAnalyserVersion,
  importClosure,
  serialiseAnalyserVersion,
  versionOf,
} from '../../scripts/analyser-version';
import { ANALYSER_VERSION, analysePolicy } from '../../src/core/analyse';
import type { PolicyReport } from '../../src/core/types';
import { comparablePolicies } from '../../src/compare-view/choices';
import { changeFrom, nextEntry, storedReading, summaryOf } from '../../src/storage/entry';
import type { HistoryEntry } from '../../src/storage/types';

describe('analyser version', () => {
  it('is what a fresh run of scripts/analyser-version.ts writes', () => {
    const committed = readFileSync(ANALYSER_VERSION_FILE, 'utf8');
    expect(
      committed === serialiseAnalyserVersion(computeAnalyserVersion()),
      'src/data/analyser-version.json is stale: run npm run reference (or npx tsx scripts/analyser-version.ts)',
    ).toBe(true);
  });

  it('is carried by every report, as the short hash in that file', () => {
    expect(ANALYSER_VERSION).toMatch(/^[0-9a-f]{12}$/);
    expect(ANALYSER_VERSION).toBe((JSON.parse(readFileSync(ANALYSER_VERSION_FILE, 'utf8')) as { analyserVersion: string }).analyserVersion);
    const report = analysePolicy({ kind: 'text', content: 'We collect your name. We never sell your data.' });
    expect(report.analyserVersion).toBe(ANALYSER_VERSION);
  });

  it('is made of the model, the vocabulary, the rules, the score table, every src/core file, the wording it imports and the extraction library', () => {
    const names = analyserInputs().map((input) => input.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'src/data/model.json',
        'src/core/rules.ts',
        'src/core/lexicon.ts',
        'src/core/facts/lexicon.ts',
        'src/core/facts/sells.ts',
        'src/core/vocabulary/places.ts',
        'src/core/score-table.ts',
        'src/core/facts/marketing.ts',
        'src/core/analyse.ts',
        '@mozilla/readability',
      ]),
    );
    const outsideCore = names.filter((name) => name.startsWith('src/') && !/^src\/core\/.*\.ts$/.test(name));
    expect(outsideCore.every((name) => name === 'src/data/model.json' || /^src\/present\/[\w-]+\.ts$/.test(name))).toBe(true);
  });

  it('follows the pipeline’s imports, out of src/core too, and leaves out the version file itself', () => {
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const closure = importClosure(join(root, 'src/core/analyse.ts')).map((path) => relative(root, path).split(sep).join('/'));
    expect(closure).toEqual(expect.arrayContaining(['src/core/analyse.ts', 'src/core/classify/features.ts', 'src/data/model.json', 'src/present/words.ts']));
    expect(closure).toContain('src/data/analyser-version.json');
    expect(analyserInputs().map((input) => input.name)).not.toContain('src/data/analyser-version.json');
  });

  it('changes with any input, and not with their order', () => {
    const inputs = [
      { name: 'src/core/score-table.ts', content: 'weight: 20' },
      { name: 'src/data/model.json', content: '{"w":[1]}' },
    ];
    const version = versionOf(inputs);
    expect(versionOf([...inputs].reverse())).toBe(version);
    expect(versionOf([{ ...inputs[0]!, content: 'weight: 15' }, inputs[1]!])).not.toBe(version);
    expect(versionOf([{ ...inputs[0]!, name: 'src/core/score.ts' }, inputs[1]!])).not.toBe(version);
    expect(versionOf(inputs.slice(1))).not.toBe(version);
  });
});

function report(textHash: string, score: number, grade: 'A' | 'B' | 'C' | null, analyserVersion?: string): PolicyReport {
  return {
    version: 1,
    ...(analyserVersion ? { analyserVersion } : {}),
    title: 'T',
    length: 1,
    textHash,
    looksLikePolicy: true,
    language: 'en',
    warnings: [],
    clauses: [{ index: 0, text: `clause of ${textHash}`, start: 0, end: 1, labels: [], negated: false, reasons: [] }],
    categories: [],
    facts: {} as PolicyReport['facts'],
    score: { score, grade, points: [], coverage: 0.5 },
    checklists: [],
  };
}

function stored(r: PolicyReport): HistoryEntry {
  return { key: 'k', url: 'u', title: 'T', analysedAt: 5_000, textHash: r.textHash, score: r.score.score, grade: r.score.grade, report: r };
}

describe('reusing a stored report', () => {
  it('reuses it only when the text hash and the analyser version both match', () => {
    expect(storedReading(stored(report('h1', 60, 'C', 'v2')), 'h1', 'v2')).toBe('reuse');
    expect(storedReading(stored(report('h1', 60, 'C', 'v1')), 'h1', 'v2')).toBe('analyser-changed');
    expect(storedReading(stored(report('h1', 60, 'C', 'v2')), 'h2', 'v2')).toBe('text-changed');
    expect(storedReading(stored(report('h1', 60, 'C', 'v1')), 'h2', 'v2')).toBe('text-changed');
    expect(storedReading(undefined, 'h1', 'v2')).toBe('none');
  });

  it('never reuses a report stored before there were analyser versions', () => {
    expect(storedReading(stored(report('h1', 60, 'C')), 'h1', ANALYSER_VERSION)).toBe('analyser-changed');
  });
});

describe('the change notice', () => {
  it('says nothing changed for the same text read by the same analyser', () => {
    expect(changeFrom(stored(report('h1', 60, 'C', 'v2')), report('h1', 60, 'C', 'v2'))).toBeUndefined();
    expect(changeFrom(undefined, report('h1', 60, 'C', 'v2'))).toBeUndefined();
  });

  it('tells "reads differently" (same text, new analyser) with how the score and grade moved', () => {
    expect(changeFrom(stored(report('h1', 60, 'C')), report('h1', 81, 'A', 'v2'))).toEqual({
      kind: 'analyser',
      since: 5_000,
      scoreBefore: 60,
      scoreAfter: 81,
      gradeBefore: 'C',
      gradeAfter: 'A',
      added: [],
      removed: [],
      // Both reads' facts, for the notice to tell which changed.
      facts: { before: report('h1', 60, 'C').facts, after: report('h1', 81, 'A', 'v2').facts },
    });
  });

  it('tells "the policy changed" when the text did, noting a new analyser too', () => {
    const bothChanged = changeFrom(stored(report('h1', 60, 'C', 'v1')), report('h2', 50, null, 'v2'));
    expect(bothChanged).toMatchObject({ kind: 'text', analyserChanged: true, gradeBefore: 'C', gradeAfter: null });
    expect(bothChanged?.added).toEqual(['clause of h2']);
    expect(bothChanged?.removed).toEqual(['clause of h1']);
    const textOnly = changeFrom(stored(report('h1', 60, 'C', 'v2')), report('h2', 50, 'C', 'v2'));
    expect(textOnly).toMatchObject({ kind: 'text', scoreBefore: 60, scoreAfter: 50 });
    expect(textOnly).not.toHaveProperty('analyserChanged');
  });
});

describe('an entry read by an earlier Policy Lens, on the options page', () => {
  const summaryFor = (analyserVersion?: string) => summaryOf(nextEntry(undefined, { ...report('h', 60, 'C', analyserVersion), url: `https://${analyserVersion ?? 'none'}.example/` }, 1).entry);

  it('keeps the analyser version in the history summary, where there is one', () => {
    expect(summaryFor(ANALYSER_VERSION).analyserVersion).toBe(ANALYSER_VERSION);
    expect(summaryFor()).not.toHaveProperty('analyserVersion');
  });

  it('is marked outdated among the comparison choices, unless this Policy Lens read it', () => {
    const choices = comparablePolicies([summaryFor(ANALYSER_VERSION), summaryFor('older'), summaryFor()], []);
    expect(choices.map((choice) => [choice.id, choice.outdated ?? false])).toEqual([
      [`https://${ANALYSER_VERSION}.example/`, false],
      ['https://older.example/', true],
      ['https://none.example/', true],
    ]);
  });
});
