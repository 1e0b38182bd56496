import type { Grade } from '../../src/core/types';

/** The grade letter in its colour, with the word "Grade" for screen readers. */
export function GradeBadge({ grade }: { grade: Grade }) {
  return (
    <span class={`grade grade-${grade}`}>
      <span class="visually-hidden">Grade </span>
      {grade}
    </span>
  );
}
