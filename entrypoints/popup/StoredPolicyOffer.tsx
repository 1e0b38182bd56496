import { useEffect, useState } from 'preact/hooks';
import type { LensResult } from '../../src/page/analyse-tab';
import { lastPolicyOfSite, siteOf, storedResult } from '../../src/page/site-history';
import { formatDate } from '../../src/present/labels';
import type { History, HistoryEntry } from '../../src/storage/types';

/** "Open your last analysis of example.com's privacy policy (date)", when the history has one. */
export function StoredPolicyOffer({
  history,
  pageUrl,
  onOpen,
}: {
  history: History;
  pageUrl: string;
  onOpen: (result: Extract<LensResult, { kind: 'report' }>) => void;
}) {
  const [entry, setEntry] = useState<HistoryEntry>();
  useEffect(() => {
    // A history that cannot be read only means there is nothing to offer.
    lastPolicyOfSite(history, pageUrl).then(setEntry, () => setEntry(undefined));
  }, [history, pageUrl]);
  if (!entry) return null;
  return (
    <div class="actions">
      <button type="button" class="secondary" data-testid="stored-policy" onClick={() => onOpen(storedResult(entry))}>
        Open your last analysis of {siteOf(entry.url)}’s privacy policy ({formatDate(entry.analysedAt)})
      </button>
    </div>
  );
}
