// The references a policy opens the side-by-side table with: those of the group the popup
// ranks it among (same kind of provider by default, compare-group.ts), nearest in score first.
import { chooseGroup, hasCurrentComparison, inGroup, reportKind } from '../core/compare-group';
import { isCopyOf } from '../core/fingerprint';
import { gradingProblem } from '../core/gradable';
import type { ComparisonGroup, PolicyReport, ProviderKind, ReferencePolicy } from '../core/types';
import type { CompareChoice } from './choices';

const asMember = (reference: ReferencePolicy) => ({
  id: reference.id,
  name: reference.name,
  kind: reference.kind,
  country: reference.country,
  policyDate: reference.policyDate,
  score: reference.report.score.score,
  grade: reference.report.score.grade,
  categories: [],
});

/**
 * The popup's group: a reference's own kind; else the group the report was ranked among
 * when analysed; else the kind read from it (or all providers when no reference is of that kind).
 */
export function groupOf(report: PolicyReport, candidates: ReferencePolicy[], ownKind?: ProviderKind): ComparisonGroup {
  if (ownKind) return chooseGroup({}, ownKind, candidates.map(asMember));
  if (report.comparison && hasCurrentComparison(report)) return report.comparison.group;
  return chooseGroup({}, reportKind(report), candidates.map(asMember));
}

/**
 * The `count` graded references closest to the report: its group's, nearest in score first (the
 * higher score on a tie, then by name), then, if the group has too few, the nearest of the rest.
 * Never the report's own policy. `ownKind` is set when the report is itself a reference's.
 */
export function closestReferences(report: PolicyReport, references: ReferencePolicy[], count = 2, ownKind?: ProviderKind): ReferencePolicy[] {
  const isItself = isCopyOf(report);
  const candidates = references.filter((r) => gradingProblem(r.report) === null && !isItself(r));
  const group = groupOf(report, candidates, ownKind);
  const own = report.score.score;
  const nearest = (a: ReferencePolicy, b: ReferencePolicy) =>
    Math.abs(a.report.score.score - own) - Math.abs(b.report.score.score - own) ||
    b.report.score.score - a.report.score.score ||
    a.name.localeCompare(b.name);
  const members = candidates.filter((r) => inGroup(r, group)).sort(nearest);
  const rest = candidates.filter((r) => !inGroup(r, group)).sort(nearest);
  return [...members, ...rest].slice(0, count);
}

/**
 * The policy the table opens with when the address names at most one: that one (the popup's
 * "Compare side by side" names the page it shows), else the newest analysed page.
 */
export function openingPolicy(ids: string[], available: CompareChoice[]): CompareChoice | undefined {
  if (ids.length > 1) return undefined;
  if (ids.length === 1) return available.find((choice) => choice.id === ids[0]);
  return available.find((choice) => choice.source === 'history');
}

/** The ids the table opens with: the policy first, then its closest references. */
export function openingSelection(current: CompareChoice, report: PolicyReport, references: ReferencePolicy[]): string[] {
  return [current.id, ...closestReferences(report, references, 2, current.kind).map((r) => r.id)];
}
