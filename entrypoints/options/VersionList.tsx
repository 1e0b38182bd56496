import { versionId } from '../../src/compare-view/selection-hash';
import { isComparable, versionsOf } from '../../src/compare-view/versions';
import { NOT_GRADED } from '../../src/present/grade';
import { formatDate } from '../../src/present/labels';
import type { HistorySummary } from '../../src/storage/types';
import { GradeBadge } from '../../src/ui/GradeBadge';
import { useHashSelection } from './use-hash-selection';

/** Brings the comparison into view, and the keyboard's focus with it. */
function showComparison() {
  const heading = document.getElementById('compare-heading');
  if (!heading) return;
  heading.tabIndex = -1;
  heading.scrollIntoView({ block: 'start' });
  heading.focus({ preventScroll: true });
}

/**
 * The texts a changed policy has had, newest first, each with its date and grade. Any two
 * can be ticked into the comparison above (the same selection as its picker), named there
 * by title and date.
 */
export function VersionList({ entry }: { entry: HistorySummary }) {
  const [selected, setSelected] = useHashSelection();
  const versions = versionsOf(entry);
  const ids = versions.map((version) => versionId(entry.key, version.textHash));
  const toggle = (id: string) => setSelected(selected.includes(id) ? selected.filter((other) => other !== id) : [...selected, id]);
  const [current, previous] = versions;
  const compareLastTwo = () => {
    setSelected([ids[1]!, ids[0]!]);
    showComparison();
  };
  return (
    <div class="versions" data-testid="versions">
      <p class="hint">This policy changed. Tick any two versions to compare them side by side above.</p>
      <ul aria-label={`Versions of ${entry.title || entry.url}`}>
        {versions.map((version, i) => {
          return (
            <li key={version.textHash}>
              {isComparable(version) ? (
                <label>
                  <input type="checkbox" checked={selected.includes(ids[i]!)} onChange={() => toggle(ids[i]!)} />{' '}
                  {version.current ? 'Current version' : 'Version'} of {formatDate(version.firstSeen)}
                </label>
              ) : (
                <span>
                  Version of {formatDate(version.firstSeen)} <span class="hint">(kept from before whole versions were: it cannot be compared)</span>
                </span>
              )}{' '}
              {version.grade ? <GradeBadge grade={version.grade} small /> : <span class="not-graded">{NOT_GRADED}</span>} <span class="score">{version.score}</span>
              {version.analysedAt !== version.firstSeen && <span class="hint"> · last analysed {formatDate(version.analysedAt)}</span>}
            </li>
          );
        })}
      </ul>
      {current && previous && isComparable(current) && isComparable(previous) && (
        <button type="button" onClick={compareLastTwo}>
          Compare the last two versions
        </button>
      )}
    </div>
  );
}
