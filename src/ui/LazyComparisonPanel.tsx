import { useEffect, useState } from 'preact/hooks';
import type { ComparisonPanel as Panel } from './ComparisonPanel';

type Props = Parameters<typeof Panel>[0];

/**
 * The comparison sits below the fold: its code (grouping, kind and country names) loads after
 * first paint, so the popup's first screen stays within its script budget.
 */
export function LazyComparisonPanel(props: Props) {
  const [ComparisonPanel, setComparisonPanel] = useState<typeof Panel | null>(null);
  useEffect(() => {
    let live = true;
    void import('./ComparisonPanel').then((module) => live && setComparisonPanel(() => module.ComparisonPanel));
    return () => {
      live = false;
    };
  }, []);
  return ComparisonPanel ? <ComparisonPanel {...props} /> : <p aria-busy="true">Loading the comparison…</p>;
}
