import type { PolicyScore } from '../core/types';
import { GradeBadge } from './GradeBadge';
import styles from './ScoreSummary.module.css';

export function ScoreSummary({ score }: { score: PolicyScore }) {
  const coverage = Math.round(score.coverage * 100);
  return (
    <div class={styles.summary}>
      <GradeBadge grade={score.grade} />
      <div>
        <p class={styles.score} data-testid="score">
          Score {score.score} / 100
        </p>
        <p class={styles.coverage}>
          Covers {coverage}% of what we check{coverage < 100 ? '; the rest it does not say' : ''}.
        </p>
      </div>
    </div>
  );
}
