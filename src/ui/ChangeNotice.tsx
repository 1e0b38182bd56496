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

/** What changed in the policy since the user last analysed it. */
export function ChangeNotice({ change }: { change: PolicyChange }) {
  return (
    <Notice>
      <p data-testid="change">
        <strong>This policy changed</strong> since you last analysed it on {formatDate(change.since)}. Score{' '}
        {change.scoreBefore} ({change.gradeBefore}) → {change.scoreAfter} ({change.gradeAfter}).
      </p>
      <ClauseList label="added" clauses={change.added} />
      <ClauseList label="removed" clauses={change.removed} />
    </Notice>
  );
}
