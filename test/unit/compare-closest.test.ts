import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { categoryMerit, categoryVerdicts, cellVerdicts, factMerit, gradeMerit } from '../../src/compare-view/cell-verdict';
import { comparablePolicies, siteOf } from '../../src/compare-view/choices';
import { closestReferences, openingPolicy, openingSelection } from '../../src/compare-view/closest';
import { isCopyOf } from '../../src/core/fingerprint';
import { copiedReference, copiesBySummary, pickerLists } from '../../src/compare-view/reference-copies';
import { analysePolicy } from '../../src/core/analyse';
import type { PolicyReport, ProviderKind, ReferencePolicy } from '../../src/core/types';
import { referenceSet } from '../../src/data/reference';
import type { HistorySummary } from '../../src/storage/types';
import { sampleReport } from './pdf-report-fixture';

const source = { name: 'test', licence: 'none', attribution: 'none' };
const base = sampleReport();

function withScore(report: PolicyReport, score: number): PolicyReport {
  return { ...report, score: { ...report.score, score } };
}

function ref(id: string, kind: ProviderKind, score: number, extra: Partial<ReferencePolicy> = {}): ReferencePolicy {
  return { id, name: id, kind, country: 'ZA', policyDate: null, url: null, source, report: { ...withScore(base, score), textHash: `hash-${id}` }, ...extra };
}

/** The current policy, ranked by the popup among `group`. */
function current(score: number, kind: ProviderKind | null): PolicyReport {
  return { ...withScore(base, score), textHash: 'own', comparison: { ...base.comparison!, group: { kind, country: null } } };
}

describe('cellVerdicts', () => {
  it.each([
    ['higher is better, lower worse, equal the same', [5, 9, 1, 5], ['current', 'better', 'worse', 'same']],
    ['an unstated value is not stated, wherever it is', [5, null, 5], ['current', 'not-stated', 'same']],
    ['an unstated first value counts as no points', [null, 3, -3, 0], ['not-stated', 'better', 'worse', 'same']],
    ['a single column is the current one', [7], ['current']],
  ])('%s', (_name, merits, expected) => {
    expect(cellVerdicts(merits)).toEqual(expected);
  });
});

describe('merits by the score lines', () => {
  const facts = base.facts;
  it('gives a fact the points its score line gives its value, and none when it is not stated', () => {
    // sells_data (weight 20): never selling earns all of it, selling loses all of it.
    expect(factMerit({ ...base, facts: { ...facts, sells_data: { value: false, evidence: [] } } }, 'sells_data')).toBe(20);
    expect(factMerit({ ...base, facts: { ...facts, sells_data: { value: true, evidence: [] } } }, 'sells_data')).toBe(-20);
    expect(factMerit({ ...base, facts: { ...facts, sells_data: { value: null, evidence: [] } } }, 'sells_data')).toBeNull();
    // rights (weight 20): four named is the midpoint, eight the full weight.
    expect(factMerit({ ...base, facts: { ...facts, rights: { value: ['access', 'deletion', 'correction', 'portability'], evidence: [] } } }, 'rights')).toBe(0);
  });

  it('reads an old report’s free-text value by its own stored points', () => {
    const old = { ...base, facts: { ...facts, sells_data: { value: 'never', evidence: [] } } } as unknown as PolicyReport;
    expect(factMerit(old, 'sells_data')).toBe(15); // the fixture's stored line
  });

  it('adds up the category’s lines, and is not stated when none is', () => {
    const sharing = (sells: boolean | null, shares: boolean | null) =>
      categoryMerit({ ...base, facts: { ...facts, sells_data: { value: sells, evidence: [] }, shares_with_third_parties: { value: shares, evidence: [] } } }, 'sharing');
    // sells: ±20; shares: −5 (half of 10) when it shares, +10 when it does not.
    expect(sharing(false, true)).toBe(15);
    expect(sharing(true, null)).toBe(-20);
    expect(sharing(null, null)).toBeNull();
  });

  it('judges a category by the lines both state, as the popup’s comparison does, and by its sums when they share none', () => {
    const withFacts = (collects: string[] | null, marketing: boolean | null): PolicyReport => {
      const report = { ...base, facts: { ...facts, collects: { value: collects, evidence: [] }, marketing_without_consent: { value: marketing, evidence: [] } } } as PolicyReport;
      // compareCategory reads the stored points: store what the score would.
      return { ...report, score: { ...report.score, points: (['collects', 'marketing_without_consent'] as const).map((fact) => ({ fact, points: factMerit(report, fact) ?? 0, weight: 0, status: factMerit(report, fact) === null ? ('unknown' as const) : ('good' as const), reason: '', evidence: [] })) } };
    };
    const many = ['name', 'phone', 'email', 'address', 'ip-address', 'id-number', 'payment', 'location', 'device', 'cookies', 'communications'];
    // First: many kinds of data (−5) but no marketing without consent (+15), 10 in all; second: few kinds (+5), marketing unstated.
    const first = withFacts(many, false);
    const second = withFacts(['name'], null);
    expect([categoryMerit(first, 'collection'), categoryMerit(second, 'collection')]).toEqual([10, 5]);
    // On the one line both state, collecting, the second is better.
    expect(categoryVerdicts([first, second], 'collection')).toEqual(['current', 'better']);
    // No line in common: by the sums, 5 against 15.
    expect(categoryVerdicts([withFacts(null, false), second], 'collection')).toEqual(['current', 'worse']);
    expect(categoryVerdicts([second, withFacts(null, null)], 'collection')).toEqual(['current', 'not-stated']);
  });

  it('agrees with the category verdicts of the report’s own comparison with every reference', () => {
    const text = readFileSync(new URL('../../src/data/policies/imaginet.txt', import.meta.url), 'utf8');
    const report = analysePolicy({ kind: 'text', content: text, url: 'https://example.net/privacy' }, { reference: referenceSet });
    const flipped = { better: 'worse', worse: 'better', same: 'same' } as const;
    let compared = 0;
    for (const against of report.comparison!.against) {
      const reference = referenceSet.find((r) => r.id === against.id)!;
      for (const { category, verdict } of against.categories) {
        if (verdict === 'unknown') continue;
        expect(categoryVerdicts([report, reference.report], category)[1], `${against.id} ${category}`).toBe(flipped[verdict]);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(100);
  });

  it('orders grades A above E', () => {
    expect(gradeMerit('A')! > gradeMerit('B')!).toBe(true);
    expect(gradeMerit('D')! > gradeMerit('E')!).toBe(true);
    expect(gradeMerit(null)).toBeNull();
  });
});

describe('closestReferences', () => {
  const references = [
    ref('host-far', 'hosting', 20),
    ref('host-near', 'hosting', 66),
    ref('host-nearer', 'hosting', 71),
    ref('isp-nearest', 'isp', 70),
    ref('host-tie-low', 'hosting', 64),
  ];

  it('takes the group the popup ranks the policy among, nearest in score first', () => {
    expect(closestReferences(current(70, 'hosting'), references).map((r) => r.id)).toEqual(['host-nearer', 'host-near']);
  });

  it('breaks a tie in distance towards the higher score', () => {
    expect(closestReferences(current(65, 'hosting'), references).map((r) => r.id)).toEqual(['host-near', 'host-tie-low']);
  });

  it('ranks among all providers when the popup does', () => {
    expect(closestReferences(current(70, null), references).map((r) => r.id)).toEqual(['isp-nearest', 'host-nearer']);
  });

  it('fills up from the nearest of the rest when the group is too small', () => {
    expect(closestReferences(current(70, 'isp'), references).map((r) => r.id)).toEqual(['isp-nearest', 'host-nearer']);
  });

  it('never picks an ungraded reference or the policy’s own', () => {
    const french = ref('french', 'hosting', 70, {});
    french.report = { ...french.report, language: 'fr' };
    const itself = ref('itself', 'hosting', 70);
    itself.report = { ...itself.report, textHash: 'own' };
    expect(closestReferences(current(70, 'hosting'), [french, itself, ...references]).map((r) => r.id)).toEqual(['host-nearer', 'host-near']);
  });

  it('reads the group from the report when it has no comparison, and uses a reference’s own kind', () => {
    const bare = { ...current(70, null), comparison: undefined };
    // The sample is Imaginet's text at imaginet.co.za: an internet provider by its words.
    expect(closestReferences(bare, references)[0]!.id).toBe('isp-nearest');
    expect(closestReferences(bare, references, 2, 'hosting').map((r) => r.id)).toEqual(['host-nearer', 'host-near']);
  });

  it('leaves a reference’s own policy out when it is read again from a page (the shipped set)', () => {
    const text = readFileSync(new URL('../../src/data/policies/imaginet.txt', import.meta.url), 'utf8');
    const page = analysePolicy({ kind: 'text', content: `Imaginet\n\n${text}\n\nCookie settings`, url: 'http://127.0.0.1:8080/privacy.html' }, { reference: referenceSet });
    const imaginet = referenceSet.find((r) => r.id === 'imaginet')!;
    expect(page.textHash).not.toBe(imaginet.report.textHash);
    expect(isCopyOf(page)(imaginet)).toBe(true);
    expect(copiedReference(page, referenceSet)).toBe('imaginet');
    const closest = closestReferences(page, referenceSet);
    expect(closest).toHaveLength(2);
    expect(closest.map((r) => r.id)).not.toContain('imaginet');
    for (const r of closest) expect(r.report.score.grade).not.toBeNull();
  });
});

const summary = (key: string, grade: HistorySummary['grade'], extra: Partial<HistorySummary> = {}): HistorySummary => ({
  key,
  url: key,
  title: 'Privacy Policy – Imaginet',
  analysedAt: Date.UTC(2026, 10, 29, 12),
  textHash: `t-${key}`,
  score: 70,
  grade,
  ...extra,
});

describe('the opening selection', () => {
  const references = [ref('imqs', 'other', 80), ref('host-a', 'hosting', 69), ref('host-b', 'hosting', 72)];
  const history = [summary('https://new.example/p', 'B'), summary('https://old.example/p', 'C')];
  const available = comparablePolicies(history, references);

  it('is the policy the address names, else the newest analysed page, else none', () => {
    expect(openingPolicy(['https://old.example/p'], available)?.id).toBe('https://old.example/p');
    expect(openingPolicy([], available)?.id).toBe('https://new.example/p');
    expect(openingPolicy([], comparablePolicies([], references))).toBeUndefined();
    expect(openingPolicy(['imqs', 'host-a'], available)).toBeUndefined();
    expect(openingPolicy(['gone'], available)).toBeUndefined();
  });

  it('puts the policy first, then its two closest references', () => {
    const opening = openingPolicy(['https://old.example/p'], available)!;
    expect(openingSelection(opening, current(70, 'hosting'), references)).toEqual(['https://old.example/p', 'host-a', 'host-b']);
  });

  it('for a reference, ranks among its own kind and not with itself', () => {
    const imqs = openingPolicy(['imqs'], available)!;
    const others = [...references, ref('other-b', 'other', 50)];
    expect(openingSelection(imqs, references[0]!.report, others)).toEqual(['imqs', 'other-b', 'host-b']);
  });
});

describe('picker entries', () => {
  it('tell apart two entries of the same title by site and date, and name a reference’s kind and country', () => {
    const choices = comparablePolicies(
      [summary('http://127.0.0.1:8080/privacy.html', 'B'), summary('https://www.imaginet.co.za/privacy-policy/', 'E', { analysedAt: Date.UTC(2026, 0, 3, 12) })],
      [ref('imaginet', 'isp', 76, { policyDate: '2021-06-30' })],
    );
    const [local, site, reference] = choices;
    expect(local!.name).toBe(site!.name);
    expect(local!.details).toMatch(/^127\.0\.0\.1:8080\/privacy\.html · analysed .*2026/);
    expect(site!.details).toMatch(/^imaginet\.co\.za\/privacy-policy · analysed .*2026/);
    expect(local!.details).not.toBe(site!.details);
    expect(reference!.details).toBe('Internet provider · South Africa · policy dated 2021-06-30');
  });

  it('shortens a long address', () => {
    expect(siteOf(`https://a.example/${'x'.repeat(200)}`)).toHaveLength(60);
    expect(siteOf('not a url')).toBe('not a url');
    expect(siteOf('https://www.a.example/privacy/?lang=en#top')).toBe('a.example/privacy?lang=en');
  });

  it('leave out the non-policies', () => {
    const choices = comparablePolicies([summary('https://a.example/', 'B'), summary('https://a.example/blog', null)], []);
    expect(choices.map((c) => c.id)).toEqual(['https://a.example/']);
  });
});

describe('history copies of references', () => {
  const references = [ref('imaginet', 'isp', 76, { url: 'https://www.imaginet.co.za/privacy-policy/' }), ref('imqs', 'other', 80)];
  const history = [
    summary('http://imaginet.co.za/privacy-policy', 'B'),
    summary('https://copy.example/', 'A', { textHash: 'hash-imqs' }),
    summary('https://other.example/', 'C'),
  ];

  it('are known by the same address or the same text', () => {
    expect([...copiesBySummary(history, references)]).toEqual([
      ['http://imaginet.co.za/privacy-policy', 'imaginet'],
      ['https://copy.example/', 'imqs'],
    ]);
  });

  it('are listed once, under the history, naming the reference; the reference stays if picked itself', () => {
    const available = comparablePolicies(history, references);
    const copies = new Map([['http://imaginet.co.za/privacy-policy', 'imaginet']]);
    const lists = pickerLists(available, copies, []);
    expect(lists.history.map((c) => [c.id, c.copyOf])).toEqual([
      ['http://imaginet.co.za/privacy-policy', 'imaginet'],
      ['https://copy.example/', undefined],
      ['https://other.example/', undefined],
    ]);
    expect(lists.references.map((c) => c.id)).toEqual(['imqs']);
    expect(pickerLists(available, copies, ['imaginet']).references.map((c) => c.id)).toEqual(['imaginet', 'imqs']);
  });
});
