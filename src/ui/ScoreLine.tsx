import type { ComponentChildren } from 'preact';
import type { ScorePoint } from '../core/types';
import { FINDING_MARKS, findingPoints } from '../present/top-findings';
import styles from './ScoreLine.module.css';

/**
 * One line of the score: marked good, bad, neutral or not stated by sign and word (not colour
 * alone), with its points; `children` (the clauses behind it) go under its reason.
 */
export function ScoreLine({ point, children }: { point: ScorePoint; children?: ComponentChildren }) {
  const mark = FINDING_MARKS[point.status];
  return (
    <li class={styles.line} data-status={point.status}>
      <span class={`${styles.mark} ${styles[point.status]}`}>
        <span aria-hidden="true">{mark.icon}</span> {mark.word}
      </span>
      <span class={styles.reason}>
        {point.reason}
        {children}
      </span>
      <span class={styles.points}>{findingPoints(point)}</span>
    </li>
  );
}

export const scoreLinesClass = styles.lines;
