// The side-by-side comparison's checklist rows: for each law that applies to any compared
// policy, a headline row ("15 of 20 found") and one row per item, under the facts.
import type { Residence } from '../core/checklists/residence';
import { CHECKLISTS } from '../core/checklists/index';
import { CHECKLIST_LAWS, type Checklist } from '../core/types';
import { citation } from '../present/checklists';
import { reportChecklists } from '../present/reader-checklists';
import { capitalise } from '../present/words';
import { markDifferences, type CompareRow, type CompareSection, type ComparedPolicy } from './compare';

// A law the policy names no tie to, or one a reference policy (kept without its clauses) was not built with.
const NOT_CHECKED = 'Not checked for this policy';

export function checklistSections(policies: ComparedPolicy[], residence?: Residence): CompareSection[] {
  const lists = policies.map((policy) => reportChecklists(policy.report, residence));
  const laws = CHECKLIST_LAWS.filter((law) => lists.some((checklists) => checklists.some((c) => c.law === law)));
  if (laws.length === 0) return [];
  const rows: CompareRow[] = laws.flatMap((law) => {
    const own = lists.map((checklists): Checklist | undefined => checklists.find((c) => c.law === law));
    const { name, items } = CHECKLISTS[law];
    const headline: CompareRow = {
      key: `${law}:found`,
      label: `${name}: disclosures found`,
      cells: markDifferences(
        own.map((c) => ({ lines: [c ? `${c.items.filter((i) => i.status === 'addressed').length} of ${c.items.length}` : NOT_CHECKED], evidence: [] })),
      ),
    };
    const itemRows = items.map(
      (spec): CompareRow => ({
        key: `${law}:${spec.id}`,
        label: `${capitalise(spec.plainWords)} (${citation(law, spec)})`,
        cells: markDifferences(
          own.map((c) => {
            const item = c?.items.find((i) => i.id === spec.id);
            if (!item) return { lines: [NOT_CHECKED], evidence: [] };
            return { lines: [item.status === 'addressed' ? 'Says it' : 'Not found'], evidence: item.evidence };
          }),
        ),
      }),
    );
    return [headline, ...itemRows];
  });
  return [{ id: 'checklists', title: 'What the law says it must tell you', rows }];
}
