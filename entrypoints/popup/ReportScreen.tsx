import type { LensResult, PageRef } from '../../src/page/analyse-tab';
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

/** The change, or the quiet "unchanged since" line, below the verdict: its code loads after first paint. */
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
      <ChangeNotice change={result.change} fromHistory={result.fromHistory} lastChange={result.lastChange} />
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
