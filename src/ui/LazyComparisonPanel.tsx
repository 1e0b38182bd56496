import { lazyComponent } from './lazy';

/** The comparison sits below the fold: its code (grouping, kind and country names) loads after first paint. */
export const LazyComparisonPanel = lazyComponent(async () => (await import('./ComparisonPanel')).ComparisonPanel, <p>Loading the comparison…</p>);
