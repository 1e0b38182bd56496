import { useId } from 'preact/hooks';
import type { CategorySummary } from '../core/types';
import styles from './CategoryCard.module.css';
import { EvidenceList } from './EvidenceQuote';
import { CATEGORY_TITLES, clauseCount } from '../present/labels';

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
        <ul class={styles.findings}>
          {summary.findings.map((finding, i) => (
            <li key={i}>
              {finding.text}
              <EvidenceList evidence={finding.evidence} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
