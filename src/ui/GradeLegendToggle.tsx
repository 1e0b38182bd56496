import styles from './GradeLegend.module.css';
import { lazyComponent } from './lazy';

const Bands = lazyComponent(async () => (await import('./GradeLegend')).GradeBands);

/** The A–E legend, one click (or Enter) from the grade; its words load after first paint. */
export function GradeLegendToggle() {
  return (
    <details class={styles.legend} data-testid="grade-legend">
      <summary class={styles.toggle}>What the grades mean</summary>
      <Bands />
    </details>
  );
}
