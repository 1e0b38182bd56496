import { useId } from 'preact/hooks';
import type { CategorySummary } from '../core/types';
import styles from './CategoryCard.module.css';
import { EvidenceList } from './EvidenceQuote';
import { Folded } from './Folded';
import { CATEGORY_TITLES, FINDINGS_SHOWN, clauseCount, moreFindings } from '../present/labels';

type Finding = CategorySummary['findings'][number];

export function CategoryCard({ summary }: { summary: CategorySummary }) {
  const headingId = useId();
  return (
    <section class={styles.card} aria-labelledby={headingId} data-category={summary.category}>
      <h3 class={styles.title} id={headingId}>
        {CATEGORY_TITLES[summary.category]}
        <span class={styles.count}>
          {clauseCount(summary.clauses)}
        </span>
      </h3>
      {summary.findings.length === 0 ? (
        <p class={styles.empty}>The policy says nothing clear about this.</p>
      ) : (
        <FindingList findings={summary.findings} />
      )}
    </section>
  );
}

/** The first findings, the rest folded away until asked for. */
function FindingList({ findings }: { findings: Finding[] }) {
  // Folding away a single finding would hide it behind a line as long as itself.
  const shown = findings.length > FINDINGS_SHOWN + 1 ? findings.slice(0, FINDINGS_SHOWN) : findings;
  const folded = findings.slice(shown.length);
  return (
    <>
      <ul class={styles.findings}>{shown.map(findingItem)}</ul>
      {folded.length > 0 && (
        <Folded class={styles.more} label={moreFindings(folded.length)}>
          <ul class={styles.findings}>{folded.map(findingItem)}</ul>
        </Folded>
      )}
    </>
  );
}

const findingItem = (finding: Finding, i: number) => (
  <li key={i}>
    {finding.text}
    <EvidenceList evidence={finding.evidence} />
  </li>
);
