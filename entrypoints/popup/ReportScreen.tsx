import type { LensResult, PageRef } from '../../src/page/analyse-tab';
import { ChangeNotice } from '../../src/ui/ChangeNotice';
import { Notice } from '../../src/ui/Notice';
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

export function ReportScreen({
  result,
  onAnalysePage,
}: {
  result: Extract<LensResult, { kind: 'report' }>;
  onAnalysePage: () => void;
}) {
  return (
    <>
      <div data-testid="analysed">
        <PageLine label="Analysed:" page={result.analysed} />
        {result.foundFrom && (
          <>
            <p class="step">Found through the link on “{result.foundFrom.title || result.foundFrom.url}”.</p>
            <button type="button" class="secondary" onClick={onAnalysePage}>
              Analyse the page I am on instead
            </button>
          </>
        )}
      </div>
      <ChangeNotice change={result.change} fromHistory={result.fromHistory} lastChange={result.lastChange} />
      {result.storageProblem && <Notice tone="error">{result.storageProblem}</Notice>}
      <ReportView report={result.report} />
      <Actions report={result.report} historyKey={result.key} />
    </>
  );
}
