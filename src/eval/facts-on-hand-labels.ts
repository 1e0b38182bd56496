// Where a fact miss comes from: the clause labels or the fact wording. For the sheets whose
// policy we also labelled sentence by sentence (data/reference-labels/), the facts are read
// twice on the same clauses: once with the model's labels, once with the hand labels in
// their place. Equal figures mean better labels would not mend the facts; the wording would.
// Run `npx tsx src/eval/facts-on-hand-labels.ts [dev|test]`.
import { fileURLToPath } from 'node:url';
import { extractFacts } from '../core/facts';
import type { ClassifiedClause, FactKey } from '../core/types';
import { factAgreement, summariseAgreement, type FieldAgreement } from './fact-agreement';
import { loadFactSheetCases, reportOf, type FactSheetCase } from './fact-sheets';
import { loadSource, textKey, type LabelledItem } from './labelled';
import type { Split } from './split';

/** The clauses with the hand labels put in place of the model's (a clause nobody labelled gets none). */
export function withHandLabels(clauses: readonly ClassifiedClause[], items: readonly LabelledItem[]): ClassifiedClause[] {
  const byText = new Map(items.map((item) => [textKey(item.text), item]));
  return clauses.map((clause) => {
    const item = byText.get(textKey(clause.text));
    return { ...clause, labels: item?.labels ?? [], negated: item?.negated ?? false, leaning: undefined };
  });
}

export interface LabelSourceComparison {
  sheets: string[];
  model: { perField: Record<FactKey, number>; mean: number };
  hand: { perField: Record<FactKey, number>; mean: number };
}

export function factsOnHandLabels(cases: readonly FactSheetCase[], items: readonly LabelledItem[] = loadSource('reference')): LabelSourceComparison {
  const byPolicy = new Map<string, LabelledItem[]>();
  for (const item of items) byPolicy.set(item.policy, [...(byPolicy.get(item.policy) ?? []), item]);
  const labelled = cases.filter((c) => byPolicy.has(c.id));
  const model: Record<FactKey, FieldAgreement>[] = [];
  const hand: Record<FactKey, FieldAgreement>[] = [];
  for (const c of labelled) {
    const { clauses, facts } = reportOf(c);
    model.push(factAgreement(facts, c.gold));
    hand.push(factAgreement(extractFacts(withHandLabels(clauses, byPolicy.get(c.id)!)), c.gold));
  }
  return { sheets: labelled.map((c) => c.id), model: summariseAgreement(model), hand: summariseAgreement(hand) };
}

function main(split: Split): void {
  const r = factsOnHandLabels(loadFactSheetCases().filter((c) => c.split === split));
  console.log(`${split}: ${r.sheets.length} sheets with hand labels: model's labels ${r.model.mean.toFixed(3)}, hand labels ${r.hand.mean.toFixed(3)}`);
  for (const key of Object.keys(r.model.perField) as FactKey[]) {
    console.log(`  ${key.padEnd(28)} ${r.model.perField[key].toFixed(2)} ${r.hand.perField[key].toFixed(2)}`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main((process.argv[2] as Split) ?? 'dev');
