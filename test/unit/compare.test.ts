import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analysePolicy } from '../../src/core/analyse';
import { comparePolicy } from '../../src/core/compare';
import { extractFacts } from '../../src/core/facts';
import { scorePolicy } from '../../src/core/score';
import type { Category, FactKey, PolicyFacts, PolicyReport, ReferencePolicy } from '../../src/core/types';
import { referenceSet } from '../../src/data/reference';

type Values = { [K in FactKey]?: PolicyFacts[K]['value'] };

function report(title: string, values: Values, textHash = title): PolicyReport {
  const facts = extractFacts([]);
  for (const key of Object.keys(facts) as FactKey[]) facts[key] = { value: null, evidence: [] };
  for (const [key, value] of Object.entries(values)) facts[key as FactKey] = { value, evidence: [] } as never;
  const base = { version: 1, title, length: 1, textHash, looksLikePolicy: true, language: 'en', warnings: [], clauses: [], categories: [] } as const;
  return { ...base, warnings: [], clauses: [], categories: [], facts, score: scorePolicy(facts) };
}

const asReference = (r: PolicyReport): ReferencePolicy => ({ id: r.title.toLowerCase(), name: r.title, kind: 'test', country: 'ZA', report: r });

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
  const mine = report('Mine', { sells_data: false, security_measures_described: true, rights: ['access', 'correction', 'deletion', 'complaint'] });
  const refs = [
    report('Higher', { sells_data: false, security_measures_described: true, rights: ['access', 'correction', 'deletion', 'complaint', 'objection', 'restriction', 'portability', 'withdraw-consent'] }),
    report('Equal', { sells_data: false, security_measures_described: true, rights: ['access', 'correction', 'deletion', 'complaint'] }),
    report('Lower', { sells_data: true }),
  ].map(asReference);

  it('counts only strictly higher scores, so ties share a rank', () => {
    expect(mine.score.score).toBe(refs[1]!.report.score.score);
    expect(comparePolicy(mine, refs)).toMatchObject({ rank: 2, of: 4 });
    expect(comparePolicy(refs[1]!.report, refs.filter((r) => r.name !== 'Equal').concat(asReference(mine)))).toMatchObject({ rank: 2, of: 4 });
  });

  it('is 1 of 1 against an empty reference set', () => {
    expect(comparePolicy(mine, [])).toEqual({ rank: 1, of: 1, against: [] });
  });
});

describe('comparing a policy that is itself in the reference set', () => {
  const imqs = analysePolicy(
    { kind: 'text', content: readFileSync(new URL('../../src/data/policies/imqs.txt', import.meta.url), 'utf8'), title: 'IMQS' },
    { reference: referenceSet },
  );

  it('leaves itself out, matched by text hash', () => {
    expect(imqs.comparison?.of).toBe(referenceSet.length);
    expect(imqs.comparison?.against.map((a) => a.id)).toEqual(['imaginet', 'imagine-ftth', 'i-image', 'ixanet']);
  });

  it('ranks among the others by score', () => {
    const higher = referenceSet.filter((r) => r.id !== 'imqs' && r.report.score.score > imqs.score.score).length;
    expect(imqs.comparison?.rank).toBe(higher + 1);
  });

  it('gives every category a verdict and a reason naming the other policy', () => {
    for (const against of imqs.comparison!.against) {
      expect(against.categories).toHaveLength(5);
      for (const c of against.categories) expect(c.reason).toContain(against.name);
    }
  });
});
