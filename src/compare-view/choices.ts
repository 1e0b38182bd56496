import { ANALYSER_VERSION } from '../core/analyser-version';
import { oneLine } from '../core/title';
import type { Grade, ProviderKind, ReferencePolicy } from '../core/types';
import { countryName, KIND_WORDS } from '../present/comparison-words';
import { formatDate } from '../present/labels';
import type { HistorySummary } from '../storage/types';

/** A policy that can be picked for comparison; its report is loaded only once it is picked. */
export interface CompareChoice {
  /** The history key or the reference id; unique within a comparison. */
  id: string;
  name: string;
  source: 'history' | 'reference';
  grade: Grade;
  /** What tells it apart from others of the same name: its site and when it was analysed, or what kind of provider it is, where. */
  details: string;
  /** A reference's kind of provider. */
  kind?: ProviderKind;
  /** A history entry analysed by another version of Policy Lens than this one: shown as it was then. */
  outdated?: true;
}

const MAX_SITE_CHARS = 60;

/** "example.com/legal/privacy?lang=en": the address without its scheme, "www." or fragment, shortened. */
export function siteOf(url: string): string {
  let site: string;
  try {
    const { host, pathname, search } = new URL(url);
    site = host.replace(/^www\./, '') + pathname.replace(/\/+$/, '') + search;
  } catch {
    site = oneLine(url);
  }
  return site.length > MAX_SITE_CHARS ? `${site.slice(0, MAX_SITE_CHARS - 1)}…` : site;
}

/** "Internet provider · South Africa · policy dated 2021-06-30". */
export function referenceLine(reference: Pick<ReferencePolicy, 'kind' | 'country' | 'policyDate'>): string {
  const date = reference.policyDate ? `policy dated ${reference.policyDate}` : 'policy undated';
  return `${KIND_WORDS[reference.kind].label} · ${countryName(reference.country)} · ${date}`;
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
      details: `${siteOf(entry.url)} · analysed ${formatDate(entry.analysedAt)}`,
      ...(isOutdated(entry) ? { outdated: true as const } : {}),
    })),
    ...reference.map((ref) => ({
      id: ref.id,
      name: ref.name,
      source: 'reference' as const,
      grade: ref.report.score.grade,
      details: referenceLine(ref),
      kind: ref.kind,
    })),
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
