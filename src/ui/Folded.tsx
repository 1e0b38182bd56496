import type { ComponentChildren } from 'preact';
import styles from './Folded.module.css';

interface FoldedProps {
  /** The line that opens the fold ("Show the 3 clauses"). */
  label: ComponentChildren;
  class?: string;
  testId?: string;
  children: ComponentChildren;
}

/** Content folded away behind one accent-coloured line, opened by click, Enter or Space: the one fold the report uses. */
export function Folded({ label, class: className, testId, children }: FoldedProps) {
  return (
    <details class={className} data-testid={testId}>
      <summary class={styles.toggle}>{label}</summary>
      {children}
    </details>
  );
}
