import { useId } from 'preact/hooks';
import type { Checklist } from '../core/types';
import { CHECKLIST_CAVEAT, checklistHeadline, citation, itemSentence, itemsNotFoundFirst } from '../present/checklists';
import styles from './ChecklistSection.module.css';
import { EvidenceList } from './EvidenceQuote';

/** One folded list per law ("UK GDPR: 15 of 20 disclosures found"), what it does not say first. */
export function ChecklistSection({ checklists, headingClass }: { checklists: Checklist[]; headingClass?: string }) {
  const id = useId();
  if (checklists.length === 0) return null;
  return (
    <section aria-labelledby={id} data-testid="checklists">
      <h2 class={headingClass} id={id}>
        What the law says it must tell you
      </h2>
      {checklists.map((checklist) => (
        <details class={styles.law} key={checklist.law} data-law={checklist.law}>
          <summary class={styles.headline}>{checklistHeadline(checklist)}</summary>
          <ul class={styles.items}>
            {itemsNotFoundFirst(checklist).map((item) => (
              <li key={item.id} data-item={item.id} data-status={item.status} class={item.status === 'not-found' ? styles.notFound : undefined}>
                {item.status === 'not-found' ? '? ' : '✓ '}
                {itemSentence(checklist.law, item)} <span class={styles.cite}>({citation(checklist.law, item)})</span>
                <EvidenceList evidence={item.evidence} />
              </li>
            ))}
          </ul>
          <p class={styles.caveat}>{CHECKLIST_CAVEAT}</p>
        </details>
      ))}
    </section>
  );
}
