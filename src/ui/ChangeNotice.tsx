import { useEffect, useState } from 'preact/hooks';
import { formatDate } from '../present/labels';
import type { PolicyChange } from '../storage/types';
import type { ChangeDetails as Details } from './ChangeDetails';
import styles from './ChangeNotice.module.css';

interface Props {
  /** What changed since the last analysis: said in full, in a notice. */
  change?: PolicyChange;
  /** When the report comes unchanged from history: the time it was made. */
  fromHistory?: number;
  /** With `fromHistory`: the change that brought the stored text, if it ever changed. */
  lastChange?: PolicyChange;
}

/** The words of a change need the fact registry: its code loads after first paint, and only when there is a change to tell. */
function useChangeDetails(wanted: boolean): typeof Details | null {
  const [ChangeDetails, setChangeDetails] = useState<typeof Details | null>(null);
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    void import('./ChangeDetails').then((module) => live && setChangeDetails(() => module.ChangeDetails));
    return () => {
      live = false;
    };
  }, [wanted]);
  return ChangeDetails;
}

/**
 * What changed since the user last analysed the page (the policy itself, or, for the same
 * text, how this version of Policy Lens reads it), said in full once; on a report reused from
 * history, one quiet line: "Unchanged since…", or the last change of its text.
 */
export function ChangeNotice({ change, fromHistory, lastChange }: Props) {
  const shown = change ?? (fromHistory === undefined ? undefined : lastChange);
  const ChangeDetails = useChangeDetails(shown !== undefined);
  if (fromHistory !== undefined && !change && !lastChange) {
    return (
      <p class={styles.quiet} data-testid="history-note">
        Unchanged since you analysed it on {formatDate(fromHistory)}.
      </p>
    );
  }
  if (!shown) return null;
  if (!ChangeDetails) {
    return (
      <p class={styles.quiet} aria-busy="true">
        Reading what changed…
      </p>
    );
  }
  return <ChangeDetails change={shown} since={change ? undefined : fromHistory} />;
}
