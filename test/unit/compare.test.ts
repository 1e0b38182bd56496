import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analysePolicy } from '../../src/core/analyse';
import { comparePolicy } from '../../src/core/compare';
import { isGradable } from '../../src/core/gradable';
import { extractFacts } from '../../src/core/facts';
import { scorePolicy } from '../../src/core/score';
import type { Category, FactKey, PolicyFacts, PolicyReport, ProviderKind, ReferencePolicy } from '../../src/core/types';
import { referenceSet } from '../../src/data/reference';

type Values = { [K in FactKey]?: PolicyFacts[K]['value'] };

function report(title: string, values: Values, textHash = title): PolicyReport {
  const facts = extractFacts([]);
  for (const key of Object.keys(facts) as FactKey[]) facts[key] = { value: null, evidence: [] };
  for (const [key, value] of Object.entries(values)) facts[key as FactKey] = { value, evidence: [] } as never;
  const base = { version: 1, title, length: 1, textHash, looksLikePolicy: true, language: 'en', warnings: [], clauses: [], categories: [] } as const;
  return { ...base, warnings: [], clauses: [], categories: [], facts, score: scorePolicy(facts), checklists: [] };
}

/** Facts every policy of a ranking test states alike: enough of the score table (over 30 %) to be graded. */
const STATED: Values = { retention: { kind: 'vague', periods: [{ phrase: 'as long as necessary', clause: 0 }] }, storage_location: { places: ['South Africa'], outside: [] }, cross_border_transfer: true, marketing_without_consent: true };
const graded = (title: string, values: Values) => report(title, { ...STATED, ...values });

const SOURCE = { name: 'test', licence: 'none', attribution: 'nobody' };

const asReference = (r: PolicyReport, kind: ProviderKind = 'isp', country = 'ZA'): ReferencePolicy => ({
  ...{ id: r.title.toLowerCase(), name: r.title, kind, country, policyDate: null, url: null, source: SOURCE },
  report: r,
});

function verdict(category: Category, own: Values, other: Values) {
  const comparison = comparePolicy(report('This', own), [asReference(report('Other', other))]);
  return comparison.against[0]!.categories.find((c) => c.category === category)!;
}

describe('per-category comparison', () => {
  it.each<[Category, Values, Values, string, string]>([
    ['rights', { rights: ['access', 'correction', 'deletion', 'opt-out-marketing'] }, { rights: ['access', 'correction', 'deletion', 'objection', 'restriction', 'portability', 'complaint', 'withdraw-consent'] }, 'worse', 'Lists 4 of your rights; Other lists 8'],
    ['rights', { rights: ['access', 'correction'] }, { rights: ['deletion', 'complaint'] }, 'same', 'Lists 2 of your rights; Other does too'],
    ['rights', { rights: ['access'] }, {}, 'unknown', 'Lists 1 of your rights; Other does not say'],
    ['transfer', { storage_location: { places: ['Canada'], outside: [] } }, { storage_location: { places: ['South Africa'], outside: [] } }, 'same', 'Names where data is stored; Other does too'],
    ['transfer', { storage_location: { places: ['Canada'], outside: [] }, cross_border_transfer: false }, { storage_location: { places: ['South Africa'], outside: [] } }, 'same', 'Names where data is stored; Other does too (only this policy says whether your data leaves the country)'],
    ['transfer', {}, { storage_location: { places: ['South Africa'], outside: [] } }, 'unknown', 'Does not say where your data is stored; Other names where data is stored'],
    ['transfer', {}, {}, 'unknown', 'Does not say whether your data leaves the country; nor does Other'],
    ['transfer', { cross_border_transfer: false, storage_location: { places: ['South Africa'], outside: [] } }, { cross_border_transfer: true, storage_location: { places: ['Canada'], outside: [] } }, 'better', 'Keeps data in the country; Other may send data abroad'],
    ['sharing', { sells_data: false, shares_with_third_parties: true }, { sells_data: true, shares_with_third_parties: true }, 'better', 'Says it never sells your data; Other sells your data'],
    ['sharing', { sells_data: false, shares_with_third_parties: true }, { shares_with_third_parties: true }, 'same', 'Shares your data with other companies; Other does too (only this policy says whether it sells your data)'],
    ['sharing', { shares_with_third_parties: true }, { sells_data: false, shares_with_third_parties: true }, 'same', 'Shares your data with other companies; Other does too (only Other says whether it sells your data)'],
    ['collection', { collects: ['name', 'email'] }, { collects: ['name', 'email', 'phone', 'address', 'id-number', 'ip-address', 'cookies', 'location', 'device-info', 'communications', 'payment-details'] }, 'better', 'Collects 2 kinds of data; Other collects 11'],
    ['collection', { marketing_without_consent: true }, { marketing_without_consent: false }, 'worse', 'May market to you without asking; Other markets to you only with consent'],
    ['retention', { retention: { kind: 'fixed', periods: [{ phrase: 'for 5 years', clause: 0 }] } }, { retention: { kind: 'vague', periods: [{ phrase: 'as long as necessary', clause: 0 }] } }, 'better', 'Says how long it keeps data; Other keeps data "as long as necessary"'],
  ])('%s: %j against %j → %s', (category, own, other, expected, reason) => {
    expect(verdict(category, own, other)).toEqual({ category, verdict: expected, reason });
  });
});

describe('rank', () => {
  const mine = graded('Mine', { sells_data: false, security_measures_described: true, rights: ['access', 'correction', 'deletion', 'complaint'] });
  const refs = [
    graded('Higher', { sells_data: false, security_measures_described: true, rights: ['access', 'correction', 'deletion', 'complaint', 'objection', 'restriction', 'portability', 'withdraw-consent'] }),
    graded('Equal', { sells_data: false, security_measures_described: true, rights: ['access', 'correction', 'deletion', 'complaint'] }),
    graded('Lower', { sells_data: true }),
  ].map((r) => asReference(r));

  it('counts only strictly higher scores, so ties share a rank', () => {
    expect(mine.score.score).toBe(refs[1]!.report.score.score);
    expect(comparePolicy(mine, refs)).toMatchObject({ rank: 2, of: 4 });
    expect(comparePolicy(refs[1]!.report, refs.filter((r) => r.name !== 'Equal').concat(asReference(mine)))).toMatchObject({ rank: 2, of: 4 });
  });

  it('is 1 of 1 against an empty reference set, among all providers', () => {
    expect(comparePolicy(mine, [])).toEqual({ rank: 1, of: 1, group: { kind: null, country: null }, detectedKind: null, against: [] });
  });

  it('lists the references by score, highest first', () => {
    expect(comparePolicy(mine, [...refs].reverse()).against.map((r) => r.name)).toEqual(['Higher', 'Equal', 'Lower']);
  });
});

describe('grouping by kind and country', () => {
  const mine = graded('Mine', { sells_data: false, rights: ['access', 'correction', 'deletion'] });
  const host = (title: string, values: Values, country = 'GB') => asReference(graded(title, values), 'hosting', country);
  const refs = [
    host('Host high', { sells_data: false, security_measures_described: true, rights: ['access', 'correction', 'deletion', 'complaint'] }),
    host('Host low', { sells_data: true }, 'US'),
    host('Host lower', { sells_data: true, shares_with_third_parties: true }),
    asReference(graded('Isp high', { sells_data: false, security_measures_described: true, breach_notification: true }), 'isp'),
  ];

  it('ranks among the chosen kind only, but lists every reference', () => {
    const comparison = comparePolicy(mine, refs, { kind: 'hosting' });
    expect(comparison).toMatchObject({ rank: 2, of: 4, group: { kind: 'hosting', country: null } });
    expect(comparison.against).toHaveLength(4);
  });

  it('narrows to a country, and to all providers with null', () => {
    expect(comparePolicy(mine, refs, { kind: 'hosting', country: 'GB' })).toMatchObject({ rank: 2, of: 3 });
    expect(comparePolicy(mine, refs, { kind: null })).toMatchObject({ rank: 3, of: 5, group: { kind: null, country: null } });
  });

  it('keeps a chosen group with no references in it: 1 of 1', () => {
    expect(comparePolicy(mine, refs, { kind: 'vpn' })).toMatchObject({ rank: 1, of: 1, group: { kind: 'vpn', country: null } });
  });

  it('ranks among the detected kind by default (a hosting site), among all when the kind is unclear', () => {
    const hosted = { ...mine, url: 'https://www.examplehosting.co.uk/privacy' };
    expect(comparePolicy(hosted, refs)).toMatchObject({ detectedKind: 'hosting', group: { kind: 'hosting', country: null }, of: 4 });
    expect(comparePolicy(mine, refs)).toMatchObject({ detectedKind: null, group: { kind: null, country: null }, of: 5 });
  });

  it('falls back to all providers when no graded reference has the detected kind', () => {
    const vpn = { ...mine, url: 'https://examplevpn.com/privacy' };
    expect(comparePolicy(vpn, refs)).toMatchObject({ detectedKind: 'vpn', group: { kind: null, country: null }, of: 5 });
  });
});

describe('a reference that cannot be graded', () => {
  const mine = graded('Mine', { sells_data: false });
  const french = { ...graded('Orange', { sells_data: false, security_measures_described: true, breach_notification: true }), language: 'fr' };
  const thin = report('Thin', {});
  const refs = [asReference(french), asReference(thin), asReference(graded('Graded', { sells_data: true }))];

  it('is listed with why, after the graded ones, and never ranked', () => {
    const comparison = comparePolicy(mine, refs, { kind: 'isp' });
    expect(french.score.score).toBeGreaterThan(mine.score.score);
    expect(comparison).toMatchObject({ rank: 1, of: 2 });
    expect(comparison.against.map((r) => [r.name, r.grade, r.notGraded])).toEqual([
      ['Graded', 'E', undefined],
      ['Orange', null, 'not in English (French)'],
      ['Thin', null, 'says too little about what we check'],
    ]);
  });
});

describe('comparing a policy that is itself in the reference set', () => {
  const imqs = analysePolicy(
    { kind: 'text', content: readFileSync(new URL('../../src/data/policies/imqs.txt', import.meta.url), 'utf8'), title: 'IMQS' },
    { reference: referenceSet, group: { kind: null } },
  );

  it('leaves itself out, matched by text hash', () => {
    expect(imqs.comparison?.against).toHaveLength(referenceSet.length - 1);
    expect(imqs.comparison?.against.map((a) => a.id)).not.toContain('imqs');
  });

  it('ranks among the other graded references by score', () => {
    const graded = referenceSet.filter((r) => r.id !== 'imqs' && isGradable(r.report));
    const higher = graded.filter((r) => r.report.score.score > imqs.score.score).length;
    expect(imqs.comparison).toMatchObject({ rank: higher + 1, of: graded.length + 1 });
  });

  it('gives every category a verdict and a reason naming the other policy', () => {
    for (const against of imqs.comparison!.against) {
      expect(against.categories).toHaveLength(5);
      for (const c of against.categories) expect(c.reason).toContain(against.name);
    }
  });
});
