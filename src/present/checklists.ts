// How a checklist reads on every surface (popup, options page, PDF, CLI): a headline per law
// and one sentence per item with its citation, not-found items first.
import { CHECKLISTS, checklistItem } from '../core/checklists/index';
import type { Residence } from '../core/checklists/residence';
import type { Checklist, ChecklistItemResult, ChecklistLaw } from '../core/types';

/** "UK GDPR: 15 of 20 disclosures found". */
export function checklistHeadline(checklist: Checklist): string {
  const found = checklist.items.filter((item) => item.status === 'addressed').length;
  return `${CHECKLISTS[checklist.law].name}: ${found} of ${checklist.items.length} disclosures found`;
}

/** "GDPR Art. 13(2)(a)". */
export function citation(law: ChecklistLaw, item: Pick<ChecklistItemResult, 'article'>): string {
  return `${CHECKLISTS[law].citation} ${item.article}`;
}

/** "Doesn't say how long it keeps your data" or "Says how long it keeps your data". */
export function itemSentence(law: ChecklistLaw, item: ChecklistItemResult): string {
  const words = checklistItem(law, item.id)?.plainWords ?? item.id;
  return item.status === 'addressed' ? `Says ${words}` : `Doesn't say ${words}`;
}

/** Not-found items first (what to look for elsewhere), each group in the law's order. */
export function itemsNotFoundFirst(checklist: Checklist): ChecklistItemResult[] {
  return [...checklist.items.filter((i) => i.status === 'not-found'), ...checklist.items.filter((i) => i.status === 'addressed')];
}

/** Said once wherever checklists are shown: a missing item is not a breach. */
export const CHECKLIST_CAVEAT = 'Not found means this policy does not say it; the law may be met elsewhere (another notice, a form, a contract). It is not a finding of a breach.';

/** How each answer to "Where do you live?" reads. */
export const RESIDENCE_WORDS: Record<Residence, string> = {
  eu: 'The EU or EEA',
  uk: 'The United Kingdom',
  za: 'South Africa',
  ca: 'Canada',
  california: 'California',
  elsewhere: 'Somewhere else',
};
