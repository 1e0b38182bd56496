import type { Evidence } from '../core/types';
import { partsAround } from '../present/quote';
import styles from './EvidenceQuote.module.css';
import { Folded } from './Folded';

/** A clause quoted from the policy, the part that states the fact marked in a long one. Rendered as text, never as HTML. */
export function EvidenceQuote({ evidence }: { evidence: Evidence }) {
  const [before, stating, after] = partsAround(evidence);
  return (
    <>
      <blockquote class={styles.quote} cite={`#clause-${evidence.clause}`}>
        “{before}
        {before || after ? <mark class={styles.stating}>{stating}</mark> : stating}
        {after}”
      </blockquote>
      {evidence.why && <p class={styles.why}>Read so because of the {evidence.why}</p>}
    </>
  );
}

/** The clauses behind a finding, folded away until asked for. */
export function EvidenceList({ evidence }: { evidence: Evidence[] }) {
  if (evidence.length === 0) return null;
  return (
    <Folded label={evidence.length === 1 ? 'Show the clause' : `Show the ${evidence.length} clauses`}>
      {evidence.map((item) => (
        <EvidenceQuote key={item.clause} evidence={item} />
      ))}
    </Folded>
  );
}
