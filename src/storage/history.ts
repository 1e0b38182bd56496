import { openDB, type IDBPDatabase } from 'idb';
import type { PolicyReport } from '../core/types';
import { nextEntry } from './entry';
import { DB_NAME, DB_VERSION, upgradeSchema, type HistoryDB } from './schema';
import type { History, HistoryEntry } from './types';

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

/** The history store in IndexedDB. Opens lazily; every call reports failure as a `StorageError`. */
export function openHistory(dbName: string = DB_NAME): History {
  let connection: Promise<IDBPDatabase<HistoryDB>> | undefined;

  function db(): Promise<IDBPDatabase<HistoryDB>> {
    connection ??= new Promise<IDBPDatabase<HistoryDB>>((resolve, reject) => {
      let gaveUp = false;
      openDB<HistoryDB>(dbName, DB_VERSION, {
        upgrade: upgradeSchema,
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

  return {
    get: (url) => run('read', (open) => open.get('history', url)),
    list: () =>
      run('read', async (open) => (await open.getAllFromIndex('history', 'by-date')).reverse() as HistoryEntry[]),
    save: (report: PolicyReport & { url: string }) =>
      run('save to', async (open) => {
        // Read and write in one transaction, so two tabs saving at once cannot overwrite each other.
        const tx = open.transaction('history', 'readwrite');
        const result = nextEntry(await tx.store.get(report.url), report, Date.now());
        await tx.store.put(result.entry);
        await tx.done;
        return result;
      }),
    delete: (url) => run('delete from', (open) => open.delete('history', url)),
    clear: () => run('clear', (open) => open.clear('history')),
  };
}
