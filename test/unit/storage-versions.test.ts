import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Grade, PolicyFacts, PolicyReport } from '../../src/core/types';
import { factChanges } from '../../src/present/fact-changes';
import { lastChange } from '../../src/storage/entry';
import { openHistory, StorageError } from '../../src/storage/history';
import { packReport } from '../../src/storage/pack';
import { MIGRATIONS, type HistoryDB } from '../../src/storage/schema';

let dbCount = 0;
const freshName = () => `versions-test-${++dbCount}`;
const URL_A = 'https://a.example/privacy';

const FACT_KEYS = ['collects', 'shares_with_third_parties', 'sells_data', 'marketing_without_consent', 'retention', 'cross_border_transfer', 'storage_location', 'rights', 'laws', 'security_measures_described', 'breach_notification'] as const;

/** A report of `clauses` (its text hash is the clauses joined) stating only the facts given. */
function report(clauses: string[], score = 50, grade: Grade = 'C', stated: Partial<Record<keyof PolicyFacts, unknown>> = {}): PolicyReport & { url: string } {
  return {
    version: 1,
    analyserVersion: 'v1',
    title: 'Privacy policy of A',
    url: URL_A,
    length: clauses.join(' ').length,
    textHash: clauses.join('|'),
    looksLikePolicy: true,
    language: 'en',
    warnings: [],
    clauses: clauses.map((text, index) => ({ index, text, start: 0, end: 0, labels: [], negated: false, reasons: [] })),
    categories: [],
    facts: Object.fromEntries(FACT_KEYS.map((key) => [key, { value: stated[key] ?? null, evidence: [] }])) as unknown as PolicyFacts,
    score: { score, grade, points: [], coverage: 0.5 },
    checklists: [],
  };
}

const V1 = report(['We never sell your data.'], 84, 'B', { sells_data: false });
const V2 = report(['We may send your data to the United States.'], 71, 'C', { cross_border_transfer: true });
const V3 = report(['We keep data for a year.'], 60, 'C');

async function saveAt(history: ReturnType<typeof openHistory>, time: number, analysed: PolicyReport & { url: string }) {
  vi.setSystemTime(time);
  return history.save(analysed);
}

/** The raw records of a store, as written. */
async function rawRecords(name: string, store: 'entries' | 'reports' | 'versions'): Promise<unknown[]> {
  const db = await openDB<HistoryDB>(name);
  const all = await db.getAll(store);
  db.close();
  return all;
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(1_000);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('versions of a policy', () => {
  it('keeps every text, newest first, each with its dates, score and whole report', async () => {
    const history = openHistory(freshName());
    await saveAt(history, 1_000, V1);
    await saveAt(history, 1_500, V1);
    await saveAt(history, 2_000, V2);
    await saveAt(history, 3_000, V3);
    const [entry] = (await history.list()).entries;
    expect(entry).toMatchObject({ key: URL_A, textHash: V3.textHash, firstSeen: 3_000, analysedAt: 3_000 });
    expect(entry?.versions).toEqual([
      { textHash: V2.textHash, firstSeen: 2_000, analysedAt: 2_000, score: 71, grade: 'C', analyserVersion: 'v1', hasReport: true },
      { textHash: V1.textHash, firstSeen: 1_000, analysedAt: 1_500, score: 84, grade: 'B', analyserVersion: 'v1', hasReport: true },
    ]);
    expect((await history.version(URL_A, V1.textHash))?.report).toEqual(V1);
    expect(await history.version(URL_A, V3.textHash)).toMatchObject({ textHash: V3.textHash, firstSeen: 3_000, report: V3, hasReport: true });
    expect(await history.version(URL_A, 'no such text')).toBeUndefined();
    expect(await history.version('https://other.example/', V1.textHash)).toBeUndefined();
  });

  it('keeps 20 earlier versions, the 19 newest and the first one seen, and deletes the rest from storage', async () => {
    const name = freshName();
    const history = openHistory(name);
    const texts = Array.from({ length: 25 }, (_, i) => report([`Text ${i}.`]));
    for (const [i, text] of texts.entries()) await saveAt(history, 1_000 * (i + 1), text);
    const [entry] = (await history.list()).entries;
    // Current: text 24. Earlier, newest first: 23 … 5, then the first one seen.
    const expected = [...Array.from({ length: 19 }, (_, i) => texts[23 - i]!.textHash), texts[0]!.textHash];
    expect(entry?.versions?.map((v) => v.textHash)).toEqual(expected);
    const stored = (await rawRecords(name, 'versions')) as { textHash: string }[];
    expect(stored.map((v) => v.textHash).sort()).toEqual([...expected].sort());
    expect((await history.version(URL_A, texts[0]!.textHash))?.report).toEqual(texts[0]);
    expect(await history.version(URL_A, texts[3]!.textHash)).toBeUndefined();
  });

  it('stores a text once however often it is seen, and a text that comes back is the current one again', async () => {
    const name = freshName();
    const history = openHistory(name);
    await saveAt(history, 1_000, V1);
    await saveAt(history, 2_000, V2);
    await saveAt(history, 2_500, V2);
    await saveAt(history, 3_000, V1);
    expect(await rawRecords(name, 'versions')).toEqual([expect.objectContaining({ key: URL_A, textHash: V2.textHash })]);
    const [entry] = (await history.list()).entries;
    expect(entry).toMatchObject({ textHash: V1.textHash, firstSeen: 3_000 });
    expect(entry?.versions?.map((v) => v.textHash)).toEqual([V2.textHash]);
    await saveAt(history, 4_000, V2);
    const versions = (await rawRecords(name, 'versions')) as { textHash: string }[];
    expect(versions.map((v) => v.textHash)).toEqual([V1.textHash]);
    expect((await history.list()).entries[0]?.versions?.map((v) => v.textHash)).toEqual([V1.textHash]);
  });

  it('says in facts what the last change was, when the text is saved and on every later read', async () => {
    const history = openHistory(freshName());
    await saveAt(history, 1_000, V1);
    const { change } = await saveAt(history, 2_000, V2);
    expect(change).toMatchObject({ kind: 'text', since: 1_000, changedOn: 2_000, scoreBefore: 84, scoreAfter: 71 });
    expect(change?.facts).toEqual({ before: V1.facts, after: V2.facts });
    expect(factChanges(change!.facts!.before, change!.facts!.after)).toEqual([
      { key: 'sells_data', before: false, after: null, direction: 'worse' },
      { key: 'cross_border_transfer', before: null, after: true, direction: 'worse' },
    ]);
    vi.setSystemTime(9_000);
    const later = lastChange((await history.get(URL_A))!);
    expect(later).toEqual(change);
  });

  it('has no last change for a policy that never changed', async () => {
    const history = openHistory(freshName());
    await saveAt(history, 1_000, V1);
    await saveAt(history, 2_000, { ...V1, analyserVersion: 'v2' });
    expect(lastChange((await history.get(URL_A))!)).toBeUndefined();
  });

  it('deletes an entry with all its versions, and clears them all', async () => {
    const name = freshName();
    const history = openHistory(name);
    await saveAt(history, 1_000, V1);
    await saveAt(history, 2_000, V2);
    await history.save({ ...V1, url: 'https://b.example/privacy' });
    await history.save({ ...V2, url: 'https://b.example/privacy' });
    await history.delete(URL_A);
    expect(((await rawRecords(name, 'versions')) as { key: string }[]).map((v) => v.key)).toEqual(['https://b.example/privacy']);
    expect(await history.version(URL_A, V1.textHash)).toBeUndefined();
    await history.clear();
    expect(await rawRecords(name, 'versions')).toEqual([]);
  });

  it('keeps the earlier versions when the entry itself is damaged and saved over', async () => {
    const name = freshName();
    const history = openHistory(name);
    await saveAt(history, 1_000, V1);
    await saveAt(history, 2_000, V2);
    const db = await openDB<HistoryDB>(name);
    await db.put('reports', { key: URL_A, report: null } as never);
    db.close();
    expect(await history.get(URL_A)).toBeUndefined();
    await saveAt(history, 3_000, V3);
    expect((await history.list()).entries[0]?.versions?.map((v) => v.textHash)).toEqual([V1.textHash]);
    expect((await history.version(URL_A, V1.textHash))?.report).toEqual(V1);
  });

  it('never hands out a damaged version, and still reads the entry', async () => {
    const name = freshName();
    const history = openHistory(name);
    await saveAt(history, 1_000, V1);
    await saveAt(history, 2_000, V2);
    const db = await openDB<HistoryDB>(name);
    await db.put('versions', { key: URL_A, textHash: V1.textHash, firstSeen: 'garbage' } as never);
    db.close();
    expect(await history.version(URL_A, V1.textHash)).toBeUndefined();
    const entry = await history.get(URL_A);
    expect(entry?.report).toEqual(V2);
    expect(entry).not.toHaveProperty('previous');
    // Saved over, the damaged version is listed as it was, not lost: deleting the entry removes it.
    await saveAt(history, 3_000, V2);
    expect((await history.list()).entries[0]?.versions).toHaveLength(1);
  });

  it('keeps the stored versions when a save fails', async () => {
    const name = freshName();
    const history = openHistory(name);
    await saveAt(history, 1_000, V1);
    await saveAt(history, 2_000, V2);
    const unstorable = { ...V3, warnings: [() => 'not cloneable'] } as unknown as PolicyReport & { url: string };
    await expect(history.save(unstorable)).rejects.toBeInstanceOf(StorageError);
    expect((await history.get(URL_A))?.report).toEqual(V2);
    expect(((await rawRecords(name, 'versions')) as { textHash: string }[]).map((v) => v.textHash)).toEqual([V1.textHash]);
  });
});

/** Opens a database built by the first `version` schema steps only, as an older Policy Lens left it. */
function openAtVersion(name: string, version: number) {
  return openDB<HistoryDB>(name, version, {
    upgrade: async (db, _old, _new, tx) => {
      for (const step of MIGRATIONS.slice(0, version)) await step(db, tx);
    },
  });
}

/** An entry as version 3 of the schema stored it: a summary, and the report with the clauses and score of the text before. */
function v3Entry(current: PolicyReport & { url: string }, previous?: PolicyReport, analysedAt = 2_000) {
  const { url, title, textHash, analyserVersion } = current;
  return {
    summary: { key: url, url, title, analysedAt, textHash, score: current.score.score, grade: current.score.grade, analyserVersion },
    record: {
      key: url,
      report: packReport(current),
      ...(previous
        ? { previous: { analysedAt: 1_000, textHash: previous.textHash, score: previous.score.score, grade: previous.score.grade, clauseTexts: previous.clauses.map((c) => c.text) } }
        : {}),
    },
  };
}

async function writeV3(name: string, entries: { summary: unknown; record: unknown }[]) {
  const old = await openAtVersion(name, 3);
  for (const { summary, record } of entries) {
    await old.put('entries', summary as never);
    await old.put('reports', record as never);
  }
  old.close();
}

describe('upgrading a version 3 history to versions', () => {
  it('keeps every entry, and turns each one’s previous text into its first earlier version', async () => {
    const name = freshName();
    const changed = v3Entry(V2, V1);
    const unchanged = v3Entry({ ...V3, url: 'https://b.example/privacy' });
    const broken = { summary: { key: 'broken', url: 'broken', title: 'Broken', analysedAt: 'garbage' }, record: { key: 'broken', report: null, previous: changed.record.previous } };
    await writeV3(name, [changed, unchanged, broken]);

    const history = openHistory(name);
    const { entries, damaged } = await history.list();
    expect(entries.map((e) => e.key)).toEqual([URL_A, 'https://b.example/privacy']);
    expect(entries[0]?.versions).toEqual([{ textHash: V1.textHash, firstSeen: 1_000, analysedAt: 1_000, score: 84, grade: 'B', hasReport: false }]);
    expect(entries[1]).not.toHaveProperty('versions');
    expect(damaged.map((d) => d.key)).toEqual(['broken']);

    const entry = (await history.get(URL_A))!;
    expect(entry.report).toEqual(V2);
    expect(entry.previous).toEqual({ analysedAt: 1_000, textHash: V1.textHash, score: 84, grade: 'B', clauseTexts: ['We never sell your data.'] });
    // Without the earlier report, the change is told in clauses and score only.
    const change = lastChange(entry);
    expect(change).toMatchObject({ kind: 'text', added: ['We may send your data to the United States.'], removed: ['We never sell your data.'], scoreBefore: 84 });
    expect(change).not.toHaveProperty('facts');
    expect(await history.version(URL_A, V1.textHash)).toMatchObject({ hasReport: false, clauseTexts: ['We never sell your data.'] });
    expect((await history.get('https://b.example/privacy'))?.report).toEqual({ ...V3, url: 'https://b.example/privacy' });

    // Moved, not copied: the record no longer holds it. The broken record is left exactly as it was.
    const records = (await rawRecords(name, 'reports')) as Record<string, unknown>[];
    expect(records.find((r) => r.key === URL_A)).not.toHaveProperty('previous');
    expect(records.find((r) => r.key === 'broken')).toEqual(broken.record);

    // The next change retires the current text beside the one carried over.
    await saveAt(history, 5_000, V3);
    expect((await history.list()).entries.find((e) => e.key === URL_A)?.versions?.map((v) => [v.textHash, v.hasReport])).toEqual([
      [V2.textHash, true],
      [V1.textHash, false],
    ]);
  });

  it('leaves a version 3 database as it was when the upgrade cannot finish', async () => {
    const name = freshName();
    const changed = v3Entry(V2, V1);
    await writeV3(name, [changed]);
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementationOnce(() => {
      throw new DOMException('The disk is unavailable.', 'UnknownError');
    });
    const error = await openHistory(name).list().catch((e: unknown) => e);
    vi.restoreAllMocks();
    expect(error).toBeInstanceOf(StorageError);
    const again = await openDB(name);
    expect(again.version).toBe(3);
    expect([...again.objectStoreNames].sort()).toEqual(['entries', 'reports']);
    expect(await again.get('reports', URL_A)).toEqual(changed.record);
    again.close();
    // Opened again later, it upgrades.
    expect((await openHistory(name).list()).entries[0]?.versions).toHaveLength(1);
  });
});
