// Which references a policy is ranked among (same kind by default, a country if chosen, or
// all), which references can be ranked at all, and where the policy stands in the group.
// Pure functions of the comparison, so the popup can regroup without the reference set.

import { detectProviderKind } from './provider-kind';
import { inGroup, rankable } from './standing';
import { PROVIDER_KINDS, type ComparisonGroup, type PolicyReport, type ProviderKind, type ReferenceComparison } from './types';

export { inGroup, standingIn, type Standing } from './standing';

/** Graded references by score, highest first (ties by name), then the ungraded by name. */
export function byScore<T extends Pick<ReferenceComparison, 'name' | 'score' | 'grade'>>(references: T[]): T[] {
  const graded = (r: T) => (r.grade === null ? 1 : 0);
  return [...references].sort((a, b) => graded(a) - graded(b) || (a.grade === null ? 0 : b.score - a.score) || a.name.localeCompare(b.name));
}

/** A choice the user made: `undefined` keeps the default (the detected kind, any country), `null` means any. */
export type GroupChoice = { kind?: ProviderKind | null; country?: string | null };

/**
 * The group to rank among: what the user chose, else the detected kind, any country. A detected
 * kind no graded reference has falls back to all providers; a chosen one is kept, even if empty.
 */
export function chooseGroup(choice: GroupChoice, detectedKind: ProviderKind | null, against: ReferenceComparison[]): ComparisonGroup {
  const country = choice.country ?? null;
  if (choice.kind !== undefined) return { kind: choice.kind, country };
  const detected = { kind: detectedKind, country };
  return against.some((r) => rankable(r, detected)) ? detected : { kind: null, country };
}

/** A row of the group's list: this policy, placed by its score, or a reference. */
export type GroupRow = { self: true } | { self: false; reference: ReferenceComparison };

/** The group's references by score with this policy placed among them (before references it ties), ungraded ones last. */
export function groupRows(ownScore: number, against: ReferenceComparison[], group: ComparisonGroup): GroupRow[] {
  const members = byScore(against.filter((r) => inGroup(r, group)));
  const place = members.findIndex((r) => r.grade === null || r.score <= ownScore);
  const rows: GroupRow[] = members.map((reference) => ({ self: false, reference }));
  rows.splice(place === -1 ? rows.length : place, 0, { self: true });
  return rows;
}

/** The kinds and countries the references cover, for the group choice. */
export function groupOptions(against: ReferenceComparison[]): { kinds: ProviderKind[]; countries: string[] } {
  const kinds = PROVIDER_KINDS.filter((kind) => against.some((r) => r.kind === kind));
  const countries = [...new Set(against.map((r) => r.country))].sort();
  return { kinds, countries };
}

/** The kind of provider a report is from, read from its text and its site. */
export function reportKind(report: Pick<PolicyReport, 'clauses' | 'url'>): ProviderKind | null {
  return detectProviderKind(report.clauses.map((c) => c.text).join('\n'), report.url);
}

/** False for a comparison made before references had kinds and countries (saved by an older version). */
export function hasCurrentComparison(report: Pick<PolicyReport, 'comparison'>): boolean {
  return report.comparison === undefined || report.comparison.group !== undefined;
}
