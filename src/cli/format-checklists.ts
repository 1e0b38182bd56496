// The CLI summary's checklist section: a headline per law, then each item, not-found first.
import { checklistHeadline, citation, itemSentence, itemsNotFoundFirst } from '../present/checklists';
import type { Checklist } from '../core/types';
import type { Style } from './style';
import { trimQuote } from './text';

export function formatChecklists(checklists: Checklist[], style: Style): string[] {
  if (checklists.length === 0) return [];
  const lines = ['', style.bold('What the law says a notice must tell you')];
  for (const checklist of checklists) {
    lines.push(`  ${style.bold(checklistHeadline(checklist))}`);
    for (const item of itemsNotFoundFirst(checklist)) {
      const text = `${itemSentence(checklist.law, item)} (${citation(checklist.law, item)})`;
      if (item.status === 'not-found') {
        lines.push(style.warn(`    ? ${text}`));
      } else {
        lines.push(`    ✓ ${text}`);
        const quote = item.evidence[0];
        if (quote) lines.push(style.dim(`        “${trimQuote(quote)}”`));
      }
    }
  }
  lines.push(style.dim('  "?" means not found in this text, not a breach: the notice may be elsewhere.'));
  return lines;
}
