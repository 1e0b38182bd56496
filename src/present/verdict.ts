// The one-line verdict every surface shows under the grade (popup, PDF, CLI): where the
// policy stands among similar providers, from the comparison the report already carries.
import { standingIn } from '../core/standing';
import type { ComparisonGroup, PolicyReport } from '../core/types';
import { standingSentence } from './comparison-words';

export const NOT_RANKED = 'No rank among similar providers: there is no grade to rank by.';
export const NO_COMPARISON = 'No rank among similar providers in this saved analysis.';

/**
 * "Better than 6 of 9 hosting providers.": one sentence, one line in the popup (the rank by
 * number is in the comparison below it). A report without a grade is not ranked; `notGraded`
 * says why when the surface knows (the gate's words for a list). `chosen` is the kind and
 * country the reader picked in the comparison, so the verdict and the list below it agree.
 */
export function verdictLine(report: Pick<PolicyReport, 'score' | 'comparison'>, notGraded: string | null = null, chosen?: ComparisonGroup): string {
  const { comparison, score } = report;
  // A comparison saved by an older version names no group: it cannot say among whom.
  const current = comparison?.group !== undefined ? comparison : undefined;
  // The group the reader chose in the comparison below, else the one the analysis picked.
  const group = chosen ?? current?.group;
  if (score.grade === null || notGraded) {
    return current && group && notGraded ? standingSentence(standingIn(score.score, current.against, group), group, notGraded) : NOT_RANKED;
  }
  if (!current || !group) return NO_COMPARISON;
  return standingSentence(standingIn(score.score, current.against, group), group);
}
