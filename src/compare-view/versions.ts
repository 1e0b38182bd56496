// The versions of analysed policies as policies to compare: any two texts of one policy
// side by side, picked from the history list into the same selection as the picker's.
import { oneLine } from '../core/title';
import type { Grade } from '../core/types';
import { formatDate } from '../present/labels';
import type { HistorySummary, VersionSummary } from '../storage/types';
import { siteOf, type CompareChoice } from './choices';
import { versionId } from './selection-hash';

/** One text of a history entry, to compare; its report is read only once it is picked. */
export interface VersionChoice extends CompareChoice {
  version: { key: string; textHash: string };
}

/** Every text of an entry, newest first: the current one, then the earlier ones. */
export function versionsOf(entry: HistorySummary): (VersionSummary & { current: boolean })[] {
  const current = {
    textHash: entry.textHash,
    firstSeen: entry.firstSeen ?? entry.analysedAt,
    analysedAt: entry.analysedAt,
    score: entry.score,
    grade: entry.grade,
    hasReport: true,
    current: true,
  };
  return [current, ...(entry.versions ?? []).map((version) => ({ ...version, current: false }))];
}

/** Only a version with its whole report and a grade can be compared. */
export const isComparable = (version: VersionSummary): version is VersionSummary & { grade: Grade } => version.hasReport && version.grade !== null;

/** "Privacy Policy – A, version of 3 Nov 2026, 10:00 (current)". */
export function versionName(entry: HistorySummary, version: VersionSummary & { current: boolean }): string {
  const title = oneLine(entry.title) || oneLine(entry.url);
  return `${title}, version of ${formatDate(version.firstSeen)}${version.current ? ' (current)' : ''}`;
}

/** The comparable versions of every entry whose text changed. */
export function versionChoices(entries: HistorySummary[]): VersionChoice[] {
  return entries
    .filter((entry) => (entry.versions?.length ?? 0) > 0)
    .flatMap((entry) =>
      versionsOf(entry).flatMap((version) =>
        isComparable(version)
          ? [
              {
                id: versionId(entry.key, version.textHash),
                name: versionName(entry, version),
                source: 'history' as const,
                grade: version.grade,
                details: `${siteOf(entry.url)} · ${version.current ? 'current text' : 'earlier text'}`,
                version: { key: entry.key, textHash: version.textHash },
              },
            ]
          : [],
      ),
    );
}
