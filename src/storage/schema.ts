import type { DBSchema, IDBPDatabase, IDBPTransaction } from 'idb';
import type { HistoryEntry } from './types';

export const DB_NAME = 'policy-lens';

export interface HistoryDB extends DBSchema {
  history: { key: string; value: HistoryEntry; indexes: { 'by-date': number } };
}

type UpgradeTransaction = IDBPTransaction<HistoryDB, 'history'[], 'versionchange'>;
type Migration = (db: IDBPDatabase<HistoryDB>, tx: UpgradeTransaction) => void;

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
];

export const DB_VERSION = MIGRATIONS.length;

/** Runs the steps between the stored version and `newVersion`, inside the upgrade transaction. */
export function upgradeSchema(
  db: IDBPDatabase<HistoryDB>,
  oldVersion: number,
  newVersion: number | null,
  tx: UpgradeTransaction,
): void {
  for (let version = oldVersion; version < (newVersion ?? DB_VERSION); version++) MIGRATIONS[version]?.(db, tx);
}
