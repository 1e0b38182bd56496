import type { Grade } from '../core/types';
import styles from './GradeBadge.module.css';

export function GradeBadge({ grade, small = false }: { grade: Grade; small?: boolean }) {
  return (
    <span class={`${styles.badge} ${styles[grade]} ${small ? styles.small : ''}`} role="img" aria-label={`Grade ${grade}`}>
      {grade}
    </span>
  );
}
