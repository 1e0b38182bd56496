import { useCallback, useEffect, useState } from 'preact/hooks';
import { compareHash, parseCompareHash } from '../../src/compare-view/selection-hash';

/** The ids chosen for comparison, kept in the URL hash so a comparison can be linked and reloaded. */
export function useHashSelection(): [string[], (ids: string[]) => void] {
  const [ids, setIds] = useState(() => parseCompareHash(location.hash));

  useEffect(() => {
    const onHashChange = () => setIds(parseCompareHash(location.hash));
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);

  const update = useCallback((next: string[]) => {
    setIds(next);
    window.history.replaceState(null, '', compareHash(next) || location.pathname + location.search);
  }, []);

  return [ids, update];
}
