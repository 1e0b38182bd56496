import type { ReferencePolicy } from '../core/types';
import type { HistoryEntry } from '../storage/types';
import type { ComparedPolicy } from './compare';

/** Everything that can be compared: analysed pages (newest first), then the bundled references. */
export function comparablePolicies(history: HistoryEntry[], reference: ReferencePolicy[]): ComparedPolicy[] {
  return [
    ...history.map((entry): ComparedPolicy => ({
      id: entry.url,
      name: entry.title || entry.url,
      source: 'history',
      report: entry.report,
    })),
    ...reference.map((ref): ComparedPolicy => ({ id: ref.id, name: ref.name, source: 'reference', report: ref.report })),
  ];
}

/** The chosen policies in the order they were chosen; ids that no longer exist are dropped. */
export function resolveSelection(ids: string[], available: ComparedPolicy[]): ComparedPolicy[] {
  const byId = new Map(available.map((policy) => [policy.id, policy]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Adds `id` at the end of the selection, or removes it. */
export function toggleSelection(ids: string[], id: string): string[] {
  return ids.includes(id) ? ids.filter((other) => other !== id) : [...ids, id];
}
