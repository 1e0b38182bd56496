import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { compareHash, parseCompareHash } from '../../src/compare-view/selection-hash';

type Update = string[] | ((ids: string[]) => string[]);

/** Told to every user of the selection when one of them changes it (`replaceState` fires no `hashchange`). */
const SELECTION_CHANGED = 'policy-lens-selection';

/**
 * The ids chosen for comparison, kept in the URL hash so a comparison can be linked and
 * reloaded. The picker and the history's version list share it. An update may be a function
 * of the ids as they are then, so quick clicks in a row all count.
 */
export function useHashSelection(): [string[], (update: Update) => void] {
  const [ids, setIds] = useState(() => parseCompareHash(location.hash));
  const current = useRef(ids);

  useEffect(() => {
    const onHashChange = () => {
      current.current = parseCompareHash(location.hash);
      setIds(current.current);
    };
    window.addEventListener('hashchange', onHashChange);
    window.addEventListener(SELECTION_CHANGED, onHashChange);
    return () => {
      window.removeEventListener('hashchange', onHashChange);
      window.removeEventListener(SELECTION_CHANGED, onHashChange);
    };
  }, []);

  const update = useCallback((next: Update) => {
    current.current = typeof next === 'function' ? next(current.current) : next;
    setIds(current.current);
    window.history.replaceState(null, '', compareHash(current.current) || location.pathname + location.search);
    window.dispatchEvent(new Event(SELECTION_CHANGED));
  }, []);

  return [ids, update];
}
