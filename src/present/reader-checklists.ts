// The checklists a report shows its reader: the laws it carries plus the one the reader's
// setting brings in. Loads the vocabulary and the evaluator, so the popup imports it only
// after first paint.
import { applicableLaws } from '../core/checklists/applicable';
import { evaluateChecklist } from '../core/checklists/evaluate';
import type { Residence } from '../core/checklists/residence';
import { cannotRead } from '../core/grade-gate';
import type { Checklist, PolicyReport } from '../core/types';

/**
 * The checklists to show for a report with the reader's current setting: the ones it carries
 * for the laws that still apply, and the others worked out from its clauses and facts (only
 * when the setting brings a new law in, so a long policy is not read again on every view). A
 * report kept without clauses (the reference set) shows the ones it was built with. A text in
 * a language Policy Lens cannot read shows none, whatever the setting (as `analysePolicy`).
 */
export function reportChecklists(report: Pick<PolicyReport, 'clauses' | 'facts' | 'checklists' | 'language'>, residence?: Residence): Checklist[] {
  if (cannotRead(report.language)) return [];
  const carried = report.checklists ?? [];
  if (report.clauses.length === 0) return carried;
  const laws = applicableLaws({ clauses: report.clauses, facts: report.facts, residence });
  return laws.map((law) => carried.find((c) => c.law === law) ?? evaluateChecklist(law, report.clauses, report.facts));
}
