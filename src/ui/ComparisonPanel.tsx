import type { Comparison } from '../core/types';
import styles from './ComparisonPanel.module.css';
import { NOT_GRADED } from '../present/grade';
import { GradeBadge } from './GradeBadge';
import { CATEGORY_TITLES, ordinal, VERDICT_WORDS } from '../present/labels';

/** Where this policy ranks among the known ISP and hosting policies, and what each does better or worse. */
export function ComparisonPanel({ comparison }: { comparison: Comparison }) {
  return (
    <div>
      <p class={styles.rank} data-testid="rank">
        Ranks <strong>{ordinal(comparison.rank)} of {comparison.of}</strong> among known ISP and hosting policies.
      </p>
      <ul class={styles.references}>
        {comparison.against.map((reference) => {
          const differences = reference.categories.filter((c) => c.verdict === 'better' || c.verdict === 'worse');
          return (
            <li key={reference.id} class={styles.reference}>
              <div class={styles.head}>
                {reference.grade && <GradeBadge grade={reference.grade} small />}
                <span class={styles.name}>{reference.name}</span>
                <span class={styles.score}>{reference.grade ? `${reference.score} / 100` : `${NOT_GRADED}, not ranked`}</span>
              </div>
              {differences.length > 0 && (
                <ul class={styles.verdicts}>
                  {differences.map((difference) => (
                    <li key={difference.category}>
                      <span class={styles[difference.verdict]}>{VERDICT_WORDS[difference.verdict]}</span> on{' '}
                      {CATEGORY_TITLES[difference.category].toLowerCase()}: {difference.reason}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
