// The GDPR checklist measured against GDPR-Transparency-200's own Art. 13/14 annotations:
// a policy addresses an item when any of its passages carries the matching annotation
// (affirmed or denied: "we do not transfer your data abroad" tells you about transfers).
// Scored per item at policy level, on one frozen split.
import { evaluateChecklist } from '../core/checklists/evaluate';
import { GDPR_ITEMS } from '../core/checklists/gdpr';
import { classifyClauses } from '../core/classify';
import { extractFacts } from '../core/facts';
import { documentSplits } from './dataset';
import { documentSentences, prf, type Prf } from './evaluate';
import { documentsOf, loadSource, type LabelledItem } from './labelled';
import type { Split } from './split';

/** GT200 requirement → GDPR checklist item (both controller labels are Art. 13(1)(a)). */
export const GT200_ITEMS: Record<string, string> = {
  'Controller Name': 'controller',
  'Controller Contact': 'controller',
  'DPO Contact': 'dpo',
  'Processing Purpose': 'purposes',
  'Legal Basis for Processing': 'legal-basis',
  'Legitimate Interests for Processing': 'legitimate-interests',
  'Data Recipients': 'recipients',
  'Third-country Transfers': 'transfers',
  'Data Retention Period': 'retention',
  'Right to Access': 'access',
  'Right to Rectification': 'rectification',
  'Right to Erasure': 'erasure',
  'Right to Restrict': 'restriction',
  'Right to Portability': 'portability',
  'Right to Object': 'objection',
  'Right to Withdraw Consent': 'withdraw-consent',
  'Right to Lodge Complaint': 'complaint',
  'Mandatory Data Disclosure': 'requirement',
  'Automated Decision-Making': 'automated-decisions',
  'Data Categories': 'categories',
  'Source of Data': 'source',
};

export interface PolicyItems {
  policy: string;
  gold: Set<string>;
  found: Set<string>;
}

export interface ChecklistScores {
  policies: number;
  items: Record<string, Prf & { support: number }>;
  macroF1: number;
}

/** The items GT200's annotators found in one policy. */
export function goldItems(doc: readonly LabelledItem[]): Set<string> {
  const found = new Set<string>();
  for (const item of doc) for (const span of item.spans ?? []) if (GT200_ITEMS[span.requirement]) found.add(GT200_ITEMS[span.requirement]!);
  return found;
}

/** The items our pipeline finds in one policy, read the way the pipeline reads a page. */
export function foundItems(doc: readonly LabelledItem[]): Set<string> {
  const clauses = classifyClauses(documentSentences(doc).clauses);
  const checklist = evaluateChecklist('gdpr', clauses, extractFacts(clauses));
  return new Set(checklist.items.filter((i) => i.status === 'addressed').map((i) => i.id));
}

/** Gold and found items of every GT200 policy in these splits. */
export function checklistPolicies(splits: readonly Split[]): PolicyItems[] {
  const items = loadSource('gt200');
  const dealt = documentSplits(items);
  return documentsOf(items)
    .filter((doc) => splits.includes(dealt.get(`gt200/${doc[0]!.policy}`)!))
    .map((doc) => ({ policy: doc[0]!.policy, gold: goldItems(doc), found: foundItems(doc) }));
}

export function scoreChecklist(policies: readonly PolicyItems[]): ChecklistScores {
  const items = Object.fromEntries(
    GDPR_ITEMS.map(({ id }) => {
      const tp = policies.filter((p) => p.gold.has(id) && p.found.has(id)).length;
      const fp = policies.filter((p) => !p.gold.has(id) && p.found.has(id)).length;
      const fn = policies.filter((p) => p.gold.has(id) && !p.found.has(id)).length;
      return [id, { ...prf(tp, fp, fn), support: tp + fn }];
    }),
  );
  const f1s = Object.values(items).map((s) => s.f1);
  return { policies: policies.length, items, macroF1: f1s.reduce((a, b) => a + b, 0) / f1s.length };
}
