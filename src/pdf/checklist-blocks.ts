// The PDF's checklist section: per law a headline, then each item, not-found first, with
// one quote for each item the policy addresses.
import type { Checklist, Evidence } from '../core/types';
import { CHECKLIST_CAVEAT, checklistHeadline, citation, itemSentence, itemsNotFoundFirst } from '../present/checklists';
import type { Block } from './blocks';
import { quoteOf } from '../present/quote';

const MAX_QUOTE = 300;

const quote = (evidence: Evidence): string => `“${quoteOf(evidence, MAX_QUOTE)}”`;

export function checklistBlocks(checklists: Checklist[]): Block[] {
  if (checklists.length === 0) return [];
  const blocks: Block[] = [
    { kind: 'heading', text: 'What the law says it must tell you', keep: 120 },
    { kind: 'text', muted: true, text: CHECKLIST_CAVEAT },
  ];
  for (const checklist of checklists) {
    blocks.push({ kind: 'subheading', text: checklistHeadline(checklist) });
    for (const item of itemsNotFoundFirst(checklist)) {
      const found = item.status === 'addressed';
      blocks.push({ kind: 'bullet', mark: found ? '✓' : '?', text: `${itemSentence(checklist.law, item)} (${citation(checklist.law, item)})` });
      const [first] = item.evidence;
      if (found && first) blocks.push({ kind: 'quote', text: quote(first) });
    }
  }
  return blocks;
}
