import { clauseCount, formatDate, formatDay } from '../present/labels';
import { changeWords, scoreMoveWords, shortChangeWords, type Standing } from '../present/changes';
import { factChanges, type FactChange } from '../present/fact-changes';
import type { PolicyChange } from '../storage/types';
import styles from './ChangeNotice.module.css';
import { Folded } from './Folded';
import { EvidenceQuote } from './EvidenceQuote';
import { Notice } from './Notice';

const before = (change: PolicyChange): Standing => ({ score: change.scoreBefore, grade: change.gradeBefore });
const after = (change: PolicyChange): Standing => ({ score: change.scoreAfter, grade: change.gradeAfter });

/** The facts that read differently, when both texts' facts are known. */
const changedFacts = (change: PolicyChange): FactChange[] | undefined => change.facts && factChanges(change.facts.before, change.facts.after);

/** The facts that changed and the score's move, as one sentence's parts ("no longer says it never sells your data; …"). */
function wordsOf(change: PolicyChange): string {
  const facts = changedFacts(change);
  if (!facts) return scoreMoveWords(before(change), after(change));
  const words = changeWords(facts, before(change), after(change));
  return facts.length === 0 && change.kind === 'text' ? ['none of the facts we check changed', ...words].join('; ') : words.join('; ');
}

function ClauseList({ label, clauses }: { label: string; clauses: string[] }) {
  if (clauses.length === 0) return null;
  return (
    <>
      <p class={styles.clauseHeading}>{label}</p>
      {clauses.map((text, i) => (
        <EvidenceQuote key={i} evidence={{ clause: i, text }} />
      ))}
    </>
  );
}

/** The clauses added and removed, folded away under the words. */
function ClauseDiff({ change }: { change: PolicyChange }) {
  const { added, removed } = change;
  if (added.length + removed.length === 0) return null;
  const counts = [added.length > 0 && `${clauseCount(added.length)} added`, removed.length > 0 && `${clauseCount(removed.length)} removed`];
  return (
    <Folded label={`Show the text that changed: ${counts.filter(Boolean).join(', ')}`}>
      <ClauseList label="Added" clauses={added} />
      <ClauseList label="Removed" clauses={removed} />
    </Folded>
  );
}

/** What changed, in words, then the clauses. */
function ChangeBody({ change, testId }: { change: PolicyChange; testId: string }) {
  const since = formatDate(change.since);
  return (
    <>
      {change.kind === 'analyser' ? (
        <p data-testid={testId} class={styles.words}>
          <strong>Policy Lens now reads this policy differently</strong>: the policy has not changed since you analysed it on {since}, but Policy
          Lens has been updated, so it was analysed again: {wordsOf(change)}.
        </p>
      ) : (
        <p data-testid={testId} class={styles.words}>
          <strong>This policy changed</strong> since you last analysed it on {since}: {wordsOf(change)}.
          {change.analyserChanged && ' Policy Lens has been updated since too, so part of the move may come from how it reads policies.'}
        </p>
      )}
      <ClauseDiff change={change} />
    </>
  );
}

/** On a later open: one quiet line, with the last change of the text one click away. */
function QuietNote({ since, lastChange }: { since: number; lastChange: PolicyChange }) {
  const facts = changedFacts(lastChange);
  const short = facts ? shortChangeWords(facts, before(lastChange), after(lastChange)) : wordsOf(lastChange);
  const line = `Changed on ${formatDay(lastChange.changedOn ?? since)}: ${short}.`;
  // One line, cut short when it does not fit; the whole of it shows on hover and when opened.
  return (
    <details class={styles.quiet} data-testid="history-note">
      <summary title={line}>{line}</summary>
      <ChangeBody change={lastChange} testId="last-change" />
    </details>
  );
}

/**
 * A change in words first (the facts, then the score), the clauses below: in full in a
 * notice when it is new, or as a quiet line on a report reused from history (`since`).
 */
export function ChangeDetails({ change, since }: { change: PolicyChange; since?: number }) {
  if (since !== undefined) return <QuietNote since={since} lastChange={change} />;
  return (
    <Notice>
      <ChangeBody change={change} testId="change" />
    </Notice>
  );
}
