import type { ComponentChildren } from 'preact';
import styles from './Notice.module.css';

/** A highlighted message: `notice` for things to know, `error` for things that went wrong. */
export function Notice({ tone = 'notice', children }: { tone?: 'notice' | 'error'; children: ComponentChildren }) {
  return (
    <div class={styles[tone]} role={tone === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}

export function WarningList({ warnings }: { warnings: string[] }) {
  if (warnings.length === 0) return null;
  return (
    <Notice>
      <ul aria-label="Warnings">
        {warnings.map((warning) => (
          <li key={warning}>{warning}</li>
        ))}
      </ul>
    </Notice>
  );
}
