import { describe, expect, it } from 'vitest';
import { gradeFor } from '../../src/core/score';
import type { Comparison, PolicyReport, ReferenceComparison } from '../../src/core/types';
import { gradeLegend, NO_GRADE_LEGEND } from '../../src/present/grade-legend';
import { NO_COMPARISON, NOT_RANKED, verdictLine } from '../../src/present/verdict';

const reference = (id: string, kind: ReferenceComparison['kind'], score: number, grade: ReferenceComparison['grade']): ReferenceComparison => ({
  id,
  name: id,
  kind,
  country: 'GB',
  policyDate: null,
  score,
  grade,
  categories: [],
});

const against = [
  reference('host-a', 'hosting', 80, 'A'),
  reference('host-b', 'hosting', 60, 'C'),
  reference('host-c', 'hosting', 50, 'C'),
  reference('host-thin', 'hosting', 95, null),
  reference('isp-a', 'isp', 10, 'E'),
];

const comparison = (kind: Comparison['group']['kind']): Comparison => ({ rank: 0, of: 0, group: { kind, country: null }, detectedKind: kind, against });

const report = (score: number, grade: PolicyReport['score']['grade'], compared?: Comparison): Pick<PolicyReport, 'score' | 'comparison'> => ({
  score: { score, grade, points: [], coverage: 0.8 },
  comparison: compared,
});

describe('verdictLine', () => {
  it('says where a graded policy stands among its group, counting only graded references of the group', () => {
    // 70 beats host-b and host-c, trails host-a; host-thin has no grade and isp-a is another kind.
    expect(verdictLine(report(70, 'B', comparison('hosting')))).toBe('Better than 2 of 3 hosting providers.');
    expect(verdictLine(report(70, 'B', comparison(null)))).toBe('Better than 3 of 4 providers.');
    // A tie is not "better than".
    expect(verdictLine(report(60, 'C', comparison('hosting')))).toBe('Better than 1 of 3 hosting providers.');
  });

  it('follows the kind and country the reader chose in the comparison', () => {
    // The analysis picked hosting; the reader asked for every kind, then for ISPs.
    expect(verdictLine(report(70, 'B', comparison('hosting')), null, { kind: null, country: null })).toBe('Better than 3 of 4 providers.');
    expect(verdictLine(report(70, 'B', comparison('hosting')), null, { kind: 'isp', country: null })).toBe('Better than 1 of 1 internet provider.');
    expect(verdictLine(report(70, 'B', comparison('hosting')), null, { kind: 'hosting', country: 'DE' })).toBe('No graded hosting providers in Germany to compare with.');
  });

  it('says so when the group has no graded provider', () => {
    expect(verdictLine(report(70, 'B', comparison('vpn')))).toBe('No graded VPN providers to compare with.');
  });

  it('ranks nothing without a grade', () => {
    expect(verdictLine(report(70, null))).toBe(NOT_RANKED);
    expect(verdictLine(report(70, null, comparison('hosting')))).toBe(NOT_RANKED);
    expect(verdictLine(report(70, 'B', comparison('hosting')), 'not in English (de)')).toBe(
      'Not ranked among hosting providers: this policy cannot be graded (not in English (de)).',
    );
  });

  it('says a saved analysis with no comparison, or one from before groups, has no rank', () => {
    expect(verdictLine(report(70, 'B'))).toBe(NO_COMPARISON);
    const old = { rank: 2, of: 3, against } as unknown as Comparison;
    expect(verdictLine(report(70, 'B', old))).toBe(NO_COMPARISON);
  });
});

describe('gradeLegend', () => {
  it('gives the scores of each grade, A to E, as the bands grade them', () => {
    expect(gradeLegend().map(({ grade, scores }) => [grade, scores])).toEqual([
      ['A', '80–100'],
      ['B', '65–79'],
      ['C', '50–64'],
      ['D', '35–49'],
      ['E', '0–34'],
    ]);
    for (const row of gradeLegend()) {
      const [low, high] = row.scores.split('–').map(Number) as [number, number];
      expect([gradeFor(low), gradeFor(high)]).toEqual([row.grade, row.grade]);
      if (low > 0) expect(gradeFor(low - 1)).not.toBe(row.grade);
    }
  });

  it('says when there is no grade, with the gate’s threshold', () => {
    expect(NO_GRADE_LEGEND).toContain('less than 30% of what we check');
  });
});
