import { useEffect, useRef } from 'preact/hooks';
import { formatDate } from '../../src/present/labels';
import { ReportView } from '../../src/ui/ReportView';
import type { LocalAnalysis } from './use-local-analysis';

type Reported = Extract<LocalAnalysis, { kind: 'report' }>;

/** Picks the stored report for comparison (the compare section reads the hash) and goes there. */
function compareIt(key: string) {
  location.hash = `compare=${encodeURIComponent(key)}`;
  document.getElementById('compare-heading')?.scrollIntoView();
}

function SavedNote({ result }: { result: Reported }) {
  const { fromHistory, storageProblem, change } = result;
  if (fromHistory) return <>Unchanged since you analysed it on {formatDate(fromHistory)}; this is your saved analysis.</>;
  if (storageProblem) return <>It could not be saved to your history ({storageProblem}).</>;
  if (change?.kind === 'text') {
    return (
      <>
        Saved to your history. Its text changed since you analysed it on {formatDate(change.since)}: the score went from {change.scoreBefore} to{' '}
        {change.scoreAfter}.
      </>
    );
  }
  return <>Saved to your history.</>;
}

/** The report on a file or paste, under a heading that takes focus when it arrives. */
export function AnalysedReport({ result }: { result: Reported }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [result]);
  const { report, key } = result;
  return (
    <article aria-labelledby="analysed-heading" data-testid="analysed-report">
      <h3 id="analysed-heading" ref={heading} tabIndex={-1}>
        Report on “{report.title || result.name}”
      </h3>
      <p class="hint" data-testid="analysed-saved">
        <SavedNote result={result} />{' '}
        {report.score.grade !== null && !result.storageProblem && (
          <a href={`#compare=${encodeURIComponent(key)}`} onClick={(event) => (event.preventDefault(), compareIt(key))}>
            Compare it side by side
          </a>
        )}
      </p>
      <ReportView report={report} />
    </article>
  );
}
