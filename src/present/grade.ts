// How a grade, or its absence, reads on every surface (popup, options page, PDF, CLI).
import type { Grade, PolicyScore } from '../core/types';

export const NOT_GRADED = 'Not graded';

/** The letter, or "Not graded". */
export function gradeWord(grade: Grade | null): string {
  return grade ?? NOT_GRADED;
}

/** Why a score has no grade, in the report's own words ("Policy Lens can't read French policies yet"). */
export function withheldMessage(score: PolicyScore): string | undefined {
  if (score.grade !== null) return undefined;
  return score.gradeWithheld?.message ?? 'Not enough information to grade';
}

/** A text Policy Lens could not read at all: it has no findings to show, only why. */
export function isUnread(score: PolicyScore): boolean {
  return score.gradeWithheld?.reason === 'not-english';
}
