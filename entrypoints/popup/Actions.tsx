import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { PolicyReport } from '../../src/core/types';
import { Notice } from '../../src/ui/Notice';

/** Opens the options page comparing the entry kept under `key` in the history. */
function openComparison(key: string) {
  const options = new URL('options.html', location.href);
  options.hash = `compare=${encodeURIComponent(key)}`;
  void browser.tabs.create({ url: options.href });
}

export function Actions({ report, historyKey }: { report: PolicyReport; historyKey: string }) {
  const [exporting, setExporting] = useState(false);
  const [problem, setProblem] = useState<string>();

  async function exportPdf() {
    setExporting(true);
    setProblem(undefined);
    try {
      const { exportReportPdf } = await import('../../src/pdf/download');
      await exportReportPdf(report);
    } catch (error) {
      setProblem(`Could not make the PDF: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setExporting(false);
    }
  }

  return (
    <>
      <div class="actions">
        {/* An ungraded report is not offered for comparison (docs/scoring.md). */}
        {report.score.grade !== null && (
          <button type="button" onClick={() => openComparison(historyKey)}>
            Compare side by side
          </button>
        )}
        <button type="button" class="secondary" onClick={exportPdf} disabled={exporting}>
          {exporting ? 'Making the PDF…' : 'Export PDF'}
        </button>
      </div>
      {problem && <Notice tone="error">{problem}</Notice>}
    </>
  );
}
