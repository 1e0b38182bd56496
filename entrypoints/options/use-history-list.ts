import { useCallback, useEffect, useState } from 'preact/hooks';
import type { DamagedEntry, History, HistorySummary } from '../../src/storage/types';

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : `Something went wrong with your history: ${String(error)}`;
}

export interface HistoryList {
  /** `undefined` until the first successful read. */
  entries: HistorySummary[] | undefined;
  /** Stored entries that cannot be read, listed so they can be deleted. */
  damaged: DamagedEntry[];
  error: string | undefined;
  remove(key: string): Promise<boolean>;
  clear(): Promise<boolean>;
  /** Reads the list again (after something else saved to the history). */
  reload(): Promise<void>;
}

/** The stored history (summaries only), newest first, re-read whenever the page becomes visible again. */
export function useHistoryList(history: History): HistoryList {
  const [entries, setEntries] = useState<HistorySummary[]>();
  const [damaged, setDamaged] = useState<DamagedEntry[]>([]);
  const [error, setError] = useState<string>();

  const reload = useCallback(async () => {
    try {
      const listing = await history.list();
      setEntries(listing.entries);
      setDamaged(listing.damaged);
      setError(undefined);
    } catch (failure) {
      setError(messageOf(failure));
    }
  }, [history]);

  useEffect(() => {
    void reload();
    const onVisible = () => document.visibilityState === 'visible' && void reload();
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [reload]);

  // A failed change leaves the list as it was: the store guarantees nothing was deleted.
  const change = useCallback(
    async (work: () => Promise<void>) => {
      try {
        await work();
        await reload();
        return true;
      } catch (failure) {
        setError(messageOf(failure));
        return false;
      }
    },
    [reload],
  );

  return {
    entries,
    damaged,
    error,
    remove: (key) => change(() => history.delete(key)),
    clear: () => change(() => history.clear()),
    reload,
  };
}
