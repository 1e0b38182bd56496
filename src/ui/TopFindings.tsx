import { useId } from 'preact/hooks';
import type { ScorePoint } from '../core/types';
import { TOP_FINDINGS_HEADING, topFindings } from '../present/top-findings';
import { ScoreLine, scoreLinesClass } from './ScoreLine';

/** The findings that weigh most in the score, each marked good, bad or not stated with its points. */
export function TopFindings({ points, headingClass }: { points: ScorePoint[]; headingClass?: string }) {
  const id = useId();
  const top = topFindings(points);
  if (top.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <h2 class={headingClass} id={id}>
        {TOP_FINDINGS_HEADING}
      </h2>
      <ul class={scoreLinesClass} data-testid="top-findings">
        {top.map((point) => (
          <ScoreLine key={point.fact} point={point} />
        ))}
      </ul>
    </section>
  );
}
