import { diffClauses } from '../core/diff';
import type { PolicyReport } from '../core/types';
import type { HistoryEntry, PolicyChange, PreviousVersion } from './types';

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

/**
 * The entry to store after analysing `report` at `now`, given what was stored before.
 * An unchanged text keeps the earlier `previous`, so the last real change stays visible.
 */
export function nextEntry(
  stored: HistoryEntry | undefined,
  report: PolicyReport & { url: string },
  now: number,
): { entry: HistoryEntry; change?: PolicyChange } {
  const base = { url: report.url, title: report.title, analysedAt: now, textHash: report.textHash, report };
  if (!stored) return { entry: base };
  if (stored.textHash === report.textHash) {
    return { entry: stored.previous ? { ...base, previous: stored.previous } : base };
  }
  const previous = previousOf(stored);
  return { entry: { ...base, previous }, change: changeSince(previous, report) };
}
