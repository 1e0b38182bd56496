import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { analysePolicy } from '../../src/core/analyse';
import type { Grade, PolicyReport } from '../../src/core/types';
import { referenceSet } from '../../src/data/reference';
import { openHistory, StorageError } from '../../src/storage/history';
import { MIGRATIONS, type HistoryDB } from '../../src/storage/schema';

let dbCount = 0;
const freshName = () => `history-test-${++dbCount}`;

function report(url: string, clauses: string[], score = 50, grade: Grade = 'C'): PolicyReport & { url: string } {
  const facts = Object.fromEntries(
    ['collects', 'shares_with_third_parties', 'sells_data', 'marketing_without_consent', 'retention', 'cross_border_transfer', 'storage_location', 'rights', 'laws', 'security_measures_described', 'breach_notification'].map((key) => [key, { value: null, evidence: [] }]),
  ) as unknown as PolicyReport['facts'];
  return {
    version: 1,
    title: `Policy of ${url}`,
    url,
    length: clauses.join(' ').length,
    textHash: clauses.join('|'),
    looksLikePolicy: true,
    language: 'en',
    warnings: [],
    clauses: clauses.map((text, index) => ({ index, text, start: 0, end: 0, labels: [], negated: false, reasons: [] })),
    categories: [],
    facts,
    score: { score, grade, points: [], coverage: 0.5 },
    checklists: [],
  };
}

/** A real report: the Imaginet policy through the whole pipeline, evidence and comparison included. */
function realReport(url = 'https://imaginet.example/privacy'): PolicyReport & { url: string } {
  const content = readFileSync(new URL('../../src/data/policies/imaginet.txt', import.meta.url), 'utf8');
  return { ...analysePolicy({ kind: 'text', content, url }, { reference: referenceSet }), url };
}

/** Opens a database built by the first `version` schema steps only, as an older Policy Lens left it. */
function openAtVersion(name: string, version: number) {
  return openDB<HistoryDB>(name, version, {
    upgrade: async (db, _old, _new, tx) => {
      for (const step of MIGRATIONS.slice(0, version)) await step(db, tx);
    },
  });
}

/** Writes raw records, bypassing the history's checks, as a bug or a damaged disk could. */
async function writeRaw(name: string, records: { entries?: unknown[]; reports?: unknown[] }): Promise<void> {
  const db = await openDB<HistoryDB>(name);
  const tx = db.transaction(['entries', 'reports'], 'readwrite');
  for (const value of records.entries ?? []) await tx.objectStore('entries').put(value as never);
  for (const value of records.reports ?? []) await tx.objectStore('reports').put(value as never);
  await tx.done;
  db.close();
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(1_000);
});
afterEach(() => {
  vi.useRealTimers();
});

describe('history store', () => {
  it('stores an analysis and reads it back', async () => {
    const history = openHistory(freshName());
    const { entry, change } = await history.save(report('https://a.example/privacy', ['We collect names.']));
    expect(change).toBeUndefined();
    expect(entry).toMatchObject({ key: 'https://a.example/privacy', url: 'https://a.example/privacy', analysedAt: 1_000, textHash: 'We collect names.', score: 50, grade: 'C' });
    expect(await history.get('https://a.example/privacy')).toEqual(entry);
    expect(await history.get('https://other.example/')).toBeUndefined();
  });

  it('reads a real report back exactly as it was analysed', async () => {
    const history = openHistory(freshName());
    const analysed = realReport();
    // Its comparison lists references that cannot be graded (grade null), which must read back too.
    expect(analysed.comparison?.against.some((r) => r.grade === null)).toBe(true);
    await history.save(analysed);
    expect((await history.get(analysed.url))?.report).toEqual(analysed);
  });

  it('stores each clause text once, however many facts, score lines and findings quote it', async () => {
    const name = freshName();
    const analysed = realReport();
    await openHistory(name).save(analysed);
    const db = await openDB<HistoryDB>(name);
    const stored = JSON.stringify([await db.get('entries', analysed.url), await db.get('reports', analysed.url)]);
    db.close();
    const quoted = analysed.facts.collects.evidence[0]!.text;
    expect(analysed.categories.flatMap((c) => c.findings.flatMap((f) => f.evidence)).some((e) => e.text === quoted)).toBe(true);
    expect(stored.split(JSON.stringify(quoted).slice(1, -1)).length - 1).toBe(1);
    // The report as analysed repeats its quotes; stored, it is far smaller. The comparison (a verdict
    // and reason per reference and category) quotes nothing and is stored as it is, so it is left out.
    const comparison = JSON.stringify(analysed.comparison).length;
    expect(stored.length - comparison).toBeLessThan((JSON.stringify(analysed).length - comparison) * 0.75);
  });

  it('reads a report stored before the checklists existed, with none', async () => {
    const name = freshName();
    const analysed = realReport();
    const history = openHistory(name);
    await history.save(analysed);
    const db = await openDB<HistoryDB>(name);
    const older: Record<string, unknown> = { ...(await db.get('reports', analysed.url))!.report };
    db.close();
    delete older.checklists;
    await writeRaw(name, { reports: [{ key: analysed.url, report: older }] });
    expect((await history.get(analysed.url))?.report).toEqual({ ...analysed, checklists: [] });
  });

  it('lists summaries newest first, without loading any report', async () => {
    const history = openHistory(freshName());
    for (const [time, url] of [[3_000, 'b'], [1_000, 'a'], [5_000, 'c']] as const) {
      vi.setSystemTime(time);
      await history.save(report(url, [url], 40, 'D'));
    }
    const { entries, damaged } = await history.list();
    expect(entries.map((entry) => entry.url)).toEqual(['c', 'b', 'a']);
    expect(entries[0]).toEqual({ key: 'c', url: 'c', title: 'Policy of c', analysedAt: 5_000, firstSeen: 5_000, textHash: 'c', score: 40, grade: 'D' });
    expect(damaged).toEqual([]);
  });

  it('keeps an entry under the key it is given, with the address its page was loaded from', async () => {
    const history = openHistory(freshName());
    const place = { key: 'https://a.example/privacy via https://a.example/blog', loadedFrom: 'https://a.example/blog' };
    await history.save(report('https://a.example/privacy', ['Not the policy.']), place);
    expect(await history.get('https://a.example/privacy')).toBeUndefined();
    expect(await history.get(place.key)).toMatchObject({ url: 'https://a.example/privacy', loadedFrom: 'https://a.example/blog' });
  });

  it('reports no change when the text is the same, and keeps the last real change', async () => {
    const history = openHistory(freshName());
    await history.save(report('u', ['one.']));
    vi.setSystemTime(2_000);
    await history.save(report('u', ['one.', 'two.'], 40, 'D'));
    vi.setSystemTime(3_000);
    const again = await history.save(report('u', ['one.', 'two.'], 40, 'D'));
    expect(again.change).toBeUndefined();
    expect(again.entry.analysedAt).toBe(3_000);
    expect(again.entry.previous).toMatchObject({ analysedAt: 1_000, score: 50, grade: 'C', clauseTexts: ['one.'] });
    expect((await history.get('u'))?.previous).toEqual(again.entry.previous);
  });

  it('says what changed when the text hash differs', async () => {
    const history = openHistory(freshName());
    await history.save(report('u', ['We keep data 1 year.', 'We do not sell data.'], 70, 'B'));
    vi.setSystemTime(9_000);
    const { change } = await history.save(report('u', ['We keep data 5 years.', 'We do not sell data.'], 55, 'C'));
    expect(change).toEqual({
      kind: 'text',
      since: 1_000,
      scoreBefore: 70,
      scoreAfter: 55,
      gradeBefore: 'B',
      gradeAfter: 'C',
      added: ['We keep data 5 years.'],
      removed: ['We keep data 1 year.'],
      // The facts of both texts (the test reports state none).
      facts: { before: report('u', []).facts, after: report('u', []).facts },
      changedOn: 9_000,
    });
  });

  it('says Policy Lens reads the same text differently when only the analyser changed, and keeps the last real change', async () => {
    const history = openHistory(freshName());
    await history.save(report('u', ['one.']));
    vi.setSystemTime(2_000);
    await history.save({ ...report('u', ['one.', 'two.'], 60, 'C'), analyserVersion: 'old' });
    vi.setSystemTime(3_000);
    const { change, entry } = await history.save({ ...report('u', ['one.', 'two.'], 72, 'B'), analyserVersion: 'new' });
    expect(change).toEqual({ kind: 'analyser', since: 2_000, scoreBefore: 60, scoreAfter: 72, gradeBefore: 'C', gradeAfter: 'B', added: [], removed: [], facts: { before: report('u', []).facts, after: report('u', []).facts } });
    expect(entry.previous).toMatchObject({ analysedAt: 1_000, clauseTexts: ['one.'] });
    expect((await history.get('u'))?.report.analyserVersion).toBe('new');
  });

  it('tells a changed text that a new analyser read apart from one the same analyser read', async () => {
    const history = openHistory(freshName());
    await history.save({ ...report('u', ['one.'], 60, 'C'), analyserVersion: 'old' });
    const { change } = await history.save({ ...report('u', ['two.'], 40, 'D'), analyserVersion: 'new' });
    expect(change).toMatchObject({ kind: 'text', analyserChanged: true, added: ['two.'], removed: ['one.'] });
    const same = await history.save({ ...report('u', ['three.'], 40, 'D'), analyserVersion: 'new' });
    expect(same.change).toMatchObject({ kind: 'text' });
    expect(same.change).not.toHaveProperty('analyserChanged');
  });

  it('stores and reads back an ungraded report, with why it has no grade', async () => {
    const history = openHistory(freshName());
    const ungraded = report('u', ['Bonjour.']);
    ungraded.score = { score: 50, grade: null, gradeWithheld: { reason: 'not-english', message: "Policy Lens can't read French policies yet" }, points: [], coverage: 0 };
    const { entry } = await history.save(ungraded);
    expect(entry.grade).toBeNull();
    expect(await history.get('u')).toEqual(entry);
    expect((await history.list()).entries).toEqual([expect.objectContaining({ key: 'u', grade: null })]);
    const regraded = await history.save(report('u', ['Hello.'], 70, 'B'));
    expect(regraded.change).toMatchObject({ kind: 'text', gradeBefore: null, gradeAfter: 'B' });
  });

  it('deletes one entry and clears all', async () => {
    const history = openHistory(freshName());
    await history.save(report('a', ['a']));
    await history.save(report('b', ['b']));
    await history.delete('a');
    expect((await history.list()).entries.map((entry) => entry.url)).toEqual(['b']);
    expect(await history.get('a')).toBeUndefined();
    await history.clear();
    expect(await history.list()).toEqual({ entries: [], damaged: [] });
    expect(await history.get('b')).toBeUndefined();
  });

  it('loses nothing when two windows save at once', async () => {
    const name = freshName();
    const [tabOne, tabTwo] = [openHistory(name), openHistory(name)];
    const shared = Array.from({ length: 10 }, (_, i) => (i % 2 ? tabOne : tabTwo).save(report('shared', [`version ${i}`])));
    const own = Array.from({ length: 10 }, (_, i) => [
      tabOne.save(report(`one-${i}`, [`one ${i}`])),
      tabTwo.save(report(`two-${i}`, [`two ${i}`])),
    ]).flat();
    const [sharedResults] = await Promise.all([Promise.all(shared), Promise.all(own)]);
    expect((await tabOne.list()).entries).toHaveLength(21);
    // Each save of the shared URL read the one before it: all but the first saw a change.
    expect(sharedResults.filter((result) => result.change).length).toBe(9);
  });
});

describe('history schema upgrade', () => {
  it('reads back the huge, many-line title an older version stored on one short line', async () => {
    const name = freshName();
    const old = await openAtVersion(name, 2);
    const long = { ...report('u', ['We collect names.']), title: `Privacy\nPolicy ${'x '.repeat(500_000)}` };
    await old.put('history', { url: 'u', title: long.title, analysedAt: 100, textHash: long.textHash, report: long });
    old.close();
    const history = openHistory(name);
    const [listed] = (await history.list()).entries;
    expect(listed?.title).toMatch(/^Privacy Policy x x [^\n]{1,280}…$/);
    expect((await history.get('u'))?.report.title).toBe(listed?.title);
  });

  it.each([1, 2])('upgrades a version %i database without losing entries, readable or not', async (version) => {
    const name = freshName();
    const old = await openAtVersion(name, version);
    const real = realReport('https://old.example/a');
    await old.put('history', { url: 'https://old.example/a', title: 'A', analysedAt: 100, textHash: real.textHash, report: real });
    await old.put('history', { url: 'old-b', title: 'B', analysedAt: 200, textHash: 'b', report: report('old-b', ['b']) });
    await old.put('history', { url: 'old-broken', title: 'Broken', analysedAt: 300, textHash: 'x', report: null } as never);
    const noCategories = { ...report('old-c', ['c']), categories: null };
    await old.put('history', { url: 'old-c', title: 'No categories', analysedAt: 400, textHash: 'c', report: noCategories } as never);
    old.close();

    const history = openHistory(name);
    const { entries, damaged } = await history.list();
    expect(entries.map((entry) => [entry.url, entry.title, entry.analysedAt, entry.score])).toEqual([
      ['old-b', 'B', 200, 50],
      ['https://old.example/a', 'A', 100, real.score.score],
    ]);
    expect(damaged).toEqual([
      { key: 'old-broken', url: 'old-broken', title: 'Broken', problem: expect.any(String) },
      { key: 'old-c', url: 'old-c', title: 'No categories', problem: expect.any(String) },
    ]);
    expect((await history.get('https://old.example/a'))?.report).toEqual(real);

    const upgraded = await openDB<HistoryDB>(name);
    expect(upgraded.version).toBe(MIGRATIONS.length);
    expect([...upgraded.objectStoreNames].sort()).toEqual(['entries', 'reports', 'versions']);
    upgraded.close();
  });

  it('keeps a version 2 database as it was when one of its entries cannot be moved', async () => {
    const name = freshName();
    const old = await openAtVersion(name, 2);
    await old.put('history', { url: 'kept', title: 'Kept', analysedAt: 1, textHash: 'k', report: report('kept', ['k']) });
    old.close();
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementationOnce(() => {
      throw new DOMException('The disk is unavailable.', 'UnknownError');
    });
    const error = await openHistory(name).list().catch((e: unknown) => e);
    vi.restoreAllMocks();
    expect(error).toBeInstanceOf(StorageError);
    const again = await openDB(name);
    expect(again.version).toBe(2);
    expect(await again.get('history', 'kept')).toMatchObject({ title: 'Kept' });
    again.close();
  });
});

describe('history entries that cannot be read', () => {
  const good = report('https://ok.example/privacy', ['We collect names.']);
  const summaryOf = (r: PolicyReport & { url: string }, extra: object = {}) => ({
    key: r.url,
    url: r.url,
    title: r.title,
    analysedAt: 500,
    textHash: r.textHash,
    score: r.score.score,
    grade: r.score.grade,
    ...extra,
  });

  it.each([
    ['a date that is not a number', { analysedAt: 'garbage' }],
    ['a date past what a Date can hold', { analysedAt: 1e300 }],
    ['no score', { score: undefined }],
    ['a grade that is not one', { grade: 'Z' }],
  ])('are listed apart, not among the entries: %s', async (_name, damage) => {
    const name = freshName();
    const history = openHistory(name);
    await history.save(good);
    const bad = report('https://bad.example/privacy', ['Bad.']);
    await writeRaw(name, { entries: [summaryOf(bad, damage)], reports: [{ key: bad.url, report: bad }] });
    const { entries, damaged } = await history.list();
    expect(entries.map((entry) => entry.url)).toEqual([good.url]);
    expect(damaged).toEqual([{ key: bad.url, url: bad.url, title: bad.title, problem: expect.stringMatching(/^entry\.\w+ is /) }]);
    expect(await history.get(bad.url)).toBeUndefined();
  });

  it.each([
    ['no report', { report: null }],
    ['an empty report', { report: {} }],
    ['a report without a score', { report: { ...good, score: undefined } }],
    ['a report whose categories are null', { report: { ...good, categories: null } }],
    ['evidence naming a clause the report does not have', { report: { ...good, facts: { ...good.facts, laws: { value: ['POPIA'], evidence: [7] } } } }],
    ['a checklist item quoting a clause the report does not have', { report: { ...good, checklists: [{ law: 'popia', items: [{ id: 'x', article: 'a', status: 'addressed', evidence: [9] }] }] } }],
    ['a checklist of a law we do not know', { report: { ...good, checklists: [{ law: 'hipaa', items: [] }] } }],
  ])('are never handed out: %s', async (_name, damage) => {
    const name = freshName();
    const history = openHistory(name);
    await history.save(good);
    await writeRaw(name, { reports: [{ key: good.url, ...damage }] });
    expect(await history.get(good.url)).toBeUndefined();
  });

  it('can be deleted one by one, or all at once', async () => {
    const name = freshName();
    const history = openHistory(name);
    await history.save(good);
    await writeRaw(name, { entries: [{ key: 'bad-1', analysedAt: 'garbage' }, { key: 'bad-2', url: 7 }], reports: [{ key: 'bad-1', report: null }] });
    expect((await history.list()).damaged.map((entry) => entry.key)).toEqual(['bad-1', 'bad-2']);
    await history.delete('bad-1');
    expect((await history.list()).damaged.map((entry) => entry.key)).toEqual(['bad-2']);
    await history.clear();
    expect(await history.list()).toEqual({ entries: [], damaged: [] });
  });

  it('never stop a new analysis of the same page from being saved over them', async () => {
    const name = freshName();
    const history = openHistory(name);
    await history.list();
    await writeRaw(name, { entries: [summaryOf(good, { textHash: 'other' })], reports: [{ key: good.url, report: null }] });
    const { entry, change } = await history.save(good);
    expect(change).toBeUndefined();
    expect(await history.get(good.url)).toEqual(entry);
    expect(await history.list()).toEqual({ entries: [expect.objectContaining({ url: good.url, analysedAt: 1_000 })], damaged: [] });
  });
});

describe('history failures', () => {
  it('reports a database from a newer version and leaves it alone', async () => {
    const name = freshName();
    const newer = await openDB(name, 99, { upgrade: (db) => db.createObjectStore('history', { keyPath: 'url' }) });
    await newer.put('history', { url: 'kept' });
    newer.close();

    const error = await openHistory(name).list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as Error).message).toMatch(/newer version.*untouched/);
    const again = await openDB(name);
    expect(await again.get('history', 'kept')).toEqual({ url: 'kept' });
    again.close();
  });

  it('reports an upgrade blocked by another open window', async () => {
    const name = freshName();
    const holder = await openAtVersion(name, 1);
    const error = await openHistory(name).list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as Error).message).toMatch(/Another Policy Lens window/);
    holder.close();
  });

  it('keeps the stored entry, both its parts, when a save fails', async () => {
    const history = openHistory(freshName());
    const good = report('u', ['good.']);
    await history.save(good);
    const unstorable = { ...report('u', ['bad.']), warnings: [() => 'not cloneable'] } as unknown as PolicyReport & { url: string };
    await expect(history.save(unstorable)).rejects.toBeInstanceOf(StorageError);
    expect((await history.get('u'))?.report).toEqual(good);
    expect((await history.list()).entries).toEqual([expect.objectContaining({ textHash: 'good.' })]);
  });

  it("ends the message in one full stop when the browser's reason already has one", async () => {
    const history = openHistory(freshName());
    await history.list();
    vi.spyOn(IDBObjectStore.prototype, 'delete').mockImplementation(() => {
      throw new DOMException('The disk is unavailable.', 'UnknownError');
    });
    const error = await history.delete('u').catch((e: unknown) => e);
    vi.restoreAllMocks();
    expect((error as Error).message).toBe('Could not delete from your history: The disk is unavailable. Your earlier history is untouched.');
  });
});
