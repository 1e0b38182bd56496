import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/core/facts';
import { MIN_STATED_WEIGHT, gradeFor, scorePolicy } from '../../src/core/score';
import { SCORE_TABLE, TOTAL_WEIGHT } from '../../src/core/score-table';
import type { FactKey, PolicyFacts, Retention, ScorePoint } from '../../src/core/types';

type Values = { [K in FactKey]?: PolicyFacts[K]['value'] };

/** Facts with every value unknown except those given; security/laws default to unknown here too. */
function facts(values: Values): PolicyFacts {
  const sheet = extractFacts([]);
  for (const key of Object.keys(sheet) as FactKey[]) sheet[key] = { value: null, evidence: [] };
  for (const [key, value] of Object.entries(values)) {
    sheet[key as FactKey] = { value, evidence: [{ clause: 3, text: `about ${key}` }] } as never;
  }
  return sheet;
}

const kept = (kind: Retention['kind'], phrase: string): Retention => ({ kind, periods: [{ phrase, clause: 3 }] });

const pointFor = (key: FactKey, values: Values): ScorePoint => scorePolicy(facts(values)).points.find((p) => p.fact === key)!;

describe('score table lines', () => {
  it.each<[FactKey, Values, number, ScorePoint['status'], RegExp]>([
    ['sells_data', { sells_data: false }, 20, 'good', /never sells/],
    ['sells_data', { sells_data: true }, -20, 'bad', /^Sells your data/],
    ['rights', { rights: [] }, -20, 'bad', /Lists 0 of the 9/],
    ['rights', { rights: ['access', 'correction'] }, -10, 'bad', /see your data and correct it/],
    ['rights', { rights: ['access', 'correction', 'deletion', 'complaint'] }, 0, 'neutral', /Lists 4/],
    ['rights', { rights: ['access', 'correction', 'deletion', 'complaint', 'objection', 'restriction'] }, 10, 'good', /Lists 6/],
    ['rights', { rights: ['access', 'correction', 'deletion', 'objection', 'restriction', 'portability', 'complaint', 'withdraw-consent', 'opt-out-marketing'] }, 20, 'good', /Lists 9/],
    ['marketing_without_consent', { marketing_without_consent: false }, 15, 'good', /only with your consent/],
    ['marketing_without_consent', { marketing_without_consent: true }, -15, 'bad', /without asking/],
    ['shares_with_third_parties', { shares_with_third_parties: true }, -5, 'bad', /Shares your data/],
    ['shares_with_third_parties', { shares_with_third_parties: false }, 10, 'good', /does not share/],
    ['retention', { retention: kept('fixed', 'for a maximum of 5 years') }, 10, 'good', /how long/],
    ['retention', { retention: kept('vague', 'as long as necessary for the purpose') }, 5, 'good', /without a fixed period/],
    ['retention', { retention: kept('indefinite', 'indefinitely') }, -10, 'bad', /indefinitely/],
    ['cross_border_transfer', { cross_border_transfer: true }, -10, 'bad', /other countries/],
    ['cross_border_transfer', { cross_border_transfer: false }, 10, 'good', /does not send/],
    ['storage_location', { storage_location: { places: ['Canada'], outside: [] } }, 5, 'good', /stored in Canada/],
    ['storage_location', { storage_location: { places: ['Ireland'], outside: ['the EEA'] } }, 5, 'good', /stored in Ireland, and may be stored outside the EEA/],
    ['storage_location', { storage_location: { places: [], outside: ['the EEA'] } }, 0, 'neutral', /may be stored outside the EEA/],
    ['storage_location', { storage_location: { places: [], outside: ['the EU', 'the EEA'] } }, 0, 'neutral', /^Says only that your data may be stored outside the EU and the EEA$/],
    ['security_measures_described', { security_measures_described: true }, 10, 'good', /Describes how/],
    ['security_measures_described', { security_measures_described: false }, -10, 'bad', /Does not describe/],
    ['breach_notification', { breach_notification: true }, 10, 'good', /tell you about a data breach/],
    ['breach_notification', { breach_notification: false }, -10, 'bad', /will not tell you/],
    ['laws', { laws: ['POPIA'] }, 5, 'good', /follows: POPIA/],
    ['laws', { laws: [] }, 0, 'neutral', /Does not name/],
    ['collects', { collects: ['name', 'email'] }, 5, 'good', /few kinds of data: name and e-mail address/],
    ['collects', { collects: ['name', 'email', 'phone', 'address', 'cookies', 'ip-address'] }, 0, 'neutral', /Collects 6 kinds/],
    ['collects', { collects: ['name', 'address', 'phone', 'email', 'id-number', 'payment-details', 'company-details', 'ip-address', 'device-info', 'communications'] }, -5, 'bad', /many kinds of data: name, ID number, payment details and 7 more/],
  ])('%s with %j → %i points, %s', (key, values, points, status, reason) => {
    const point = pointFor(key, values);
    expect(point).toMatchObject({ points, status });
    expect(point.reason).toMatch(reason);
    expect(point.evidence).toEqual([{ clause: 3, text: `about ${key}` }]);
  });

  it.each(SCORE_TABLE.map((line) => [line.fact]))('%s: unknown when not stated, with no points and its own reason', (key) => {
    const point = pointFor(key, {});
    expect(point).toMatchObject({ status: 'unknown', points: 0, evidence: [] });
    expect(point.reason).toMatch(/^Does not/);
  });

  it('never gives or takes more than a line weighs', () => {
    const worst = scorePolicy(facts({ sells_data: true, rights: [], collects: [...Array(16).keys()].map(() => 'name') as never }));
    for (const p of worst.points) expect(Math.abs(p.points)).toBeLessThanOrEqual(p.weight);
  });
});

describe('scorePolicy', () => {
  it('scores over stated facts only once half the table is stated: all best is 100', () => {
    const best = facts({ sells_data: false, rights: ['access', 'correction', 'deletion', 'objection', 'restriction', 'portability', 'complaint', 'withdraw-consent'], marketing_without_consent: false, shares_with_third_parties: false });
    expect(MIN_STATED_WEIGHT).toBe(60);
    expect(scorePolicy(best)).toMatchObject({ score: 100, grade: 'A', coverage: 65 / TOTAL_WEIGHT });
  });

  it('keeps a text that states little near the middle: one good fact alone is not an A', () => {
    expect(scorePolicy(facts({ sells_data: false }))).toMatchObject({ score: Math.round(50 + (50 * 20) / 60), grade: 'B', coverage: 20 / TOTAL_WEIGHT });
    expect(scorePolicy(facts({ sells_data: true }))).toMatchObject({ score: Math.round(50 - (50 * 20) / 60), grade: 'E' });
  });

  it('is 50 (grade C) with zero coverage when nothing is stated', () => {
    expect(scorePolicy(facts({}))).toMatchObject({ score: 50, grade: 'C', coverage: 0 });
  });

  it('above the minimum, an unknown line does not move the score', () => {
    const stated: Values = { sells_data: false, marketing_without_consent: true, rights: ['access'], shares_with_third_parties: true };
    const a = scorePolicy(facts(stated));
    expect(a.score).toBe(Math.round(50 + (50 * (20 - 15 - 15 - 5)) / 65));
    expect(a.points.filter((p) => p.status === 'unknown')).toHaveLength(SCORE_TABLE.length - 4);
  });

  it('is 0 when every stated fact is as bad as it gets', () => {
    const worst = facts({ sells_data: true, security_measures_described: false, rights: [], marketing_without_consent: true });
    expect(scorePolicy(worst)).toMatchObject({ score: 0, grade: 'E' });
  });

  it('has full coverage when every fact is stated', () => {
    const all = facts({
      collects: ['name'], shares_with_third_parties: true, sells_data: false, marketing_without_consent: false,
      retention: kept('fixed', '5 years'), cross_border_transfer: false, storage_location: { places: ['Canada'], outside: [] }, rights: ['access'],
      laws: [], security_measures_described: true, breach_notification: true,
    });
    expect(scorePolicy(all).coverage).toBe(1);
  });
});

describe('gradeFor', () => {
  it.each([
    [100, 'A'], [80, 'A'], [79, 'B'], [65, 'B'], [64, 'C'], [50, 'C'], [49, 'D'], [35, 'D'], [34, 'E'], [0, 'E'],
  ])('%i → %s', (score, grade) => {
    expect(gradeFor(score)).toBe(grade);
  });
});
