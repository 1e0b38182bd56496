import { useId } from 'preact/hooks';
import { groupOptions, groupRows, standingIn } from '../core/compare-group';
import type { Comparison, ComparisonGroup, ProviderKind, ReferenceComparison } from '../core/types';
import { countryName, KIND_WORDS, notGradedWords, referenceDetails, standingSentence } from '../present/comparison-words';
import styles from './ComparisonPanel.module.css';
import { GradeBadge } from './GradeBadge';
import { CATEGORY_TITLES, ordinal, VERDICT_WORDS } from '../present/labels';

const ANY = '';

function GroupChoice({ comparison, group, onChange }: { comparison: Comparison; group: ComparisonGroup; onChange: (group: ComparisonGroup) => void }) {
  const id = useId();
  const { kinds, countries } = groupOptions(comparison.against);
  const byName = [...countries].sort((a, b) => countryName(a).localeCompare(countryName(b)));
  const detected = comparison.detectedKind ? ` (this looks like: ${KIND_WORDS[comparison.detectedKind].label.toLowerCase()})` : '';
  return (
    <div class={styles.choice}>
      <label for={`${id}-kind`}>Kind{detected}</label>
      <select
        id={`${id}-kind`}
        data-testid="group-kind"
        value={group.kind ?? ANY}
        onChange={(e) => onChange({ ...group, kind: (e.currentTarget.value || null) as ProviderKind | null })}
      >
        <option value={ANY}>All kinds</option>
        {kinds.map((kind) => (
          <option key={kind} value={kind}>
            {KIND_WORDS[kind].label}
          </option>
        ))}
      </select>
      <label for={`${id}-country`}>Country</label>
      <select
        id={`${id}-country`}
        data-testid="group-country"
        value={group.country ?? ANY}
        onChange={(e) => onChange({ ...group, country: e.currentTarget.value || null })}
      >
        <option value={ANY}>All countries</option>
        {byName.map((country) => (
          <option key={country} value={country}>
            {countryName(country)}
          </option>
        ))}
      </select>
    </div>
  );
}

function ReferenceItem({ reference }: { reference: ReferenceComparison }) {
  const differences = reference.categories.filter((c) => c.verdict === 'better' || c.verdict === 'worse');
  return (
    <li class={styles.reference} data-testid="reference">
      <div class={styles.head}>
        {reference.grade ? <GradeBadge grade={reference.grade} small /> : <span class={styles.ungraded}>–</span>}
        <span class={styles.name}>{reference.name}</span>
        <span class={styles.score}>{reference.grade ? `${reference.score} / 100` : notGradedWords(reference)}</span>
      </div>
      <p class={styles.details}>{referenceDetails(reference)}</p>
      {differences.length > 0 && (
        <ul class={styles.verdicts}>
          {differences.map((difference) => (
            <li key={difference.category}>
              <span class={styles[difference.verdict]}>{VERDICT_WORDS[difference.verdict]}</span> on{' '}
              {CATEGORY_TITLES[difference.category].toLowerCase()}: {difference.reason}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

interface ComparisonPanelProps {
  comparison: Comparison;
  score: number;
  notGraded: string | null;
  /** The group shown: the caller keeps it, so the verdict above follows it. */
  group: ComparisonGroup;
  onGroupChange: (group: ComparisonGroup) => void;
}

/** Where this policy stands among similar providers (same kind by default), and what each does better or worse. */
export function ComparisonPanel({ comparison, score, notGraded, group, onGroupChange }: ComparisonPanelProps) {
  const standing = standingIn(score, comparison.against, group);
  return (
    <div>
      <p class={styles.rank} data-testid="rank" aria-live="polite">
        <strong>{standingSentence(standing, group, notGraded)}</strong>
        {!notGraded && ` Ranks ${ordinal(standing.rank)} of ${standing.of}, this policy included.`}
      </p>
      <GroupChoice comparison={comparison} group={group} onChange={onGroupChange} />
      <ol class={styles.references} data-testid="group-list">
        {groupRows(score, comparison.against, group).map((row) =>
          row.self ? (
            <li key="this-policy" class={`${styles.reference} ${styles.self}`} data-testid="this-policy">
              <div class={styles.head}>
                <span class={styles.name}>This policy</span>
                <span class={styles.score}>{score} / 100</span>
              </div>
            </li>
          ) : (
            <ReferenceItem key={row.reference.id} reference={row.reference} />
          ),
        )}
      </ol>
    </div>
  );
}
