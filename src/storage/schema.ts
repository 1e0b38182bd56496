import type { DBSchema, IDBPDatabase, IDBPTransaction } from 'idb';
import type { PolicyReport } from '../core/types';
import { packReport } from './pack';
import type { HistorySummary, PreviousVersion, VersionSummary } from './types';
import { isRecord, isSummary, type StoredRecord, type StoredVersion } from './validate';

export const DB_NAME = 'policy-lens';

/** An entry as versions 1 and 2 stored it: the whole report, keyed by URL. */
export interface LegacyEntry {
  url: string;
  title: string;
  analysedAt: number;
  textHash: string;
  report: PolicyReport;
  previous?: PreviousVersion;
}

export interface HistoryDB extends DBSchema {
  /** Versions 1–2 only; moved into `entries` and `reports` by version 3. */
  history: { key: string; value: LegacyEntry; indexes: { 'by-date': number } };
  /** What the history list shows, one small record per analysis. */
  entries: { key: string; value: HistorySummary };
  /** The current report (evidence stored by clause index), by the same key; until version 4, with the version before it. */
  reports: { key: string; value: StoredRecord };
  /** From version 4: every earlier text of each policy, once per text hash. */
  versions: { key: [string, string]; value: StoredVersion; indexes: { 'by-key': string } };
}

export type StoreName = 'history' | 'entries' | 'reports' | 'versions';
type UpgradeTransaction = IDBPTransaction<HistoryDB, StoreName[], 'versionchange'>;
type Migration = (db: IDBPDatabase<HistoryDB>, tx: UpgradeTransaction) => void | Promise<void>;

/**
 * Whatever a legacy entry holds, as a summary and a record. Damaged parts are carried over as
 * they are; a summary whose report cannot be read gets no score, so the list flags it at once.
 */
function splitLegacy(key: string, old: Partial<LegacyEntry>): { summary: HistorySummary; record: StoredRecord } {
  const record = { key, report: old.report, previous: old.previous } as unknown as StoredRecord;
  const readable = isRecord(record);
  if (readable) record.report = packReport(old.report!);
  const summary = {
    key,
    url: old.url,
    title: old.title,
    analysedAt: old.analysedAt,
    textHash: old.textHash,
    score: readable ? old.report!.score.score : undefined,
    grade: readable ? old.report!.score.grade : undefined,
  } as HistorySummary;
  return { summary, record };
}

/** Aborts the upgrade: the database stays at the version it was, and opening it fails with a message. */
function abandon(tx: UpgradeTransaction): void {
  tx.done.catch(() => {});
  try {
    tx.abort();
  } catch {
    // already aborted by the failed request
  }
}

/** v3: the list apart from the reports, evidence stored once. Every v2 entry moves over, readable or not. */
async function splitHistory(db: IDBPDatabase<HistoryDB>, tx: UpgradeTransaction): Promise<void> {
  db.createObjectStore('entries', { keyPath: 'key' });
  db.createObjectStore('reports', { keyPath: 'key' });
  try {
    for (let cursor = await tx.objectStore('history').openCursor(); cursor; cursor = await cursor.continue()) {
      const old = (typeof cursor.value === 'object' && cursor.value !== null ? cursor.value : {}) as Partial<LegacyEntry>;
      const { summary, record } = splitLegacy(String(cursor.primaryKey), old);
      await tx.objectStore('entries').put(summary);
      await tx.objectStore('reports').put(record);
    }
    db.deleteObjectStore('history');
  } catch {
    // Nothing is moved unless everything can be: aborted, the upgrade leaves version 2 as it
    // was, and opening the history fails with a message instead.
    abandon(tx);
  }
}

/** A v3 record's `previous` as a version: its clauses and score, no report (v3 kept none). */
function versionOfPrevious(key: string, previous: PreviousVersion): { record: StoredVersion; summary: VersionSummary } {
  const { analysedAt, textHash, score, grade, clauseTexts } = previous;
  const summary = { textHash, firstSeen: analysedAt, analysedAt, score, grade };
  return { record: { key, ...summary, clauseTexts }, summary: { ...summary, hasReport: false } };
}

/**
 * v4: every earlier text of a policy, each in a store of its own. A readable v3 entry's
 * `previous` becomes its first earlier version; anything unreadable is left as it was.
 */
async function keepVersions(db: IDBPDatabase<HistoryDB>, tx: UpgradeTransaction): Promise<void> {
  db.createObjectStore('versions', { keyPath: ['key', 'textHash'] }).createIndex('by-key', 'key');
  try {
    for (let cursor = await tx.objectStore('reports').openCursor(); cursor; cursor = await cursor.continue()) {
      const { value } = cursor;
      const summary: unknown = await tx.objectStore('entries').get(cursor.primaryKey);
      if (!isRecord(value) || !value.previous || !isSummary(summary) || value.previous.textHash === summary.textHash) continue;
      const { previous, ...current } = value;
      const version = versionOfPrevious(value.key, previous);
      await tx.objectStore('versions').put(version.record);
      await tx.objectStore('entries').put({ ...summary, versions: [version.summary] });
      await cursor.update(current);
    }
  } catch {
    abandon(tx);
  }
}

/**
 * Schema version N is what running the first N steps builds. A shipped step is
 * never edited: a new schema is a new step appended here, so any older database
 * upgrades in place and keeps its entries.
 */
export const MIGRATIONS: readonly Migration[] = [
  // v1: one entry per policy URL.
  (db) => {
    db.createObjectStore('history', { keyPath: 'url' });
  },
  // v2: an index by date, for the newest-first list.
  (_db, tx) => {
    tx.objectStore('history').createIndex('by-date', 'analysedAt');
  },
  splitHistory,
  keepVersions,
];

export const DB_VERSION = MIGRATIONS.length;

/**
 * Runs the steps between the stored version and `newVersion` inside the upgrade transaction,
 * each after the one before has finished (some read and write records as they go).
 */
export function upgradeSchema(
  db: IDBPDatabase<HistoryDB>,
  oldVersion: number,
  newVersion: number | null,
  tx: UpgradeTransaction,
): void | Promise<void> {
  const target = newVersion ?? DB_VERSION;
  const runFrom = (version: number): void | Promise<void> => {
    if (version >= target) return;
    const done = MIGRATIONS[version]?.(db, tx);
    return done instanceof Promise ? done.then(() => runFrom(version + 1)) : runFrom(version + 1);
  };
  return runFrom(oldVersion);
}
