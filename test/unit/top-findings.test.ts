import { describe, expect, it } from 'vitest';
import type { ScorePoint } from '../../src/core/types';
import { FINDING_MARKS, findingPoints, findingWeight, topFindings } from '../../src/present/top-findings';

const line = (fact: ScorePoint['fact'], points: number, weight: number, status: ScorePoint['status']): ScorePoint => ({
  fact,
  points,
  weight,
  status,
  reason: `${fact} reason`,
  evidence: [],
});

/** Visible's score lines (a real reference), in the score table's order. */
const VISIBLE: ScorePoint[] = [
  line('collects', -5, 5, 'bad'),
  line('shares_with_third_parties', -5, 10, 'bad'),
  line('sells_data', 0, 20, 'unknown'),
  line('marketing_without_consent', -15, 15, 'bad'),
  line('retention', 0, 10, 'unknown'),
  line('cross_border_transfer', -10, 10, 'bad'),
  line('storage_location', 5, 5, 'good'),
  line('rights', -10, 20, 'bad'),
  line('laws', 0, 5, 'neutral'),
  line('security_measures_described', 10, 10, 'good'),
  line('breach_notification', 0, 10, 'unknown'),
];

const facts = (points: ScorePoint[]) => points.map((p) => p.fact);

describe('findingWeight', () => {
  it('is the points a stated line moved the score by, either way, and the points an unstated line leaves open', () => {
    expect(findingWeight(line('rights', -10, 20, 'bad'))).toBe(10);
    expect(findingWeight(line('security_measures_described', 10, 10, 'good'))).toBe(10);
    expect(findingWeight(line('laws', 0, 5, 'neutral'))).toBe(0);
    expect(findingWeight(line('sells_data', 0, 20, 'unknown'))).toBe(20);
  });
});

describe('topFindings', () => {
  it('takes the five that weigh most, heaviest first; at equal weight the stated ones, in the table’s order', () => {
    // Silence on selling (20 open), marketing (−15), then the lines worth 10: transfer, rights and
    // security are stated and come before retention and breach notification, which are not.
    expect(facts(topFindings(VISIBLE))).toEqual(['sells_data', 'marketing_without_consent', 'cross_border_transfer', 'rights', 'security_measures_described']);
  });

  it('fills up to three with lines that weigh nothing, but no further', () => {
    const points = [line('collects', 0, 5, 'neutral'), line('sells_data', 20, 20, 'good'), line('laws', 0, 5, 'neutral'), line('rights', 0, 20, 'neutral')];
    expect(facts(topFindings(points))).toEqual(['sells_data', 'collects', 'laws']);
    const weighty = [...points, line('retention', 10, 10, 'good'), line('security_measures_described', -10, 10, 'bad'), line('breach_notification', 0, 10, 'unknown')];
    expect(facts(topFindings(weighty))).toEqual(['sells_data', 'retention', 'security_measures_described', 'breach_notification']);
  });

  it('shows all of fewer than three, and none of none (a text it could not read)', () => {
    expect(facts(topFindings([line('laws', 0, 5, 'neutral'), line('rights', 5, 20, 'good')]))).toEqual(['rights', 'laws']);
    expect(topFindings([])).toEqual([]);
  });

  it('leaves the report’s own order alone', () => {
    const copy = [...VISIBLE];
    topFindings(VISIBLE);
    expect(VISIBLE).toEqual(copy);
  });
});

describe('how a finding is marked', () => {
  it('by a sign and a word for each status, never colour alone', () => {
    expect(FINDING_MARKS.good).toEqual({ icon: '✓', word: 'Good' });
    expect(FINDING_MARKS.bad).toEqual({ icon: '✗', word: 'Bad' });
    expect(FINDING_MARKS.unknown).toEqual({ icon: '?', word: 'Not stated' });
    const marks = Object.values(FINDING_MARKS);
    expect(new Set(marks.map((m) => m.icon)).size).toBe(marks.length);
    expect(new Set(marks.map((m) => m.word)).size).toBe(marks.length);
  });

  it('with its points out of the line’s weight', () => {
    expect(findingPoints({ points: 20, weight: 20 })).toBe('+20 of 20');
    expect(findingPoints({ points: -5, weight: 10 })).toBe('-5 of 10');
    expect(findingPoints({ points: 0, weight: 10 })).toBe('0 of 10');
  });
});
