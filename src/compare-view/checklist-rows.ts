// The side-by-side comparison's checklist rows: for each law that applies to any compared
// policy, a headline row ("15 of 20 found") and one row per item, under the facts.
import type { Residence } from '../core/checklists/residence';
import { CHECKLISTS } from '../core/checklists/index';
import { CHECKLIST_LAWS, type Checklist } from '../core/types';
import { citation } from '../present/checklists';
import { reportChecklists } from '../present/reader-checklists';
import { capitalise } from '../present/words';
import { judgedRow, type CompareRow, type CompareSection, type ComparedPolicy } from './compare';

// A law the policy names no tie to, or one a reference policy (kept without its clauses) was not built with.
const NOT_CHECKED = 'Not checked for this policy';

export function checklistSections(policies: ComparedPolicy[], residence?: Residence): CompareSection[] {
  const lists = policies.map((policy) => reportChecklists(policy.report, residence));
  const laws = CHECKLIST_LAWS.filter((law) => lists.some((checklists) => checklists.some((c) => c.law === law)));
  if (laws.length === 0) return [];
  const rows: CompareRow[] = laws.flatMap((law) => {
    const own = lists.map((checklists): Checklist | undefined => checklists.find((c) => c.law === law));
    const { name, items } = CHECKLISTS[law];
    // More disclosures found is better; a law not checked for a policy is not stated.
    const headline = judgedRow(
      `${law}:found`,
      `${name}: disclosures found`,
      own.map((c) => {
        if (!c) return { lines: [NOT_CHECKED], evidence: [], merit: null };
        const found = c.items.filter((i) => i.status === 'addressed').length;
        return { lines: [`${found} of ${c.items.length}`], evidence: [], merit: found };
      }),
    );
    const itemRows = items.map(
      (spec): CompareRow =>
        judgedRow(
          `${law}:${spec.id}`,
          `${capitalise(spec.plainWords)} (${citation(law, spec)})`,
          own.map((c) => {
            const item = c?.items.find((i) => i.id === spec.id);
            if (!item) return { lines: [NOT_CHECKED], evidence: [], merit: null };
            const says = item.status === 'addressed';
            return { lines: [says ? 'Says it' : 'Not found'], evidence: item.evidence, merit: says ? 1 : 0 };
          }),
        ),
    );
    return [headline, ...itemRows];
  });
  return [{ id: 'checklists', title: 'What the law says it must tell you', rows }];
}
