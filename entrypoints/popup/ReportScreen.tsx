import type { LensResult, PageRef } from '../../src/page/analyse-tab';
import { formatDate } from '../../src/present/labels';
import { Notice } from '../../src/ui/Notice';
import { lazyComponent } from '../../src/ui/lazy';
import { ReportView } from '../../src/ui/ReportView';
import { Actions } from './Actions';

function PageLine({ label, page }: { label: string; page: PageRef }) {
  return (
    <p class="source">
      {label} <strong>{page.title || 'Untitled page'}</strong>
      <span class="source-url">{page.url}</span>
    </p>
  );
}

/** Shown only when the policy changed, below the verdict: its code loads after first paint. */
const ChangeNotice = lazyComponent(async () => (await import('../../src/ui/ChangeNotice')).ChangeNotice);

type Report = Extract<LensResult, { kind: 'report' }>;

/** "Found through the link on …", with the way back to the page itself, in one short line. */
function FoundFrom({ page, onAnalysePage }: { page: PageRef; onAnalysePage: () => void }) {
  return (
    <p class="found-from">
      Found through the link on “{page.title || page.url}”.{' '}
      <button type="button" class="link" onClick={onAnalysePage}>
        Analyse the page I am on instead
      </button>
    </p>
  );
}

/** What is worth knowing about this analysis: kept below the verdict, so it never pushes the grade down. */
function ReportNotices({ result }: { result: Report }) {
  return (
    <>
      {result.fromHistory !== undefined && (
        <p class="quiet-note" role="status">
          Unchanged since you analysed it on {formatDate(result.fromHistory)}; showing your saved analysis.
        </p>
      )}
      {result.change && <ChangeNotice change={result.change} />}
      {result.storageProblem && <Notice tone="error">{result.storageProblem}</Notice>}
    </>
  );
}

export function ReportScreen({ result, onAnalysePage }: { result: Report; onAnalysePage: () => void }) {
  return (
    <>
      <div data-testid="analysed" class="analysed">
        <PageLine label="Analysed:" page={result.analysed} />
        {result.foundFrom && <FoundFrom page={result.foundFrom} onAnalysePage={onAnalysePage} />}
      </div>
      <ReportView report={result.report} notices={<ReportNotices result={result} />} />
      <Actions report={result.report} historyKey={result.key} />
    </>
  );
}
