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

/** What changed between a stored previous version and the new report. */
export function changeSince(previous: PreviousVersion, report: PolicyReport): PolicyChange {
  const { added, removed } = diffClauses(
    previous.clauseTexts,
    report.clauses.map((clause) => clause.text),
  );
  return {
    since: previous.analysedAt,
    scoreBefore: previous.score,
    scoreAfter: report.score.score,
    gradeBefore: previous.grade,
    gradeAfter: report.score.grade,
    added,
    removed,
  };
}

/** What changed since `stored` was analysed, when the text is not the same. */
export function changeFrom(stored: HistoryEntry | undefined, report: PolicyReport): PolicyChange | undefined {
  return stored && stored.textHash !== report.textHash ? changeSince(previousOf(stored), report) : undefined;
}

/** Where an entry is kept: its key, and the address its page was loaded from when that is not its URL. */
export interface Place {
  key: string;
  loadedFrom?: string;
}

/**
 * The entry to store after analysing `report` at `now`, given what was stored before.
 * An unchanged text keeps the earlier `previous`, so the last real change stays visible.
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
    report,
  };
  if (!stored) return { entry: base };
  if (stored.textHash === report.textHash) {
    return { entry: stored.previous ? { ...base, previous: stored.previous } : base };
  }
  const previous = previousOf(stored);
  return { entry: { ...base, previous }, change: changeSince(previous, report) };
}

/** The part of an entry the history list shows. */
export function summaryOf(entry: HistoryEntry): HistorySummary {
  const { key, url, loadedFrom, title, analysedAt, textHash, score, grade } = entry;
  return { key, url, ...(loadedFrom ? { loadedFrom } : {}), title, analysedAt, textHash, score, grade };
}
