import { useRef, useState } from 'preact/hooks';
import type { ReferencePolicy } from '../../src/core/types';
import type { History, HistorySummary } from '../../src/storage/types';
import { useResidence } from '../../src/ui/use-residence';
import { About } from './About';
import { AnalyseSection } from './AnalyseSection';
import { CompareSection, UNREADABLE } from './CompareSection';
import { ConfirmDialog } from './ConfirmDialog';
import { HistorySection, type DeleteTarget } from './HistorySection';
import { ResidenceSetting } from './ResidenceSetting';
import { useHistoryList } from './use-history-list';

type PendingDelete = ({ kind: 'one' } & DeleteTarget) | { kind: 'all' };

interface Props {
  history: History;
  reference: ReferencePolicy[];
}

export function App({ history, reference }: Props) {
  const list = useHistoryList(history);
  const [residence, setResidence] = useResidence();
  const [pending, setPending] = useState<PendingDelete>();
  const [status, setStatus] = useState<string>();
  const historyHeading = useRef<HTMLHeadingElement>(null);
  const askedFrom = useRef<HTMLElement | null>(null);

  function ask(what: PendingDelete) {
    askedFrom.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setPending(what);
  }

  function cancel() {
    setPending(undefined);
    askedFrom.current?.focus();
  }

  async function confirmDelete(what: PendingDelete) {
    setPending(undefined);
    const done = what.kind === 'one' ? await list.remove(what.key) : await list.clear();
    if (done) setStatus(what.kind === 'one' ? `Deleted “${what.name}” from your history.` : 'Deleted all history.');
    historyHeading.current?.focus();
  }

  async function exportPdf(entry: HistorySummary) {
    setStatus('Preparing the PDF…');
    try {
      const stored = await history.get(entry.key);
      if (!stored) {
        setStatus(`Could not make the PDF: “${entry.title || entry.url}” ${UNREADABLE}`);
        return;
      }
      const { exportReportPdf } = await import('../../src/pdf/download');
      await exportReportPdf(stored.report);
      setStatus('PDF ready: check your downloads.');
    } catch (error) {
      setStatus(`Could not make the PDF: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  return (
    <main>
      <header>
        <h1>Policy Lens</h1>
        <p>Compare privacy policies side by side and manage what you have analysed. Everything stays on this device.</p>
      </header>
      <AnalyseSection history={history} onSaved={() => void list.reload()} />
      {list.error && (
        <p class="error" role="alert">
          {list.error}
        </p>
      )}
      {/* When the history cannot be read, the reference policies can still be compared. */}
      {(list.entries ?? list.error) && <CompareSection history={history} entries={list.entries ?? []} reference={reference} residence={residence} />}
      <ResidenceSetting residence={residence} onChange={setResidence} />
      <section aria-labelledby="history-heading">
        <h2 id="history-heading" ref={historyHeading} tabIndex={-1}>
          Your history
        </h2>
        <p class="status" role="status">
          {status}
        </p>
        {list.entries ? (
          <HistorySection
            entries={list.entries}
            damaged={list.damaged}
            onDelete={(target) => ask({ kind: 'one', ...target })}
            onDeleteAll={() => ask({ kind: 'all' })}
            onExport={(entry) => void exportPdf(entry)}
          />
        ) : (
          !list.error && <p>Loading your history…</p>
        )}
      </section>
      {pending && (
        <ConfirmDialog
          message={
            pending.kind === 'one'
              ? `Delete “${pending.name}” from your history? This cannot be undone.`
              : 'Delete your whole history? Reference policies stay. This cannot be undone.'
          }
          confirmLabel={pending.kind === 'one' ? 'Delete' : 'Delete all'}
          onConfirm={() => void confirmDelete(pending)}
          onCancel={cancel}
        />
      )}
      <About referenceCount={reference.length} />
    </main>
  );
}
