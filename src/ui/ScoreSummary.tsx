import type { PolicyScore } from '../core/types';
import { isUnread, withheldMessage } from '../present/grade';
import { GradeBadge } from './GradeBadge';
import styles from './ScoreSummary.module.css';

function Coverage({ score }: { score: PolicyScore }) {
  const coverage = Math.round(score.coverage * 100);
  return (
    <p class={styles.coverage}>
      Covers {coverage}% of what we check{coverage < 100 ? '; the rest it does not say' : ''}.
    </p>
  );
}

/** No letter and no score when there is not enough to grade on: only why. */
function Withheld({ score }: { score: PolicyScore }) {
  return (
    <div class={styles.summary}>
      <div>
        <p class={styles.withheld} data-testid="grade-withheld">
          {withheldMessage(score)}
        </p>
        {!isUnread(score) && <Coverage score={score} />}
      </div>
    </div>
  );
}

export function ScoreSummary({ score }: { score: PolicyScore }) {
  if (score.grade === null) return <Withheld score={score} />;
  return (
    <div class={styles.summary}>
      <GradeBadge grade={score.grade} />
      <div>
        <p class={styles.score} data-testid="score">
          Score {score.score} / 100
        </p>
        <Coverage score={score} />
      </div>
    </div>
  );
}
