// Whether a report can be graded, in words for a list of references: the grade gate's verdict
// (grade-gate.ts). Kept apart from compare-group.ts so the popup's first paint does not load the gate.
import { gradeWithheld, languageName } from './grade-gate';
import type { GradeWithheld, PolicyReport } from './types';

const NOT_GRADED_BECAUSE: Record<GradeWithheld['reason'], (language: string) => string> = {
  'not-english': (language) => `not in English (${languageName(language)})`,
  'not-a-policy': () => 'does not read like a privacy policy',
  'thin-coverage': () => 'says too little about what we check',
};

/** Why a report cannot be graded, or null when it can: the grade gate's verdict (grade-gate.ts), in words for a list. */
export function gradingProblem(report: Pick<PolicyReport, 'language' | 'looksLikePolicy' | 'score'>): string | null {
  const withheld = report.score.gradeWithheld ?? gradeWithheld({ language: report.language, looksLikePolicy: report.looksLikePolicy, coverage: report.score.coverage });
  return withheld ? NOT_GRADED_BECAUSE[withheld.reason](report.language) : null;
}

export const isGradable = (report: Pick<PolicyReport, 'language' | 'looksLikePolicy' | 'score'>): boolean => gradingProblem(report) === null;

