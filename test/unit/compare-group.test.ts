import { describe, expect, it } from 'vitest';
import { chooseGroup, groupOptions, groupRows, hasCurrentComparison, standingIn } from '../../src/core/compare-group';
import { gradingProblem, isGradable } from '../../src/core/gradable';
import type { ComparisonGroup, PolicyReport, ProviderKind, ReferenceComparison } from '../../src/core/types';
import { groupNoun, referenceDetails, standingSentence } from '../../src/present/comparison-words';

const ref = (id: string, kind: ProviderKind, country: string, score: number, graded = true): ReferenceComparison => ({
  ...{ id, name: id, kind, country, policyDate: null, score, categories: [] },
  grade: graded ? 'C' : null,
  ...(graded ? {} : { notGraded: 'not in English (French)' }),
});

const against = [
  ref('h1', 'hosting', 'GB', 80),
  ref('h2', 'hosting', 'US', 60),
  ref('h3', 'hosting', 'GB', 40),
  ref('h4', 'hosting', 'US', 60),
  ref('i1', 'isp', 'FR', 90, false),
  ref('i2', 'isp', 'GB', 20),
];
const hosting: ComparisonGroup = { kind: 'hosting', country: null };
const all: ComparisonGroup = { kind: null, country: null };

describe('isGradable: English, reads like a policy, states at least 30 % of the score table', () => {
  const report = (language: string, looksLikePolicy: boolean, coverage: number) =>
    ({ language, looksLikePolicy, score: { coverage } }) as Pick<PolicyReport, 'language' | 'looksLikePolicy' | 'score'>;
  it.each([
    ['en', true, 0.3, null],
    ['en', true, 0.29, 'says too little about what we check'],
    ['fr', true, 0.9, 'not in English (French)'],
    // A language not recognised is read (with a warning), as the grade gate reads it.
    ['unknown', true, 0.9, null],
    ['en', false, 0.9, 'does not read like a privacy policy'],
  ])('%s, policy %s, coverage %s → %s', (language, policy, coverage, problem) => {
    expect(gradingProblem(report(language, policy, coverage))).toBe(problem);
    expect(isGradable(report(language, policy, coverage))).toBe(problem === null);
  });
});

describe('standingIn', () => {
  it('ranks among the graded members of the group; ties share a rank and are neither better nor worse', () => {
    expect(standingIn(60, against, hosting)).toEqual({ rank: 2, of: 5, better: 1, members: 4 });
    expect(standingIn(60, against, { kind: 'hosting', country: 'GB' })).toEqual({ rank: 2, of: 3, better: 1, members: 2 });
  });

  it('never counts an ungraded reference, even one that scores higher', () => {
    expect(standingIn(85, against, { kind: 'isp', country: null })).toEqual({ rank: 1, of: 2, better: 1, members: 1 });
    expect(standingIn(85, against, all)).toEqual({ rank: 1, of: 6, better: 5, members: 5 });
  });
});

describe('groupRows', () => {
  const names = (group: ComparisonGroup, score: number) => groupRows(score, against, group).map((row) => (row.self ? 'THIS' : row.reference.id));

  it('lists the group by score with this policy placed before the references it ties', () => {
    expect(names(hosting, 60)).toEqual(['h1', 'THIS', 'h2', 'h4', 'h3']);
    expect(names(hosting, 99)).toEqual(['THIS', 'h1', 'h2', 'h4', 'h3']);
    expect(names(hosting, 1)).toEqual(['h1', 'h2', 'h4', 'h3', 'THIS']);
  });

  it('puts ungraded references last, after this policy, whatever their score', () => {
    expect(names({ kind: 'isp', country: null }, 50)).toEqual(['THIS', 'i2', 'i1']);
    expect(names({ kind: 'vpn', country: null }, 50)).toEqual(['THIS']);
  });
});

describe('chooseGroup', () => {
  it('keeps what the user chose, null meaning any', () => {
    expect(chooseGroup({ kind: 'isp', country: 'GB' }, 'hosting', against)).toEqual({ kind: 'isp', country: 'GB' });
    expect(chooseGroup({ kind: null }, 'hosting', against)).toEqual(all);
    expect(chooseGroup({ kind: 'vpn' }, null, against)).toEqual({ kind: 'vpn', country: null });
  });

  it('takes the detected kind by default, or all providers when it is unknown or has no graded reference', () => {
    expect(chooseGroup({}, 'hosting', against)).toEqual(hosting);
    expect(chooseGroup({}, null, against)).toEqual(all);
    expect(chooseGroup({}, 'vpn', against)).toEqual(all);
    expect(chooseGroup({ country: 'US' }, 'hosting', against)).toEqual({ kind: 'hosting', country: 'US' });
  });
});

describe('groupOptions', () => {
  it('offers the kinds in their usual order and the countries the references cover', () => {
    expect(groupOptions(against)).toEqual({ kinds: ['isp', 'hosting'], countries: ['FR', 'GB', 'US'] });
  });
});

describe('hasCurrentComparison', () => {
  it('is false for a comparison saved before references had kinds and groups', () => {
    const old = { comparison: { rank: 1, of: 6, against: [] } } as unknown as PolicyReport;
    expect(hasCurrentComparison(old)).toBe(false);
    expect(hasCurrentComparison({ comparison: { rank: 1, of: 1, group: all, detectedKind: null, against: [] } })).toBe(true);
    expect(hasCurrentComparison({})).toBe(true);
  });
});

describe('the words', () => {
  it.each<[number, ComparisonGroup, string]>([
    [60, hosting, 'Better than 1 of 4 hosting providers.'],
    [99, { kind: 'hosting', country: 'GB' }, 'Better than 2 of 2 hosting providers in the United Kingdom.'],
    [30, { kind: 'isp', country: null }, 'Better than 1 of 1 internet provider.'],
    [50, { kind: null, country: 'US' }, 'Better than 0 of 2 providers in the United States.'],
    [50, { kind: null, country: 'FR' }, 'No graded providers in France to compare with.'],
    [50, { kind: 'vpn', country: null }, 'No graded VPN providers to compare with.'],
  ])('score %s among %j: %s', (score, group, sentence) => {
    expect(standingSentence(standingIn(score, against, group), group)).toBe(sentence);
  });

  it('does not rank a policy that cannot be graded, and says why', () => {
    expect(standingSentence(standingIn(99, against, hosting), hosting, 'not in English (de)')).toBe(
      'Not ranked among hosting providers: this policy cannot be graded (not in English (de)).',
    );
  });

  it('names a group and describes a reference in one short line', () => {
    expect(groupNoun({ kind: 'registrar', country: 'CA' })).toBe('domain registrars in Canada');
    expect(groupNoun(all, 1)).toBe('provider');
    expect(referenceDetails({ kind: 'email', country: 'DE', policyDate: '2019-07' })).toBe('E-mail, DE, 2019-07');
    expect(referenceDetails({ kind: 'other', country: 'ZA', policyDate: null })).toBe('Other, ZA, undated');
  });
});
