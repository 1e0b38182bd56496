import type { AnalysisProgress } from '../core/analyse';

/** The popup's status line while the core works on a policy. */
export function progressStep({ stage, done, total }: AnalysisProgress): string {
  if (stage === 'extracting') return 'Reading the policy text…';
  if (stage === 'scoring') return 'Scoring…';
  return `Analysing… ${done} of ${total} clauses`;
}
