import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Grade, PolicyReport } from '../../src/core/types';
import { openHistory, StorageError } from '../../src/storage/history';
import { MIGRATIONS, type HistoryDB } from '../../src/storage/schema';

let dbCount = 0;
const freshName = () => `history-test-${++dbCount}`;

function report(url: string, clauses: string[], score = 50, grade: Grade = 'C'): PolicyReport & { url: string } {
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
    facts: {} as PolicyReport['facts'],
    score: { score, grade, points: [], coverage: 0.5 },
  };
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
    expect(entry).toMatchObject({ url: 'https://a.example/privacy', analysedAt: 1_000, textHash: 'We collect names.' });
    expect(await history.get('https://a.example/privacy')).toEqual(entry);
    expect(await history.get('https://other.example/')).toBeUndefined();
  });

  it('lists entries newest first', async () => {
    const history = openHistory(freshName());
    for (const [time, url] of [[3_000, 'b'], [1_000, 'a'], [5_000, 'c']] as const) {
      vi.setSystemTime(time);
      await history.save(report(url, [url]));
    }
    expect((await history.list()).map((entry) => entry.url)).toEqual(['c', 'b', 'a']);
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
  });

  it('says what changed when the text hash differs', async () => {
    const history = openHistory(freshName());
    await history.save(report('u', ['We keep data 1 year.', 'We do not sell data.'], 70, 'B'));
    vi.setSystemTime(9_000);
    const { change } = await history.save(report('u', ['We keep data 5 years.', 'We do not sell data.'], 55, 'C'));
    expect(change).toEqual({
      since: 1_000,
      scoreBefore: 70,
      scoreAfter: 55,
      gradeBefore: 'B',
      gradeAfter: 'C',
      added: ['We keep data 5 years.'],
      removed: ['We keep data 1 year.'],
    });
  });

  it('deletes one entry and clears all', async () => {
    const history = openHistory(freshName());
    await history.save(report('a', ['a']));
    await history.save(report('b', ['b']));
    await history.delete('a');
    expect((await history.list()).map((entry) => entry.url)).toEqual(['b']);
    await history.clear();
    expect(await history.list()).toEqual([]);
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
    expect(await tabOne.list()).toHaveLength(21);
    // Each save of the shared URL read the one before it: all but the first saw a change.
    expect(sharedResults.filter((result) => result.change).length).toBe(9);
  });
});

describe('history schema upgrade', () => {
  it('upgrades a version 1 database without losing entries', async () => {
    const name = freshName();
    const v1 = await openDB<HistoryDB>(name, 1, { upgrade: (db, _old, _new, tx) => MIGRATIONS[0]!(db, tx) });
    const old = [report('old-a', ['a']), report('old-b', ['b'])];
    await v1.put('history', { url: 'old-a', title: 'A', analysedAt: 100, textHash: 'a', report: old[0]! });
    await v1.put('history', { url: 'old-b', title: 'B', analysedAt: 200, textHash: 'b', report: old[1]! });
    v1.close();

    const history = openHistory(name);
    expect((await history.list()).map((entry) => entry.url)).toEqual(['old-b', 'old-a']);
    expect((await history.get('old-a'))?.report).toEqual(old[0]);

    const upgraded = await openDB<HistoryDB>(name);
    expect(upgraded.version).toBe(MIGRATIONS.length);
    expect([...upgraded.transaction('history').store.indexNames]).toEqual(['by-date']);
    upgraded.close();
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
    const holder = await openDB<HistoryDB>(name, 1, { upgrade: (db, _old, _new, tx) => MIGRATIONS[0]!(db, tx) });
    const error = await openHistory(name).list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as Error).message).toMatch(/Another Policy Lens window/);
    holder.close();
  });

  it('keeps the stored entry when a save fails', async () => {
    const history = openHistory(freshName());
    const good = report('u', ['good.']);
    await history.save(good);
    const unstorable = { ...report('u', ['bad.']), warnings: [() => 'not cloneable'] } as unknown as PolicyReport & { url: string };
    await expect(history.save(unstorable)).rejects.toBeInstanceOf(StorageError);
    expect((await history.get('u'))?.report).toEqual(good);
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
