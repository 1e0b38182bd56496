import type { ComparisonGroup, PolicyReport, PolicyScore } from '../core/types';
import { isUnread, withheldMessage } from '../present/grade';
import { verdictLine } from '../present/verdict';
import { GradeBadge } from './GradeBadge';
import { GradeLegendToggle } from './GradeLegendToggle';
import styles from './ScoreSummary.module.css';

function Coverage({ score }: { score: PolicyScore }) {
  const coverage = Math.round(score.coverage * 100);
  return (
    <p class={styles.coverage}>
      Covers {coverage}% of what we check{coverage < 100 ? '; the rest it does not say' : ''}.
    </p>
  );
}

/** The grade, or only why there is none (no letter, no score); then the verdict and the legend. */
export function ScoreSummary({ report, group }: { report: Pick<PolicyReport, 'score' | 'comparison'>; group?: ComparisonGroup }) {
  const { score } = report;
  return (
    <div class={styles.block}>
      <div class={styles.summary}>
        {score.grade !== null && <GradeBadge grade={score.grade} />}
        <div>
          {score.grade === null ? (
            <p class={styles.withheld} data-testid="grade-withheld">
              {withheldMessage(score)}
            </p>
          ) : (
            <p class={styles.score} data-testid="score">
              Score {score.score} / 100
            </p>
          )}
          {!isUnread(score) && <Coverage score={score} />}
        </div>
      </div>
      <p class={styles.verdict} data-testid="verdict">
        {verdictLine(report, null, group)}
      </p>
      <GradeLegendToggle />
    </div>
  );
}
