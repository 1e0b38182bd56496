import { describe, expect, it } from 'vitest';
import { comparablePolicies, resolveSelection, toggleSelection } from '../../src/compare-view/choices';
import { comparePolicies, judgedRow, type ComparedPolicy } from '../../src/compare-view/compare';
import { FACT_ROWS, factCell, formatCoverage, NOT_STATED } from '../../src/present/facts';
import type { FactKey } from '../../src/core/types';
import { compareHash, parseCompareHash } from '../../src/compare-view/selection-hash';
import { CATEGORIES, type PolicyReport, type ReferencePolicy } from '../../src/core/types';
import type { HistorySummary } from '../../src/storage/types';
import { sampleReport } from './pdf-report-fixture';

const cell = (text: string, merit: number | null = 0) => ({ lines: [text], evidence: [], merit });

describe('judgedRow', () => {
  it.each([
    ['all equal: nothing differs', ['Yes', 'Yes', 'Yes'], false],
    ['one other than the first: differs', ['Yes', 'Yes', 'No'], true],
    ['case does not count as a difference', ['POPIA', 'popia'], false],
    ['a single policy: nothing differs', ['Yes'], false],
  ])('%s', (_name, texts, expected) => {
    expect(judgedRow('k', 'K', texts.map((t) => cell(t))).differs).toBe(expected);
  });

  it('judges every cell against the first by its merit, whatever the text says', () => {
    const row = judgedRow('k', 'K', [cell('for 30 days', 5), cell('for 45 days', 5), cell('Yes', 9), cell('No', -3), cell('Not stated', null)]);
    expect(row.cells.map((c) => c.verdict)).toEqual(['current', 'same', 'better', 'worse', 'not-stated']);
    expect(row.cells[1]!.lines).toEqual(['for 45 days']);
  });
});

describe('factCell', () => {
  it.each<[FactKey, unknown, string]>([
    ['sells_data', null, NOT_STATED],
    ['sells_data', true, 'Yes'],
    ['breach_notification', false, 'No'],
    ['laws', [], 'None'],
    ['collects', ['name', 'id-number', 'ip-address'], 'name, ID number and IP address'],
    ['rights', ['access', 'opt-out-marketing'], 'see your data and opt out of marketing'],
    ['retention', { kind: 'fixed', periods: [{ phrase: 'for 5 years', subject: 'invoices', clause: 2 }, { phrase: '30 days', clause: 4 }] }, 'invoices: for 5 years; 30 days'],
    ['storage_location', { places: ['Canada'], outside: ['the EU'] }, 'Canada and outside the EU'],
    // A report stored before retention was typed holds its old free text.
    ['retention', '5 years', '5 years'],
  ])('%s %j → %s', (key, value, expected) => {
    expect(factCell(key, { value, evidence: [] })).toBe(expected);
  });

  it('formats coverage as a whole percentage', () => {
    expect(formatCoverage(0.746)).toBe('75 %');
  });
});

function policy(id: string, change: (r: PolicyReport) => PolicyReport = (r) => r): ComparedPolicy {
  const report = change(sampleReport());
  return { id, name: id, source: 'reference', grade: report.score.grade ?? 'C', details: '', report };
}

describe('comparePolicies', () => {
  const a = policy('a');
  const b = policy('b', (r) => ({
    ...r,
    // The points as the score gives them for selling (the sample's stored line has weight 15).
    score: {
      ...r.score,
      score: 41,
      grade: 'D',
      points: r.score.points.map((p) => (p.fact === 'sells_data' ? { ...p, points: -15, status: 'bad' as const, reason: 'Sells your data' } : p)),
    },
    facts: { ...r.facts, sells_data: { value: true, evidence: [{ clause: 3, text: 'We may sell your data.' }] } },
  }));
  const sections = comparePolicies([a, b]);
  const rows = Object.fromEntries(sections.flatMap((s) => s.rows).map((r) => [r.key, r]));

  it('lines up score, every category and every fact, one cell per policy', () => {
    expect(sections.map((s) => s.rows.map((r) => r.key))).toEqual([
      ['score', 'grade', 'coverage'],
      [...CATEGORIES],
      FACT_ROWS,
    ]);
    for (const row of Object.values(rows)) expect(row.cells).toHaveLength(2);
  });

  it('marks the rows where the policies differ and only those', () => {
    const differing = Object.values(rows)
      .filter((r) => r.differs)
      .map((r) => r.key);
    expect(differing).toEqual(['score', 'grade', 'sells_data']);
  });

  it('marks the second policy worse where it scores lower or sells data, the same where the value is equal', () => {
    // a: 68 / 100, grade from the fixture, never sells; b: 41 / 100, D, sells (the fact registry: selling loses the line's points).
    expect(rows.score?.cells.map((c) => c.verdict)).toEqual(['current', 'worse']);
    expect(rows.grade?.cells.map((c) => c.verdict)).toEqual(['current', 'worse']);
    expect(rows.sells_data?.cells.map((c) => c.verdict)).toEqual(['current', 'worse']);
    expect(rows.coverage?.cells.map((c) => c.verdict)).toEqual(['current', 'same']);
    // The other way round, b first: a is better.
    const reversed = Object.fromEntries(comparePolicies([b, a]).flatMap((s) => s.rows).map((r) => [r.key, r]));
    expect(reversed.sells_data?.cells.map((c) => c.verdict)).toEqual(['current', 'better']);
    expect(reversed.sharing?.cells.map((c) => c.verdict)).toEqual(['current', 'better']);
  });

  it('shows values, findings and evidence', () => {
    expect(rows.score?.cells.map((c) => c.lines)).toEqual([['68 / 100'], ['41 / 100']]);
    expect(rows.sells_data?.cells.map((c) => c.lines[0])).toEqual(['No', 'Yes']);
    expect(rows.sells_data?.cells[1]?.evidence).toEqual([{ clause: 3, text: 'We may sell your data.' }]);
    expect(rows.collection?.cells[0]?.lines).toEqual(['Collects your name, ID number and address.']);
    expect(rows.sharing?.cells[0]?.lines).toEqual(['No findings']);
  });
});

describe('compare hash', () => {
  it.each([
    ['#compare=ixanet,imqs', ['ixanet', 'imqs']],
    ['compare=ixanet', ['ixanet']],
    ['#compare=https%3A%2F%2Fa.example%2Fp%3Fx%3D1%2C2,imqs', ['https://a.example/p?x=1,2', 'imqs']],
    ['#compare=a,a,,b', ['a', 'b']],
    ['#compare=%E0%A4%A,b', ['b']],
    ['#other', []],
    ['', []],
  ])('%s → %j', (hash, ids) => {
    expect(parseCompareHash(hash)).toEqual(ids);
  });

  it('round-trips ids with commas and slashes', () => {
    const ids = ['https://a.example/p?x=1,2#y', 'imqs'];
    expect(parseCompareHash(compareHash(ids))).toEqual(ids);
    expect(compareHash([])).toBe('');
  });
});

describe('choices', () => {
  const report = sampleReport();
  const history: HistorySummary[] = [
    { key: 'https://a.example/privacy', url: 'https://a.example/privacy', title: 'A privacy', analysedAt: 2, textHash: 'x', score: 80, grade: 'A' },
    { key: 'https://b.example/p via https://b.example/blog', url: 'https://b.example/p', title: '', analysedAt: 1, textHash: 'y', score: 30, grade: 'E' },
  ];
  const source = { name: 'Policy Lens development set', licence: 'none stated', attribution: 'the provider' };
  const reference: ReferencePolicy[] = [{ id: 'ixanet', name: 'ixanet', kind: 'hosting', country: 'CA', policyDate: '2019-05-01', url: null, source, report }];
  const available = comparablePolicies(history, reference);

  it('offers history first, then the references, each with an id, a name and a grade', () => {
    expect(available.map((p) => [p.id, p.name, p.source, p.grade])).toEqual([
      ['https://a.example/privacy', 'A privacy', 'history', 'A'],
      ['https://b.example/p via https://b.example/blog', 'https://b.example/p', 'history', 'E'],
      ['ixanet', 'ixanet', 'reference', report.score.grade],
    ]);
  });

  it('names an entry stored with a huge title, by an older version, on one short line', () => {
    const old = { ...history[0]!, title: `Privacy\n${'policy '.repeat(150_000)}` };
    const [choice] = comparablePolicies([old], []);
    expect(choice?.name).toMatch(/^Privacy policy policy [^\n]{1,280}…$/);
  });

  it.each([
    [['ixanet', 'https://a.example/privacy'], ['ixanet', 'https://a.example/privacy']],
    [['gone', 'ixanet'], ['ixanet']],
    [[], []],
  ])('resolves %j to %j in the chosen order', (ids, expected) => {
    expect(resolveSelection(ids, available).map((p) => p.id)).toEqual(expected);
  });

  it.each([
    [['a'], 'b', ['a', 'b']],
    [['a', 'b'], 'a', ['b']],
    [[], 'a', ['a']],
  ])('toggles %j with %s → %j', (ids, id, expected) => {
    expect(toggleSelection(ids, id)).toEqual(expected);
  });
});
