import { useId } from 'preact/hooks';
import type { ScorePoint } from '../core/types';
import { pointsWithoutCategory } from '../present/facts';
import { SECURITY_AND_LAW_TITLE } from '../present/labels';
import styles from './CategoryCard.module.css';
import { EvidenceList } from './EvidenceQuote';
import { ScoreLine, scoreLinesClass } from './ScoreLine';

/** Security, breach notification and laws: the score lines no category card shows, with their points and clauses. */
export function SecurityCard({ points }: { points: ScorePoint[] }) {
  const headingId = useId();
  const lines = pointsWithoutCategory(points);
  if (lines.length === 0) return null;
  return (
    <section class={styles.card} aria-labelledby={headingId} data-testid="security-card">
      <h3 class={styles.title} id={headingId}>
        {SECURITY_AND_LAW_TITLE}
      </h3>
      <ul class={`${scoreLinesClass} ${styles.lines}`}>
        {lines.map((point) => (
          <ScoreLine key={point.fact} point={point}>
            <EvidenceList evidence={point.evidence} />
          </ScoreLine>
        ))}
      </ul>
    </section>
  );
}
