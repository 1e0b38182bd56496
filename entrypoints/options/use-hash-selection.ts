import { useCallback, useEffect, useState } from 'preact/hooks';
import { compareHash, parseCompareHash } from '../../src/compare-view/selection-hash';

/** Told to every user of the selection when one of them changes it (`replaceState` fires no `hashchange`). */
const SELECTION_CHANGED = 'policy-lens-selection';

/**
 * The ids chosen for comparison, kept in the URL hash so a comparison can be linked and
 * reloaded. The picker and the history's version list share it.
 */
export function useHashSelection(): [string[], (ids: string[]) => void] {
  const [ids, setIds] = useState(() => parseCompareHash(location.hash));

  useEffect(() => {
    const onHashChange = () => setIds(parseCompareHash(location.hash));
    window.addEventListener('hashchange', onHashChange);
    window.addEventListener(SELECTION_CHANGED, onHashChange);
    return () => {
      window.removeEventListener('hashchange', onHashChange);
      window.removeEventListener(SELECTION_CHANGED, onHashChange);
    };
  }, []);

  const update = useCallback((next: string[]) => {
    setIds(next);
    window.history.replaceState(null, '', compareHash(next) || location.pathname + location.search);
    window.dispatchEvent(new Event(SELECTION_CHANGED));
  }, []);

  return [ids, update];
}
