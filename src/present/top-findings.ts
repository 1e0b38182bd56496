// Which findings weigh most, and how each is marked, on every surface (popup, PDF, CLI):
// the score table's lines ordered by how much they move the score.
import type { ScorePoint } from '../core/types';

/** The heading every surface gives them. */
export const TOP_FINDINGS_HEADING = 'What weighs most';

/** Show this many at most … */
export const MAX_TOP_FINDINGS = 5;
/** … and at least this many (when there are), even lines that moved the score by nothing. */
export const MIN_TOP_FINDINGS = 3;

/**
 * How much a line weighs: the points it moved the score by, or, when the policy does not say,
 * the points it leaves open (a silence on selling data is as big a question as its answer).
 */
export function findingWeight(point: ScorePoint): number {
  return point.status === 'unknown' ? point.weight : Math.abs(point.points);
}

/**
 * The lines that weigh most, heaviest first; at equal weight what the policy states comes
 * before what it leaves unsaid, then the table's order. Lines that weigh nothing only make up
 * the minimum.
 */
export function topFindings(points: ScorePoint[]): ScorePoint[] {
  const unknownLast = (p: ScorePoint) => (p.status === 'unknown' ? 1 : 0);
  const ordered = points
    .map((point, order) => ({ point, order }))
    .sort((a, b) => findingWeight(b.point) - findingWeight(a.point) || unknownLast(a.point) - unknownLast(b.point) || a.order - b.order)
    .map(({ point }) => point);
  const weighty = ordered.filter((p) => findingWeight(p) > 0).length;
  return ordered.slice(0, Math.min(MAX_TOP_FINDINGS, Math.max(weighty, MIN_TOP_FINDINGS)));
}

export interface FindingMark {
  /** A sign that reads without colour: ✓ ✗ – ? */
  icon: string;
  word: string;
}

export const FINDING_MARKS: Record<ScorePoint['status'], FindingMark> = {
  good: { icon: '✓', word: 'Good' },
  bad: { icon: '✗', word: 'Bad' },
  neutral: { icon: '–', word: 'Neutral' },
  unknown: { icon: '?', word: 'Not stated' },
};

export function signedPoints(points: number): string {
  return points > 0 ? `+${points}` : String(points);
}

/** "+20 of 20", "-5 of 10", "0 of 10". */
export function findingPoints(point: Pick<ScorePoint, 'points' | 'weight'>): string {
  return `${signedPoints(point.points)} of ${point.weight}`;
}
