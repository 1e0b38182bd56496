import { gradeWord } from '../present/grade';
import type { Grade } from '../core/types';
import type { PolicyChange } from '../storage/types';
import { EvidenceQuote } from './EvidenceQuote';
import { formatDate } from '../present/labels';
import { Notice } from './Notice';

function ClauseList({ label, clauses }: { label: string; clauses: string[] }) {
  if (clauses.length === 0) return null;
  return (
    <details>
      <summary>
        {clauses.length} {clauses.length === 1 ? 'clause' : 'clauses'} {label}
      </summary>
      {clauses.map((text, i) => (
        <EvidenceQuote key={i} evidence={{ clause: i, text }} />
      ))}
    </details>
  );
}

const scoreWords = (score: number, grade: Grade | null) => (grade ? `${score} (${grade})` : gradeWord(grade).toLowerCase());

/** "Score 60 (C) → 72 (B).", or that it did not move. */
function scoreMove(change: PolicyChange): string {
  const before = scoreWords(change.scoreBefore, change.gradeBefore);
  const after = scoreWords(change.scoreAfter, change.gradeAfter);
  return before === after ? `Score unchanged: ${after}.` : `Score ${before} → ${after}.`;
}

/**
 * What changed since the user last analysed the page: the policy itself, or, for the same
 * text, how this version of Policy Lens reads it.
 */
export function ChangeNotice({ change }: { change: PolicyChange }) {
  const since = formatDate(change.since);
  if (change.kind === 'analyser') {
    return (
      <Notice>
        <p data-testid="change">
          <strong>Policy Lens now reads this policy differently</strong>: the policy has not changed since you analysed it on{' '}
          {since}, but Policy Lens has been updated, so it was analysed again. {scoreMove(change)}
        </p>
      </Notice>
    );
  }
  return (
    <Notice>
      <p data-testid="change">
        <strong>This policy changed</strong> since you last analysed it on {since}. {scoreMove(change)}
        {change.analyserChanged && ' Policy Lens has been updated since too, so part of the move may come from how it reads policies.'}
      </p>
      <ClauseList label="added" clauses={change.added} />
      <ClauseList label="removed" clauses={change.removed} />
    </Notice>
  );
}
