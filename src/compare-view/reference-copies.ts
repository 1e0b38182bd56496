// A policy in the history may be a reference's own policy, read from the provider's site: the
// picker then lists it once, under the history, naming the reference it is.
import type { PolicyReport, ReferencePolicy } from '../core/types';
import type { HistorySummary } from '../storage/types';
import type { CompareChoice } from './choices';
import { isCopyOf } from '../core/fingerprint';

/** An address without its scheme, "www.", query, fragment or trailing slash; null when it is none. */
function addressKey(url: string | null | undefined): string | null {
  try {
    const { host, pathname } = new URL(url ?? '');
    return host.replace(/^www\./, '').toLowerCase() + pathname.replace(/\/+$/, '');
  } catch {
    return null;
  }
}

/** History entries that are a reference's policy by their summary alone: the same text or the same address. Key → reference id. */
export function copiesBySummary(entries: Pick<HistorySummary, 'key' | 'url' | 'textHash'>[], references: ReferencePolicy[]): Map<string, string> {
  const copies = new Map<string, string>();
  for (const entry of entries) {
    const address = addressKey(entry.url);
    const reference = references.find((r) => r.report.textHash === entry.textHash || (address !== null && addressKey(r.url) === address));
    if (reference) copies.set(entry.key, reference.id);
  }
  return copies;
}

/** The reference whose policy a read report is, by its clauses (as the comparison leaves it out). */
export function copiedReference(report: Pick<PolicyReport, 'textHash' | 'clauses'>, references: ReferencePolicy[]): string | undefined {
  return references.find(isCopyOf(report))?.id;
}

export interface PickerLists {
  /** History entries, each with the name of the reference it is a copy of, if any. */
  history: (CompareChoice & { copyOf?: string })[];
  references: CompareChoice[];
}

/** The picker's two lists: a reference with a copy in the history is left out of the references, unless it is picked itself. */
export function pickerLists(available: CompareChoice[], copies: ReadonlyMap<string, string>, selected: string[]): PickerLists {
  const names = new Map(available.filter((c) => c.source === 'reference').map((c) => [c.id, c.name]));
  const history = available
    .filter((c) => c.source === 'history')
    .map((c): PickerLists['history'][number] => {
      const copyOf = names.get(copies.get(c.id) ?? '');
      return copyOf ? { ...c, copyOf } : c;
    });
  const copied = new Set(history.flatMap((c) => (c.copyOf ? [copies.get(c.id)!] : [])));
  const references = available.filter((c) => c.source === 'reference' && (!copied.has(c.id) || selected.includes(c.id)));
  return { history, references };
}
