import { GRADE_BANDS, SCORE_TABLE, TOTAL_WEIGHT, type ScoreLine } from './score-table';
import type { Grade, PolicyFacts, PolicyScore, ScorePoint } from './types';

export function applyLine(line: ScoreLine, facts: PolicyFacts): ScorePoint {
  const { value, evidence } = facts[line.fact];
  const base = { fact: line.fact, weight: line.weight, evidence };
  if (value === null) return { ...base, points: 0, status: 'unknown', reason: line.unknown };
  const { fraction, reason } = line.judge(value as never);
  const points = Math.round(line.weight * fraction);
  const status = points > 0 ? 'good' : points < 0 ? 'bad' : 'neutral';
  return { ...base, points, status, reason };
}

export function gradeFor(score: number): Grade {
  return GRADE_BANDS.find((band) => score >= band.min)?.grade ?? 'E';
}

/**
 * A text must state at least this much of the table's weight to reach the ends of the scale:
 * below it, the score is divided by this instead, so a page that says two good things is not
 * graded above a whole policy.
 */
export const MIN_STATED_WEIGHT = TOTAL_WEIGHT / 2;

/**
 * 0–100 over the facts the policy states: 50 plus half the share of stated weight won
 * (or lost). Unknown lines count for nothing either way; `coverage` says how much was stated.
 */
export function scorePolicy(facts: PolicyFacts): PolicyScore {
  const points = SCORE_TABLE.map((line) => applyLine(line, facts));
  const stated = points.filter((p) => p.status !== 'unknown');
  const statedWeight = stated.reduce((sum, p) => sum + p.weight, 0);
  const earned = stated.reduce((sum, p) => sum + p.points, 0);
  const score = Math.round(50 + (50 * earned) / Math.max(statedWeight, MIN_STATED_WEIGHT));
  return { score, grade: gradeFor(score), points, coverage: statedWeight / TOTAL_WEIGHT };
}
