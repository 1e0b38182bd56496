import { useMemo, useRef, useState } from 'preact/hooks';
import { checklistSections } from '../../src/compare-view/checklist-rows';
import { comparablePolicies, resolveSelection, toggleSelection, ungradedPolicies } from '../../src/compare-view/choices';
import { comparePolicies } from '../../src/compare-view/compare';
import type { Residence } from '../../src/core/checklists/residence';
import type { ReferencePolicy } from '../../src/core/types';
import type { History, HistorySummary } from '../../src/storage/types';
import { useResidence } from '../../src/ui/use-residence';
import { About } from './About';
import { AnalyseSection } from './AnalyseSection';
import { ComparePicker } from './ComparePicker';
import { CompareTable } from './CompareTable';
import { ConfirmDialog } from './ConfirmDialog';
import { HistorySection, type DeleteTarget } from './HistorySection';
import { ResidenceSetting } from './ResidenceSetting';
import { useComparedPolicies } from './use-compared-policies';
import { useHashSelection } from './use-hash-selection';
import { useHistoryList } from './use-history-list';

type PendingDelete = ({ kind: 'one' } & DeleteTarget) | { kind: 'all' };

const UNREADABLE = 'can no longer be read from your history: delete it there and analyse the page again.';

interface Props {
  history: History;
  reference: ReferencePolicy[];
}

interface CompareSectionProps {
  history: History;
  entries: HistorySummary[];
  reference: ReferencePolicy[];
  residence?: Residence;
}

function CompareSectionView({ history, entries, reference, residence }: CompareSectionProps) {
  const [selectedIds, setSelectedIds] = useHashSelection();
  const [onlyDifferences, setOnlyDifferences] = useState(false);
  const available = useMemo(() => comparablePolicies(entries, reference), [entries, reference]);
  const ungraded = useMemo(() => ungradedPolicies(entries, reference), [entries, reference]);
  const picked = resolveSelection(selectedIds, available);
  const { policies, unreadable } = useComparedPolicies(history, entries, picked, reference);
  return (
    <section aria-labelledby="compare-heading">
      <h2 id="compare-heading">Compare side by side</h2>
      {available.length < 2 ? (
        <p class="empty">There is nothing to compare yet: analyse a policy or two first.</p>
      ) : (
        <ComparePicker available={available} selected={selectedIds} onToggle={(id) => setSelectedIds(toggleSelection(selectedIds, id))} />
      )}
      {ungraded.length > 0 && (
        <p class="hint" data-testid="not-offered">
          Not offered for comparison, as {ungraded.length === 1 ? 'it has' : 'they have'} no grade (not in English, not a policy, or too little to grade):{' '}
          {ungraded.map((name) => `“${name}”`).join(', ')}.
        </p>
      )}
      {unreadable.map((choice) => (
        <p class="error" role="alert" key={choice.id}>
          “{choice.name}” {UNREADABLE}
        </p>
      ))}
      {picked.length >= 2 && !policies && <p class="hint">Reading the picked policies…</p>}
      {policies && policies.length >= 2 ? (
        <>
          <label class="only-differences">
            <input type="checkbox" checked={onlyDifferences} onChange={() => setOnlyDifferences(!onlyDifferences)} /> Show only rows that
            differ
          </label>
          <CompareTable
            policies={policies}
            sections={[...comparePolicies(policies), ...checklistSections(policies, residence)]}
            onlyDifferences={onlyDifferences}
          />
        </>
      ) : (
        available.length >= 2 &&
        picked.length < 2 && (
          <p class="hint">
            {picked[0]
              ? `“${picked[0].name}” is picked: pick at least one more policy to compare it with.`
              : 'Pick two or more policies to see them side by side.'}
          </p>
        )
      )}
    </section>
  );
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
      {(list.entries ?? list.error) && <CompareSectionView history={history} entries={list.entries ?? []} reference={reference} residence={residence} />}
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
