import { ANALYSER_VERSION } from '../core/analyser-version';
import { oneLine } from '../core/title';
import type { Grade, ReferencePolicy } from '../core/types';
import type { HistorySummary } from '../storage/types';

/** A policy that can be picked for comparison; its report is loaded only once it is picked. */
export interface CompareChoice {
  /** The history key or the reference id; unique within a comparison. */
  id: string;
  name: string;
  source: 'history' | 'reference';
  grade: Grade;
  /** A history entry analysed by another version of Policy Lens than this one: shown as it was then. */
  outdated?: true;
}

/** Analysed by another Policy Lens than this one (or one from before analyser versions): opening the page again updates it. */
export const isOutdated = (entry: Pick<HistorySummary, 'analyserVersion'>) => entry.analyserVersion !== ANALYSER_VERSION;

/** Everything that has a grade can be compared: analysed pages (newest first), then the bundled references. */
export function comparablePolicies(history: HistorySummary[], reference: ReferencePolicy[]): CompareChoice[] {
  return [
    ...history.map((entry) => ({
      id: entry.key,
      name: oneLine(entry.title) || oneLine(entry.url),
      source: 'history' as const,
      grade: entry.grade,
      ...(isOutdated(entry) ? { outdated: true as const } : {}),
    })),
    ...reference.map((ref) => ({ id: ref.id, name: ref.name, source: 'reference' as const, grade: ref.report.score.grade })),
  ].flatMap(({ grade, ...choice }) => (grade === null ? [] : [{ ...choice, grade }]));
}

/** Names of the policies left out of the comparison for having no grade (docs/scoring.md). */
export function ungradedPolicies(history: HistorySummary[], reference: ReferencePolicy[]): string[] {
  return [
    ...history.filter((entry) => entry.grade === null).map((entry) => oneLine(entry.title) || oneLine(entry.url)),
    ...reference.filter((ref) => ref.report.score.grade === null).map((ref) => ref.name),
  ];
}

/** The chosen policies in the order they were chosen; ids that no longer exist are dropped. */
export function resolveSelection<T extends { id: string }>(ids: string[], available: T[]): T[] {
  const byId = new Map(available.map((policy) => [policy.id, policy]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Adds `id` at the end of the selection, or removes it. */
export function toggleSelection(ids: string[], id: string): string[] {
  return ids.includes(id) ? ids.filter((other) => other !== id) : [...ids, id];
}
