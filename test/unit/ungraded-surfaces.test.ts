// An ungraded report on every surface that is not a browser page: CLI text, PDF content,
// the options page's comparison choices. The popup and options page are checked end to end.
import { describe, expect, it } from 'vitest';
import { formatComparison, formatReport } from '../../src/cli/format';
import { PLAIN_STYLE } from '../../src/cli/style';
import { comparablePolicies, ungradedPolicies } from '../../src/compare-view/choices';
import { comparePolicies } from '../../src/compare-view/compare';
import { analysePolicy } from '../../src/core/analyse';
import type { Comparison, PolicyReport, ReferencePolicy } from '../../src/core/types';
import { referenceSet } from '../../src/data/reference';
import type { Block } from '../../src/pdf/blocks';
import { reportBlocks } from '../../src/pdf/content';
import type { HistorySummary } from '../../src/storage/types';

const FRENCH = analysePolicy({
  kind: 'text',
  content:
    'Politique de confidentialité. Nous collectons votre nom et votre adresse e-mail. Nous ne vendons pas vos données personnelles. Vous pouvez demander la suppression de vos données.',
});
const THIN = analysePolicy({
  kind: 'text',
  content: 'Privacy Policy\n\nThis privacy policy explains how we handle personal information. We collect your name and email address when you register. We process personal information to provide the service and to comply with the law.',
});

const blockText = (blocks: Block[]) => JSON.stringify(blocks);

describe('the CLI text of an ungraded report', () => {
  it('prints why in place of score and grade, and keeps the findings of a thin policy', () => {
    const text = formatReport(THIN, PLAIN_STYLE);
    expect(text).toMatch(/\nNot graded: Not enough information to grade {2}coverage \d+% of the score table\n/);
    expect(text).not.toMatch(/grade [A-E]|Score \d+\/100/);
    expect(text).toContain('\nFindings\n');
  });

  it('prints nothing but why for a text it cannot read', () => {
    const text = formatReport(FRENCH, PLAIN_STYLE);
    expect(text).toContain("\nNot graded: Policy Lens can't read French policies yet\n");
    expect(text).not.toMatch(/Top reasons|Findings|Not stated|Does not say|coverage/);
  });

  it('marks an ungraded reference in the comparison and says why it is not graded', () => {
    const group = { kind: null, country: null };
    const entry = { kind: 'isp' as const, country: 'ZA', policyDate: null, categories: [] };
    const comparison: Comparison = {
      rank: 1,
      of: 2,
      group,
      detectedKind: null,
      against: [
        { ...entry, id: 'a', name: 'Graded', score: 60, grade: 'C' },
        { ...entry, id: 'b', name: 'Thin', score: 90, grade: null, notGraded: 'says too little about what we check' },
      ],
    };
    const lines = formatComparison(comparison, { score: 70, grade: 'B' }, PLAIN_STYLE);
    const thin = lines.findIndex((line) => line.includes('Thin'));
    expect(lines[thin]?.split(/\s+/).filter(Boolean).slice(0, 2)).toEqual(['Thin', '-']);
    expect(lines[thin + 1]).toMatch(/says too little about what we check/);
  });
});

describe('the PDF of an ungraded report', () => {
  const pairs = (report: PolicyReport) => reportBlocks(report, new Date(2026, 0, 1)).find((b) => b.kind === 'pairs')?.pairs ?? [];

  it('names the reason in place of the grade and shows no score', () => {
    expect(pairs(THIN)).toContainEqual(['Grade', 'Not graded: Not enough information to grade']);
    expect(pairs(THIN).map(([label]) => label)).not.toContain('Score');
    expect(pairs(THIN).map(([label]) => label)).toContain('Coverage');
  });

  it('lists no reasons, findings or facts for a text it cannot read', () => {
    const blocks = reportBlocks(FRENCH, new Date(2026, 0, 1));
    expect(pairs(FRENCH)).toEqual([
      ['Source', 'Pasted text'],
      ['Analysed', expect.any(String)],
      ['Grade', "Not graded: Policy Lens can't read French policies yet"],
      // The same verdict line as the popup's.
      ['Verdict', 'No rank among similar providers: there is no grade to rank by.'],
    ]);
    expect(blocks.filter((b) => b.kind === 'heading')).toEqual([]);
    expect(blockText(blocks)).not.toMatch(/Not stated|Does not say|No findings/);
  });
});

describe('comparison choices', () => {
  const summary = (key: string, grade: HistorySummary['grade']): HistorySummary => ({
    key,
    url: key,
    title: `Title of ${key}`,
    analysedAt: 1,
    textHash: 'h',
    score: 50,
    grade,
  });
  const thinReference: ReferencePolicy = { id: 'thin', name: 'Thin ISP', kind: 'isp', country: 'ZA', policyDate: null, url: null, source: { name: 'test', licence: 'none', attribution: 'nobody' }, report: THIN };

  it('offers only graded policies, and names the rest', () => {
    const history = [summary('https://a.example/', 'B'), summary('https://b.example/', null)];
    const reference = [...referenceSet, thinReference];
    const shipped = (graded: boolean) => referenceSet.filter((r) => (r.report.score.grade !== null) === graded);
    // orange-fr (French) and the references too thin to grade are in the set but never offered.
    expect(shipped(false).map((r) => r.id)).toContain('orange-fr');
    expect(comparablePolicies(history, reference).map((c) => c.id)).toEqual(['https://a.example/', ...shipped(true).map((r) => r.id)]);
    expect(ungradedPolicies(history, reference)).toEqual(['Title of https://b.example/', ...shipped(false).map((r) => r.name), 'Thin ISP']);
  });

  it('reads "Not graded" in the grade row should an ungraded report be compared', () => {
    const sections = comparePolicies([
      { id: 'x', name: 'X', source: 'history', grade: 'B', details: '', report: referenceSet[0]!.report },
      { id: 'y', name: 'Y', source: 'history', grade: 'B', details: '', report: THIN },
    ]);
    const gradeRow = sections[0]!.rows.find((row) => row.key === 'grade');
    expect(gradeRow?.cells.map((cell) => cell.lines[0])).toEqual([referenceSet[0]!.report.score.grade, 'Not graded']);
    expect(gradeRow?.cells.map((cell) => cell.verdict)).toEqual(['current', 'not-stated']);
  });
});
