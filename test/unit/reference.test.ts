import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { QUOTE_CHARS, QUOTES_PER_CHECKLIST_ITEM, QUOTES_PER_FINDING, REFERENCE_SET_FILE, buildReferenceSet, serialiseReferenceSet } from '../../scripts/build-reference';
import { gradingProblem } from '../../src/core/gradable';
import { GRADE_BANDS } from '../../src/core/score-table';
import { PROVIDER_KINDS, type Evidence } from '../../src/core/types';
import { referenceSet } from '../../src/data/reference';
import { referencePlainText, type ReferenceIndexEntry } from '../../src/eval/reference-text';
import { REFERENCE_COLLECTIONS } from '../../src/present/attributions';

const index = JSON.parse(readFileSync(new URL('../../data/reference/index.json', import.meta.url), 'utf8')) as ReferenceIndexEntry[];
const vendoredText = (entry: ReferenceIndexEntry) =>
  referencePlainText(entry, readFileSync(new URL(`../../data/reference/${entry.id}.md`, import.meta.url), 'utf8'));

describe('bundled reference set', () => {
  it('matches a fresh run of the pipeline over data/reference and src/data/policies', async () => {
    const committed = readFileSync(REFERENCE_SET_FILE, 'utf8');
    const fresh = serialiseReferenceSet(await buildReferenceSet());
    expect(committed === fresh, 'src/data/reference-set.json is stale: run npm run reference').toBe(true);
  }, 120_000);

  it('holds the 43 vendored policies as the index describes them, then the five seeds', () => {
    expect(referenceSet).toHaveLength(48);
    expect(new Set(referenceSet.map((r) => r.id)).size).toBe(48);
    expect(referenceSet.slice(0, 43).map((r) => [r.id, r.name, r.kind, r.country, r.policyDate, r.url])).toEqual(
      index.map((e) => [e.id, e.name, e.kind, e.country, e.policy_date, e.policy_url]),
    );
    expect(referenceSet.slice(43).map((r) => [r.id, r.name, r.kind, r.country, r.policyDate])).toEqual([
      ['imaginet', 'Imaginet', 'isp', 'ZA', '2021-06-30'],
      ['imagine-ftth', 'Imagine', 'isp', 'ZA', '2021-10-01'],
      ['imqs', 'IMQS', 'other', 'ZA', null],
      ['i-image', 'i-Image IT', 'other', 'GB', '2018-05-01'],
      ['ixanet', 'ixanet', 'hosting', 'CA', '2019-05-01'],
    ]);
  });

  it('gives every reference a known kind, an ISO country, a policy date or null, and its source with what its licence asks', () => {
    for (const r of referenceSet) {
      expect(PROVIDER_KINDS, r.id).toContain(r.kind);
      expect(r.country, r.id).toMatch(/^[A-Z]{2}$/);
      if (r.policyDate !== null) expect(r.policyDate, r.id).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
      expect(Object.values(REFERENCE_COLLECTIONS).map((c) => c.name), r.id).toContain(r.source.name);
      expect(r.source.attribution, r.id).not.toBe('');
    }
    const opentermsarchive = referenceSet.find((r) => r.id === 'cloudflare')!.source;
    expect(opentermsarchive).toMatchObject({ name: 'Open Terms Archive', licence: 'ODC-BY-1.0', attribution: 'Open Terms Archive contributors' });
    expect(opentermsarchive.location).toMatch(/^OpenTermsArchive\/contrib-versions\/Cloudflare\/Privacy Policy\.md@[0-9a-f]{12}$/);
    expect(referenceSet.find((r) => r.id === 'att')!.source).toMatchObject({ name: 'DMOZ Privacy Policy Corpus', licence: 'CC0-1.0' });
  });

  it.each(referenceSet.map((r) => [r.id, r]))('%s has a complete report, derived only', (_id, reference) => {
    const { report } = reference;
    expect(report.version).toBe(1);
    expect(report.textHash).toMatch(/^[0-9a-f]{16}$/);
    expect(report.score.score).toBeGreaterThanOrEqual(0);
    expect(report.score.score).toBeLessThanOrEqual(100);
    // A grade, or none with the gate's reason (grade-gate.ts), never both.
    if (report.score.grade === null) expect(report.score.gradeWithheld?.message).toBeTruthy();
    else expect(GRADE_BANDS.map((b) => b.grade)).toContain(report.score.grade);
    expect(report.categories).toHaveLength(5);
    expect(report.comparison).toBeUndefined();
    expect(report.clauses).toEqual([]);
    const quoteLists: Evidence[][] = [
      ...Object.values(report.facts).map((f) => f.evidence),
      ...report.categories.flatMap((c) => c.findings.map((f) => f.evidence)),
      ...report.score.points.map((p) => p.evidence),
    ];
    const checklistQuotes = report.checklists.flatMap((c) => c.items.map((i) => i.evidence));
    for (const quotes of checklistQuotes) expect(quotes.length).toBeLessThanOrEqual(QUOTES_PER_CHECKLIST_ITEM);
    for (const quotes of [...quoteLists, ...checklistQuotes]) {
      expect(quotes.length).toBeLessThanOrEqual(QUOTES_PER_FINDING);
      for (const quote of quotes) {
        expect(quote.text.length).toBeLessThanOrEqual(QUOTE_CHARS);
        expect(quote.why).toBeUndefined();
      }
    }
  });

  it('ships no policy text: no 200-character stretch of any vendored policy is in the file', () => {
    const shipped = readFileSync(REFERENCE_SET_FILE, 'utf8').replace(/\s+/g, ' ');
    for (const entry of index) {
      const text = vendoredText(entry).replace(/\s+/g, ' ');
      for (const at of [0.25, 0.5, 0.75]) {
        const stretch = text.slice(Math.floor(text.length * at), Math.floor(text.length * at) + 200);
        expect(shipped.includes(JSON.stringify(stretch).slice(1, -1)), `${entry.id} at ${at}`).toBe(false);
      }
    }
  });

  it('grades the English policies but not orange-fr, which is in French', () => {
    const orange = referenceSet.find((r) => r.id === 'orange-fr')!;
    expect(gradingProblem(orange.report)).toBe('not in English (French)');
    // Unread, so no checklist: every item "not found" would blame the policy for our not reading it.
    expect(orange.report.checklists).toEqual([]);
    // Others fail only on coverage or on reading like a policy, which the pipeline decides.
    const ungraded = referenceSet.filter((r) => gradingProblem(r.report) !== null);
    expect(ungraded.filter((r) => r.report.language !== 'en').map((r) => r.id)).toEqual(['orange-fr']);
    expect(ungraded.length).toBeLessThanOrEqual(6);
  });

  it('stays small enough to bundle (derived reports and 32-hash fingerprints)', () => {
    const file = readFileSync(REFERENCE_SET_FILE);
    // 48 derived reports with typed retention periods, analyser versions, withheld-grade reasons
    // and jurisdiction checklists (about 125 KB, 17 KB gzip, of it: one quote per item); 600 KB until
    // the model trained on 219 policies labelled more clauses, each finding quoting up to three.
    expect(file.length).toBeLessThan(620_000);
    expect(gzipSync(file).length).toBeLessThan(100_000);
  });
});
