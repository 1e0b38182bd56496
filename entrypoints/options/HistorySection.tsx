import type { HistoryEntry } from '../../src/storage/types';
import { GradeBadge } from '../../src/ui/GradeBadge';
import { formatDate } from '../../src/ui/labels';

interface Props {
  entries: HistoryEntry[];
  onDelete(entry: HistoryEntry): void;
  onDeleteAll(): void;
  onExport(entry: HistoryEntry): void;
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

function HistoryRow({ entry, onDelete, onExport }: { entry: HistoryEntry } & Pick<Props, 'onDelete' | 'onExport'>) {
  const href = safeHref(entry.url);
  const date = new Date(entry.analysedAt);
  const title = entry.title || entry.url;
  return (
    <tr>
      <th scope="row">{title}</th>
      <td class="url">
        {href ? (
          <a href={href} target="_blank" rel="noreferrer">
            {entry.url}
          </a>
        ) : (
          entry.url
        )}
      </td>
      <td>
        <time dateTime={date.toISOString()}>{formatDate(entry.analysedAt)}</time>
      </td>
      <td class="grade-cell">
        <GradeBadge grade={entry.report.score.grade} small /> <span class="score">{entry.report.score.score}</span>
      </td>
      <td class="actions">
        <button type="button" onClick={() => onExport(entry)} aria-label={`Export PDF of ${title}`}>
          Export PDF
        </button>
        <button type="button" class="danger" onClick={() => onDelete(entry)} aria-label={`Delete ${title} from history`}>
          Delete
        </button>
      </td>
    </tr>
  );
}

export function HistorySection({ entries, onDelete, onDeleteAll, onExport }: Props) {
  if (entries.length === 0) {
    return (
      <p class="empty" data-testid="history-empty">
        No history yet. Open a site’s privacy policy and click the Policy Lens button in the toolbar: each policy you analyse
        is kept here, on this device only. Meanwhile you can compare the reference policies above.
      </p>
    );
  }
  return (
    <>
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
              <HistoryRow key={entry.url} entry={entry} onDelete={onDelete} onExport={onExport} />
            ))}
          </tbody>
        </table>
      </div>
      <button type="button" class="danger" onClick={onDeleteAll}>
        Delete all history
      </button>
    </>
  );
}
