import { Fragment } from 'preact';
import type { DamagedEntry, HistorySummary } from '../../src/storage/types';
import { isOutdated } from '../../src/compare-view/choices';
import { VersionList } from './VersionList';
import { NOT_GRADED } from '../../src/present/grade';
import { GradeBadge } from '../../src/ui/GradeBadge';
import { formatDate } from '../../src/present/labels';

/** What a Delete button deletes: the entry's key, and how to name it to the user. */
export interface DeleteTarget {
  key: string;
  name: string;
}

interface Props {
  entries: HistorySummary[];
  damaged: DamagedEntry[];
  onDelete(target: DeleteTarget): void;
  onDeleteAll(): void;
  onExport(entry: HistorySummary): void;
}

/** Only web addresses become links; anything else stays text. */
function safeHref(url: string): string | undefined {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}

function Address({ url }: { url: string }) {
  const href = safeHref(url);
  return href ? (
    <a href={href} target="_blank" rel="noreferrer">
      {url}
    </a>
  ) : (
    <>{url}</>
  );
}

function HistoryRow({ entry, onDelete, onExport }: { entry: HistorySummary } & Pick<Props, 'onDelete' | 'onExport'>) {
  const title = entry.title || entry.url;
  const changed = (entry.versions?.length ?? 0) > 0;
  return (
    <tr class={changed ? 'has-versions' : undefined}>
      <th scope="row">
        {title}
        {changed && (
          <span class="changed">
            Changed on {formatDate(entry.firstSeen ?? entry.analysedAt)}: {entry.versions!.length + 1} versions
          </span>
        )}
        {isOutdated(entry) && <span class="outdated">Read by an earlier Policy Lens: open the page again to update it.</span>}
      </th>
      <td class="url">
        <Address url={entry.url} />
        {entry.loadedFrom && (
          <span class="loaded-from">
            The page had changed its address; it was opened at <Address url={entry.loadedFrom} />
          </span>
        )}
      </td>
      <td>
        <time dateTime={new Date(entry.analysedAt).toISOString()}>{formatDate(entry.analysedAt)}</time>
      </td>
      <td class="grade-cell">
        {entry.grade ? (
          <>
            <GradeBadge grade={entry.grade} small /> <span class="score">{entry.score}</span>
          </>
        ) : (
          <span class="not-graded">{NOT_GRADED}</span>
        )}
      </td>
      <td class="actions">
        <button type="button" onClick={() => onExport(entry)} aria-label={`Export PDF of ${title}`}>
          Export PDF
        </button>
        <button type="button" class="danger" onClick={() => onDelete({ key: entry.key, name: title })} aria-label={`Delete ${title} from history`}>
          Delete
        </button>
      </td>
    </tr>
  );
}

/** Entries that cannot be read: named as well as they can be, each with its own Delete. */
function DamagedEntries({ damaged, onDelete }: Pick<Props, 'damaged' | 'onDelete'>) {
  const one = damaged.length === 1;
  return (
    <div class="damaged" data-testid="history-damaged">
      <p class="error">
        <strong>
          {damaged.length} {one ? 'entry' : 'entries'} in your history cannot be read
        </strong>{' '}
        ({one ? 'it is' : 'they are'} damaged or from another version of Policy Lens), so {one ? 'it is' : 'they are'} not
        shown or compared. Delete {one ? 'it' : 'them'} and analyse the page again.
      </p>
      <ul>
        {damaged.map((entry) => {
          const name = entry.title || entry.url || entry.key;
          return (
            <li key={entry.key}>
              <span class="damaged-name" title={entry.problem}>
                {name}
              </span>{' '}
              <button type="button" class="danger" onClick={() => onDelete({ key: entry.key, name })} aria-label={`Delete unreadable entry ${name}`}>
                Delete
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

export function HistorySection({ entries, damaged, onDelete, onDeleteAll, onExport }: Props) {
  if (entries.length === 0 && damaged.length === 0) {
    return (
      <p class="empty" data-testid="history-empty">
        No history yet. Open a site’s privacy policy and click the Policy Lens button in the toolbar: each policy you analyse
        is kept here, on this device only. Meanwhile you can compare the reference policies above.
      </p>
    );
  }
  return (
    <>
      {entries.length > 0 && (
        <div class="table-scroll" role="region" aria-label="Analysed policies" tabIndex={0}>
          <table class="history">
            <thead>
              <tr>
                <th scope="col">Title</th>
                <th scope="col">Address</th>
                <th scope="col">Analysed</th>
                <th scope="col">Grade</th>
                <th scope="col">
                  <span class="pl-visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <Fragment key={entry.key}>
                  <HistoryRow entry={entry} onDelete={onDelete} onExport={onExport} />
                  {(entry.versions?.length ?? 0) > 0 && (
                    <tr class="versions-row">
                      <td colSpan={5}>
                        <VersionList entry={entry} />
                      </td>
                    </tr>
                  )}
                </Fragment>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {damaged.length > 0 && <DamagedEntries damaged={damaged} onDelete={onDelete} />}
      <button type="button" class="danger" onClick={onDeleteAll}>
        Delete all history
      </button>
    </>
  );
}
