import { diffClauses } from '../core/diff';
import type { PolicyReport } from '../core/types';
import type { HistoryEntry, HistorySummary, PolicyChange, PreviousVersion } from './types';

function previousOf(entry: HistoryEntry): PreviousVersion {
  return {
    analysedAt: entry.analysedAt,
    textHash: entry.textHash,
    score: entry.report.score.score,
    grade: entry.report.score.grade,
    clauseTexts: entry.report.clauses.map((clause) => clause.text),
  };
}

/** What changed between a stored previous version and the new report's text. */
export function changeSince(previous: PreviousVersion, report: PolicyReport, analyserChanged = false): PolicyChange {
  const { added, removed } = diffClauses(
    previous.clauseTexts,
    report.clauses.map((clause) => clause.text),
  );
  return {
    kind: 'text',
    ...(analyserChanged ? { analyserChanged } : {}),
    since: previous.analysedAt,
    scoreBefore: previous.score,
    scoreAfter: report.score.score,
    gradeBefore: previous.grade,
    gradeAfter: report.score.grade,
    added,
    removed,
  };
}

/** Which analyser made a report: a report stored before there were versions has none, which matches no version. */
const analyserOf = (report: Pick<PolicyReport, 'analyserVersion'>) => report.analyserVersion;

/**
 * What a stored entry is worth for the page as read now: shown as it is only when the text
 * and the analyser that read it are both the same; otherwise the page is analysed again.
 */
export type StoredReading = 'none' | 'reuse' | 'text-changed' | 'analyser-changed';

export function storedReading(stored: HistoryEntry | undefined, textHash: string, analyserVersion: string): StoredReading {
  if (!stored) return 'none';
  if (stored.textHash !== textHash) return 'text-changed';
  return analyserOf(stored.report) === analyserVersion ? 'reuse' : 'analyser-changed';
}

/** Same text, read anew: how the score and grade moved. */
function readDifferently(stored: HistoryEntry, report: PolicyReport): PolicyChange {
  return {
    kind: 'analyser',
    since: stored.analysedAt,
    scoreBefore: stored.report.score.score,
    scoreAfter: report.score.score,
    gradeBefore: stored.report.score.grade,
    gradeAfter: report.score.grade,
    added: [],
    removed: [],
  };
}

/** What changed since `stored` was analysed: its text, or only the analyser that read it; `undefined` when neither. */
export function changeFrom(stored: HistoryEntry | undefined, report: PolicyReport): PolicyChange | undefined {
  if (!stored) return undefined;
  const analyserChanged = analyserOf(stored.report) !== analyserOf(report);
  if (stored.textHash !== report.textHash) return changeSince(previousOf(stored), report, analyserChanged);
  return analyserChanged ? readDifferently(stored, report) : undefined;
}

/** Where an entry is kept: its key, and the address its page was loaded from when that is not its URL. */
export interface Place {
  key: string;
  loadedFrom?: string;
}

/**
 * The entry to store after analysing `report` at `now`, given what was stored before, and
 * what changed since. An unchanged text keeps the earlier `previous`, so the last real change
 * stays visible.
 */
export function nextEntry(
  stored: HistoryEntry | undefined,
  report: PolicyReport & { url: string },
  now: number,
  place: Place = { key: report.url },
): { entry: HistoryEntry; change?: PolicyChange } {
  const base: HistoryEntry = {
    key: place.key,
    url: report.url,
    ...(place.loadedFrom ? { loadedFrom: place.loadedFrom } : {}),
    title: report.title,
    analysedAt: now,
    textHash: report.textHash,
    score: report.score.score,
    grade: report.score.grade,
    ...(report.analyserVersion ? { analyserVersion: report.analyserVersion } : {}),
    report,
  };
  if (!stored) return { entry: base };
  const change = changeFrom(stored, report);
  // The last change of the text stays the `previous` version until the text changes again.
  if (change?.kind !== 'text') {
    return { entry: stored.previous ? { ...base, previous: stored.previous } : base, ...(change ? { change } : {}) };
  }
  return { entry: { ...base, previous: previousOf(stored) }, change };
}

/** The part of an entry the history list shows. */
export function summaryOf(entry: HistoryEntry): HistorySummary {
  const { key, url, loadedFrom, title, analysedAt, textHash, score, grade, analyserVersion } = entry;
  return { key, url, ...(loadedFrom ? { loadedFrom } : {}), title, analysedAt, textHash, score, grade, ...(analyserVersion ? { analyserVersion } : {}) };
}
