import { gradeLegend, NO_GRADE_LEGEND } from '../present/grade-legend';
import styles from './GradeLegend.module.css';

/** What A to E mean: the scores that earn each grade, and when there is none. */
export function GradeBands() {
  return (
    <>
      <dl class={styles.bands}>
        {gradeLegend().map((row) => (
          <div key={row.grade} class={styles.band}>
            <dt>
              {row.grade} <span class={styles.scores}>({row.scores})</span>
            </dt>
            <dd>{row.meaning}</dd>
          </div>
        ))}
      </dl>
      <p class={styles.note}>{NO_GRADE_LEGEND}</p>
    </>
  );
}
