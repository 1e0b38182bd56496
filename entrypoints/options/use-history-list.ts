import { useCallback, useEffect, useState } from 'preact/hooks';
import type { History, HistoryEntry } from '../../src/storage/types';

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : `Something went wrong with your history: ${String(error)}`;
}

export interface HistoryList {
  /** `undefined` until the first successful read. */
  entries: HistoryEntry[] | undefined;
  error: string | undefined;
  remove(url: string): Promise<boolean>;
  clear(): Promise<boolean>;
}

/** The stored history, newest first, re-read whenever the page becomes visible again. */
export function useHistoryList(history: History): HistoryList {
  const [entries, setEntries] = useState<HistoryEntry[]>();
  const [error, setError] = useState<string>();

  const reload = useCallback(async () => {
    try {
      setEntries(await history.list());
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
    error,
    remove: (url) => change(() => history.delete(url)),
    clear: () => change(() => history.clear()),
  };
}
