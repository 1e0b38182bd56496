// How a cell of the side-by-side table compares with the first column (the policy the user
// came from): better, worse or the same by the points the score gives it, or not stated.
// Each row says what a value is worth (its "merit"); the score line's direction decides.
import { compareCategory } from '../core/compare';
import { applyLine } from '../core/score';
import { SCORE_TABLE } from '../core/score-table';
import type { Category, FactKey, Grade, PolicyReport } from '../core/types';

export type CellVerdict = 'current' | 'better' | 'worse' | 'same' | 'not-stated';

/**
 * One verdict per column, each against the first. `null` is a value the policy does not state:
 * its cell is "not stated", and as the first column's value it counts as 0, as in the score.
 */
export function cellVerdicts(merits: (number | null)[]): CellVerdict[] {
  const first = merits[0] ?? 0;
  return merits.map((merit, i) => {
    if (merit === null) return 'not-stated';
    if (i === 0) return 'current';
    return merit > first ? 'better' : merit < first ? 'worse' : 'same';
  });
}

/** The points the score line gives the report's value, or null when the policy does not say. */
export function factMerit(report: PolicyReport, fact: FactKey): number | null {
  const value = report.facts[fact]?.value;
  if (value === null || value === undefined) return null;
  const line = SCORE_TABLE.find((l) => l.fact === fact);
  // A report stored by an older version may hold free text where the value is now typed: its own points say.
  if (!line || typeof value === 'string') return storedPoints(report, fact);
  try {
    return applyLine(line, report.facts).points;
  } catch {
    return storedPoints(report, fact);
  }
}

function storedPoints(report: PolicyReport, fact: FactKey): number | null {
  const point = report.score.points.find((p) => p.fact === fact);
  return !point || point.status === 'unknown' ? null : point.points;
}

/** The points of a category's score lines together, or null when the policy states none of them. */
export function categoryMerit(report: PolicyReport, category: Category): number | null {
  const merits = SCORE_TABLE.filter((line) => line.category === category).map((line) => factMerit(report, line.fact));
  const stated = merits.filter((merit): merit is number => merit !== null);
  return stated.length === 0 ? null : stated.reduce((sum, merit) => sum + merit, 0);
}

const FROM_THE_FIRST: Record<'better' | 'worse' | 'same', CellVerdict> = { better: 'worse', worse: 'better', same: 'same' };

/** What compareCategory reads of a report. */
const sideOf = (report: PolicyReport) => ({ name: report.title, facts: report.facts, points: new Map(report.score.points.map((p) => [p.fact, p])) });

/**
 * A category's cells as the popup's comparison judges a category (core/compare.ts): by the
 * lines both policies state. When they state none in common, by the points of what each states.
 */
export function categoryVerdicts(reports: PolicyReport[], category: Category): CellVerdict[] {
  const merits = reports.map((report) => categoryMerit(report, category));
  const bySums = cellVerdicts(merits);
  const [first] = reports;
  return reports.map((report, i) => {
    if (i === 0 || !first || bySums[i] === 'not-stated') return bySums[i]!;
    try {
      // compareCategory says how the first compares with this one: "better" makes this one worse.
      const { verdict } = compareCategory(category, sideOf(first), sideOf(report));
      return verdict === 'unknown' ? bySums[i]! : FROM_THE_FIRST[verdict];
    } catch {
      // A report stored by an older version whose values no longer read.
      return bySums[i]!;
    }
  });
}

const GRADES: readonly Grade[] = ['E', 'D', 'C', 'B', 'A'];

/** A grade as a number that grows with it; null for a report without one. */
export const gradeMerit = (grade: Grade | null): number | null => (grade === null ? null : GRADES.indexOf(grade));
