// Every jurisdiction checklist, one data file per law.
import type { ChecklistLaw } from '../types';
import { CCPA_ITEMS } from './ccpa';
import { GDPR_ITEMS } from './gdpr';
import { PIPEDA_ITEMS } from './pipeda';
import { POPIA_ITEMS } from './popia';
import type { ChecklistItemSpec, LawChecklist } from './spec';

export const CHECKLISTS: Record<ChecklistLaw, LawChecklist> = {
  gdpr: { law: 'gdpr', name: 'GDPR', citation: 'GDPR', namedAs: ['GDPR'], items: GDPR_ITEMS },
  'uk-gdpr': { law: 'uk-gdpr', name: 'UK GDPR', citation: 'UK GDPR', namedAs: ['UK GDPR', 'Data Protection Act 2018'], items: GDPR_ITEMS },
  popia: { law: 'popia', name: 'POPIA', citation: 'POPIA', namedAs: ['POPIA'], items: POPIA_ITEMS },
  pipeda: { law: 'pipeda', name: 'PIPEDA', citation: 'PIPEDA Sch. 1', namedAs: ['PIPEDA'], items: PIPEDA_ITEMS },
  ccpa: { law: 'ccpa', name: 'CCPA/CPRA', citation: 'Cal. Civ. Code', namedAs: ['CCPA/CPRA'], items: CCPA_ITEMS },
};

/** The item of a law's checklist with this id, for its plain words and citation. */
export function checklistItem(law: ChecklistLaw, id: string): ChecklistItemSpec | undefined {
  return CHECKLISTS[law].items.find((item) => item.id === id);
}
