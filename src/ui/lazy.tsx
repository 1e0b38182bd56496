import type { ComponentChildren, ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * A component whose code loads after first paint, so the popup's first screen stays within
 * its script budget (test/e2e/popup-bundle.test.ts). Until it arrives, `placeholder` shows,
 * marked busy so tests (and assistive technology) know the part is still coming.
 */
export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>, placeholder: ComponentChildren = null) {
  return function Lazy(props: P) {
    const [Component, setComponent] = useState<ComponentType<P> | null>(null);
    useEffect(() => {
      let live = true;
      void load().then((loaded) => live && setComponent(() => loaded));
      return () => {
        live = false;
      };
    }, []);
    return Component ? <Component {...props} /> : <div aria-busy="true">{placeholder}</div>;
  };
}
