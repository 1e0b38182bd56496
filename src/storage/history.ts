import { openDB, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { oneLine } from '../core/title';
import type { PolicyReport } from '../core/types';
import { nextEntry, summaryOf, versionOf, type Place } from './entry';
import { packReport, unpackReport } from './pack';
import { DB_NAME, DB_VERSION, upgradeSchema, type HistoryDB } from './schema';
import type { DamagedEntry, History, HistoryEntry, HistoryListing, HistorySummary, PolicyVersion, PreviousVersion, VersionSummary } from './types';
import { isRecord, isVersion, summaryProblem, type StoredVersion } from './validate';

/** A history read or write that failed; `message` is written for the user. Stored entries are never touched. */
export class StorageError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StorageError';
  }
}

function explain(action: string, error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  const reason =
    name === 'QuotaExceededError'
      ? 'the browser’s storage for this extension is full'
      : name === 'VersionError'
        ? 'the history was written by a newer version of Policy Lens'
        : error instanceof Error
          ? error.message
          : String(error);
  const sentence = reason.replace(/[.\s]+$/, '');
  return new StorageError(`Could not ${action} your history: ${sentence}. Your earlier history is untouched.`, {
    cause: error,
  });
}

type Stores = ('entries' | 'reports' | 'versions')[];
const STORES: Stores = ['entries', 'reports', 'versions'];
type Transaction<Mode extends IDBTransactionMode> = IDBPTransaction<HistoryDB, Stores, Mode>;

// Older versions kept titles as pages gave them (a megabyte, line breaks and all): read back, they are put on one line.
const withTitleOnOneLine = <T extends { title: string }>(value: T): T => ({ ...value, title: oneLine(value.title) });

/** An earlier version of the policy under `key`, whole, if it is kept and readable. */
async function readVersion(tx: Transaction<IDBTransactionMode>, key: string, textHash: string): Promise<PolicyVersion | undefined> {
  const stored: unknown = await tx.objectStore('versions').get([key, textHash]);
  if (!isVersion(stored) || stored.key !== key || stored.textHash !== textHash) return undefined;
  const { report: packed, clauseTexts, ...summary } = stored;
  const report = packed && withTitleOnOneLine(unpackReport(packed));
  return { ...summary, hasReport: report !== undefined, clauseTexts: report ? report.clauses.map((c) => c.text) : clauseTexts!, ...(report ? { report } : {}) };
}

/** A version as the `previous` of the entry it came before. */
function asPrevious({ analysedAt, textHash, score, grade, clauseTexts, report }: PolicyVersion): PreviousVersion {
  return { analysedAt, textHash, score, grade, clauseTexts, ...(report ? { report } : {}) };
}

/** The entry under `key`, whole, if both its parts are there and readable; with its newest earlier version when that is. */
async function readEntry(tx: Transaction<IDBTransactionMode>, key: string): Promise<HistoryEntry | undefined> {
  const [summary, record] = await Promise.all([tx.objectStore('entries').get(key), tx.objectStore('reports').get(key)]);
  if (summaryProblem(summary) || !isRecord(record) || record.report.textHash !== summary!.textHash) return undefined;
  const report = withTitleOnOneLine(unpackReport(record.report));
  const newest = summary!.versions?.[0];
  const version = newest && (await readVersion(tx, key, newest.textHash));
  const previous = version ? asPrevious(version) : record.previous;
  return { ...withTitleOnOneLine(summary!), report, ...(previous ? { previous } : {}) };
}

/** The earlier versions kept under `key`, newest first: read when its entry cannot be, so a damaged entry does not hide them. */
async function keptVersions(tx: Transaction<IDBTransactionMode>, key: string): Promise<VersionSummary[]> {
  const stored: unknown[] = await tx.objectStore('versions').index('by-key').getAll(key);
  return stored
    .filter(isVersion)
    .map(({ key: _key, report, clauseTexts: _clauses, ...summary }): VersionSummary => ({ ...summary, hasReport: report !== undefined }))
    .sort((a, b) => b.analysedAt - a.analysedAt);
}

/** The range of every version kept under `key` (their keys are `[key, textHash]`). */
const versionsOf = (key: string) => IDBKeyRange.bound([key], [key, []]);

/** The entry's current text, whole, as one of its versions. */
function currentVersion(entry: HistoryEntry): PolicyVersion {
  return { ...versionOf(entry), key: entry.key, report: entry.report, clauseTexts: entry.report.clauses.map((c) => c.text) };
}

/** A retired entry as kept in the `versions` store. */
function storedVersion(entry: HistoryEntry): StoredVersion {
  const { textHash, firstSeen, analysedAt, score, grade, analyserVersion } = versionOf(entry);
  return { key: entry.key, textHash, firstSeen, analysedAt, score, grade, ...(analyserVersion ? { analyserVersion } : {}), report: packReport(entry.report) };
}

function damaged(key: IDBValidKey, value: unknown, problem: string): DamagedEntry {
  const fields = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const text = (field: string) => (typeof fields[field] === 'string' ? oneLine(fields[field] as string) : undefined);
  return { key: String(key), url: text('url'), title: text('title'), problem };
}

/** The history store in IndexedDB. Opens lazily; every call reports failure as a `StorageError`. */
export function openHistory(dbName: string = DB_NAME): History {
  let connection: Promise<IDBPDatabase<HistoryDB>> | undefined;

  function db(): Promise<IDBPDatabase<HistoryDB>> {
    connection ??= new Promise<IDBPDatabase<HistoryDB>>((resolve, reject) => {
      let gaveUp = false;
      openDB<HistoryDB>(dbName, DB_VERSION, {
        // A failed step aborts the upgrade, which fails this open: nothing to catch here.
        upgrade: (open, oldVersion, newVersion, tx) => void Promise.resolve(upgradeSchema(open, oldVersion, newVersion, tx)).catch(() => {}),
        blocked() {
          gaveUp = true;
          reject(new StorageError('Another Policy Lens window is upgrading your history; close it and try again.'));
        },
        // Let a newer version (another window after an update) upgrade: close, reopen on next use.
        blocking() {
          void connection?.then((open) => open.close());
          connection = undefined;
        },
        terminated() {
          connection = undefined;
        },
      }).then((open) => (gaveUp ? open.close() : resolve(open)), reject);
    }).catch((error: unknown) => {
      connection = undefined;
      throw error;
    });
    return connection;
  }

  async function run<T>(action: string, work: (open: IDBPDatabase<HistoryDB>) => Promise<T>): Promise<T> {
    try {
      return await work(await db());
    } catch (error) {
      throw explain(action, error);
    }
  }

  /** Runs `work` on both stores; anything it throws aborts the whole transaction, so nothing is half written. */
  async function write<T>(action: string, work: (tx: Transaction<'readwrite'>) => Promise<T>): Promise<T> {
    return run(action, async (open) => {
      const tx = open.transaction(STORES, 'readwrite');
      try {
        const result = await work(tx);
        await tx.done;
        return result;
      } catch (error) {
        tx.done.catch(() => {}); // rejects once aborted; the error that matters is `error`
        try {
          tx.abort();
        } catch {
          // already finished or aborted
        }
        throw error;
      }
    });
  }

  return {
    get: (key) => run('read', (open) => readEntry(open.transaction(STORES), key)),

    version: (key, textHash) =>
      run('read', async (open) => {
        const tx = open.transaction(STORES);
        const current = await readEntry(tx, key);
        return current?.textHash === textHash ? currentVersion(current) : readVersion(tx, key, textHash);
      }),

    // Reads the small summaries only: no report is loaded to draw the list.
    list: () =>
      run('read', async (open): Promise<HistoryListing> => {
        const store = open.transaction('entries').store;
        const [keys, values] = await Promise.all([store.getAllKeys(), store.getAll() as Promise<unknown[]>]);
        const entries: HistorySummary[] = [];
        const broken: DamagedEntry[] = [];
        values.forEach((value, i) => {
          const problem = summaryProblem(value);
          if (problem) broken.push(damaged(keys[i]!, value, problem));
          else entries.push(withTitleOnOneLine(value as HistorySummary));
        });
        return { entries: entries.sort((a, b) => b.analysedAt - a.analysedAt), damaged: broken };
      }),

    // Read and write in one transaction, so two tabs saving at once cannot overwrite each other.
    // What was stored before is only used when it can be read: a damaged entry is replaced,
    // its earlier versions kept. A text kept as an earlier version that comes back becomes
    // the current one again, so no text is stored twice.
    save: (report: PolicyReport & { url: string }, place: Place = { key: report.url }) =>
      write('save to', async (tx) => {
        const stored = await readEntry(tx, place.key);
        const kept = stored ? [] : await keptVersions(tx, place.key);
        const { entry, change, retired, dropped = [] } = nextEntry(stored, report, Date.now(), place, kept);
        // One after the other: a report that cannot be stored throws at once, and leaves no request behind.
        if (retired) await tx.objectStore('versions').put(storedVersion(retired));
        for (const version of dropped) await tx.objectStore('versions').delete([place.key, version.textHash]);
        await tx.objectStore('versions').delete([place.key, report.textHash]);
        await tx.objectStore('reports').put({ key: place.key, report: packReport(report) });
        await tx.objectStore('entries').put(summaryOf(entry));
        return { entry, ...(change ? { change } : {}) };
      }),

    delete: (key) =>
      write('delete from', async (tx) => {
        await Promise.all([tx.objectStore('entries').delete(key), tx.objectStore('reports').delete(key), tx.objectStore('versions').delete(versionsOf(key))]);
      }),

    clear: () =>
      write('clear', async (tx) => {
        await Promise.all(STORES.map((store) => tx.objectStore(store).clear()));
      }),
  };
}
