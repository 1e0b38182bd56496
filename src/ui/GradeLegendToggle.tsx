import styles from './GradeLegend.module.css';
import { Folded } from './Folded';
import { lazyComponent } from './lazy';

const Bands = lazyComponent(async () => (await import('./GradeLegend')).GradeBands);

/** The A–E legend, one click (or Enter) from the grade; its words load after first paint. */
export function GradeLegendToggle() {
  return (
    <Folded class={styles.legend} testId="grade-legend" label="What the grades mean">
      <Bands />
    </Folded>
  );
}
