// The PDF's checklist section: per law a headline, then each item, not-found first, with
// one quote for each item the policy addresses.
import type { Checklist } from '../core/types';
import { CHECKLIST_CAVEAT, checklistHeadline, citation, itemSentence, itemsNotFoundFirst } from '../present/checklists';
import type { Block } from './blocks';

const MAX_QUOTE = 300;

function quote(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return `“${clean.length > MAX_QUOTE ? `${clean.slice(0, MAX_QUOTE)}…` : clean}”`;
}

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
      if (found && first) blocks.push({ kind: 'quote', text: quote(first.text) });
    }
  }
  return blocks;
}
