import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { compareHash, parseCompareHash } from '../../src/compare-view/selection-hash';

type Update = string[] | ((ids: string[]) => string[]);

/**
 * The ids chosen for comparison, kept in the URL hash so a comparison can be linked and reloaded.
 * An update may be a function of the ids as they are then, so quick clicks in a row all count.
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
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);

  const update = useCallback((next: Update) => {
    current.current = typeof next === 'function' ? next(current.current) : next;
    setIds(current.current);
    window.history.replaceState(null, '', compareHash(current.current) || location.pathname + location.search);
  }, []);

  return [ids, update];
}
