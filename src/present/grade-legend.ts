// What each grade means, read from the real bands (src/core/grade-bands.ts) and the grade
// gate's threshold, for the legend next to the grade (popup) and the PDF.
import { GRADE_BANDS } from '../core/grade-bands';
import { THIN_COVERAGE } from '../core/grade-gate';
import type { Grade } from '../core/types';

const MEANINGS: Record<Grade, string> = {
  A: 'Protects your data well',
  B: 'Mostly protects your data',
  C: 'Some good, some bad',
  D: 'More bad than good',
  E: 'Works against you',
};

export interface LegendRow {
  grade: Grade;
  /** "80–100". */
  scores: string;
  meaning: string;
}

/** One row per grade, best first: the scores that earn it and what it means. */
export function gradeLegend(): LegendRow[] {
  return GRADE_BANDS.map((band, i) => ({
    grade: band.grade,
    scores: `${band.min}–${i === 0 ? 100 : GRADE_BANDS[i - 1]!.min - 1}`,
    meaning: MEANINGS[band.grade],
  }));
}

/** When there is no grade at all (grade-gate.ts). */
export const NO_GRADE_LEGEND = `No grade when a page is not a privacy policy, is not in English, or states less than ${Math.round(THIN_COVERAGE * 100)}% of what we check.`;
