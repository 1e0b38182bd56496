import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analysePolicy, type AnalysisProgress } from '../../src/core/analyse';
import { PolicyError } from '../../src/core/errors';
import { hashText } from '../../src/core/hash';
import { CATEGORIES } from '../../src/core/types';
import { referenceSet } from '../../src/data/reference';
import { parseHtml } from '../../src/node/parse-html';

const policyText = (id: string) => readFileSync(new URL(`../../src/data/policies/${id}.txt`, import.meta.url), 'utf8');

describe('analysePolicy', () => {
  const imaginet = analysePolicy({ kind: 'text', content: policyText('imaginet'), title: 'Imaginet' });

  it('returns a complete version-1 report for a text policy', () => {
    expect(imaginet).toMatchObject({ version: 1, title: 'Imaginet', looksLikePolicy: true, language: 'en' });
    expect(imaginet.categories.map((c) => c.category)).toEqual([...CATEGORIES]);
    expect(imaginet.clauses.length).toBeGreaterThan(40);
    expect(imaginet.comparison).toBeUndefined();
  });

  it('hashes the extracted text, so the same text gives the same hash', () => {
    expect(imaginet.textHash).toMatch(/^[0-9a-f]{16}$/);
    expect(analysePolicy({ kind: 'text', content: policyText('imaginet') }).textHash).toBe(imaginet.textHash);
    expect(analysePolicy({ kind: 'text', content: policyText('imqs') }).textHash).not.toBe(imaginet.textHash);
  });

  it('every piece of evidence quotes a clause of the report by its index', () => {
    const evidence = [
      ...Object.values(imaginet.facts).flatMap((f) => f.evidence),
      ...imaginet.score.points.flatMap((p) => p.evidence),
      ...imaginet.categories.flatMap((c) => c.findings.flatMap((f) => f.evidence)),
    ];
    expect(evidence.length).toBeGreaterThan(10);
    for (const e of evidence) expect(imaginet.clauses[e.clause]?.text).toBe(e.text);
  });

  it('agrees with the hand-read fact sheet on the headline facts (checked against test/fixtures/facts.json)', () => {
    expect(imaginet.facts.sells_data.value).toBe(false);
    expect(imaginet.facts.laws.value).toEqual(['POPIA']);
    expect(imaginet.facts.storage_location.value).toBeNull();
    expect(imaginet.score.points.find((p) => p.fact === 'storage_location')?.status).toBe('unknown');
  });

  it('compares with the reference set when given one, leaving itself out', () => {
    const report = analysePolicy({ kind: 'text', content: policyText('imaginet') }, { reference: referenceSet });
    expect(report.comparison?.against).toHaveLength(referenceSet.length - 1);
    expect(report.comparison?.against.map((a) => a.id)).not.toContain('imaginet');
  });

  it('ranks among the references of the kind it is given, counting only graded ones', () => {
    const report = analysePolicy({ kind: 'text', content: policyText('imaginet') }, { reference: referenceSet, group: { kind: 'isp' } });
    // The other internet providers: seven vendored (orange-fr is in French, so not graded) and Imagine.
    const isps = referenceSet.filter((r) => r.kind === 'isp' && r.id !== 'imaginet' && r.id !== 'orange-fr');
    expect(isps).toHaveLength(7);
    expect(report.comparison).toMatchObject({ group: { kind: 'isp', country: null }, of: 8 });
    expect(report.comparison?.rank).toBe(1 + isps.filter((r) => r.report.score.score > report.score.score).length);
  });

  it('recognises a reference policy whose text changed a little, and leaves it out', () => {
    const report = analysePolicy({ kind: 'text', content: `${policyText('imaginet')}\nUpdated.` }, { reference: referenceSet });
    expect(report.textHash).not.toBe(hashText(policyText('imaginet')));
    expect(report.comparison?.against).toHaveLength(referenceSet.length - 1);
    expect(report.comparison?.against.map((a) => a.id)).not.toContain('imaginet');
  });

  it('compares a policy outside the set with all 48', () => {
    const content = [
      'We collect your name, e-mail address and IP address when you create an account.',
      'We share your data with payment processors and delivery partners.',
      'We keep your account data for two years after you close your account.',
      'You may ask us for a copy of your data or ask us to delete it.',
    ].join('\n');
    const report = analysePolicy({ kind: 'text', content }, { reference: referenceSet });
    expect(report.comparison?.against).toHaveLength(48);
    // No site and no kind in the text: ranked among every graded reference.
    expect(report.comparison).toMatchObject({ detectedKind: null, group: { kind: null, country: null } });
    expect(report.comparison?.of).toBe(1 + report.comparison!.against.filter((r) => r.grade !== null).length);
  });

  it.each([
    ['empty text', ''],
    ['only whitespace', ' \n\t '],
  ])('rejects %s with a clear PolicyError', (_name, content) => {
    expect(() => analysePolicy({ kind: 'text', content })).toThrow(PolicyError);
  });

  it('scores a text that is not about personal data at 50 with zero coverage, and says why', () => {
    const report = analysePolicy({ kind: 'text', content: 'Mix the flour and the eggs. Bake for twenty minutes.' });
    expect(report.score).toMatchObject({ score: 50, coverage: 0 });
    expect(report.looksLikePolicy).toBe(false);
    expect(report.warnings.join(' ')).toMatch(/does not read like a privacy policy/);
    expect(report.warnings.join(' ')).toMatch(/says little about what we check \(0% of the score table\)/);
  });

  it.each(['imaginet', 'imagine-ftth', 'imqs', 'i-image', 'ixanet'])('gives %s a grade without a thin-coverage warning', (id) => {
    const report = analysePolicy({ kind: 'text', content: policyText(id) });
    expect(report.score.coverage).toBeGreaterThanOrEqual(0.3);
    expect(report.warnings.join(' ')).not.toMatch(/says little/);
  });
});

describe('analysePolicy progress', () => {
  it('tells each stage in order, and every clause as it is classified', () => {
    const seen: AnalysisProgress[] = [];
    const report = analysePolicy({ kind: 'text', content: policyText('imqs') }, { onProgress: (progress) => seen.push(progress) });
    expect(seen[0]).toEqual({ stage: 'extracting', done: 0, total: 0 });
    expect(seen.at(-1)).toEqual({ stage: 'scoring', done: 0, total: 0 });
    const classifying = seen.filter((p) => p.stage === 'classifying');
    expect(classifying.map((p) => p.done)).toEqual(report.clauses.map((_clause, i) => i + 1));
    expect(new Set(classifying.map((p) => p.total))).toEqual(new Set([report.clauses.length]));
  });
});

describe('analysePolicy with frames the caller could not read', () => {
  const shell = '<html><head><title>Legal</title></head><body><main><h1>Legal</h1><p>Our legal notices are shown below.</p></main></body></html>';

  it('says the policy may be in the frame instead of only calling the page no policy', () => {
    const report = analysePolicy({ kind: 'html', content: shell, unreadFrames: 2 }, { parseHtml });
    expect(report.looksLikePolicy).toBe(false);
    expect(report.warnings).toContainEqual(expect.stringMatching(/^Part of this page is shown in 2 embedded frames, which were not read/));
    expect(report.warnings).toContainEqual(expect.stringMatching(/the policy may be in 2 embedded frames from other sites, which could not be read/));
    expect(report.warnings).not.toContain('This does not read like a privacy policy or terms of service.');
  });

  it('still calls a page with no frames no policy', () => {
    const report = analysePolicy({ kind: 'html', content: shell }, { parseHtml });
    expect(report.warnings).toContain('This does not read like a privacy policy or terms of service.');
    expect(report.warnings.join('\n')).not.toMatch(/frame/);
  });
});
