import { diffClauses } from '../core/diff';
import type { PolicyReport } from '../core/types';
import type { HistoryEntry, HistorySummary, PolicyChange, PreviousVersion, VersionSummary } from './types';

function previousOf(entry: HistoryEntry): PreviousVersion {
  return {
    analysedAt: entry.analysedAt,
    textHash: entry.textHash,
    score: entry.report.score.score,
    grade: entry.report.score.grade,
    clauseTexts: entry.report.clauses.map((clause) => clause.text),
    report: entry.report,
  };
}

/** When the entry's text was first analysed; entries from before versions were kept only know their last analysis. */
const firstSeenOf = (entry: HistorySummary) => entry.firstSeen ?? entry.analysedAt;

/** The entry's current text as one of its versions. */
export function versionOf(entry: HistoryEntry): VersionSummary {
  const { textHash, analysedAt, score, grade, analyserVersion } = entry;
  return { textHash, firstSeen: firstSeenOf(entry), analysedAt, score, grade, ...(analyserVersion ? { analyserVersion } : {}), hasReport: true };
}

/** What changed between a stored previous version and the new report's text, found on `changedOn` when known. */
export function changeSince(previous: PreviousVersion, report: PolicyReport, analyserChanged = false, changedOn?: number): PolicyChange {
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
    ...(previous.report ? { facts: { before: previous.report.facts, after: report.facts } } : {}),
    ...(changedOn === undefined ? {} : { changedOn }),
  };
}

/** The change that brought the entry's current text, from its newest earlier version; `undefined` when it never changed. */
export function lastChange(entry: HistoryEntry): PolicyChange | undefined {
  const { previous } = entry;
  if (!previous) return undefined;
  const analyserChanged = previous.report !== undefined && analyserOf(previous.report) !== analyserOf(entry.report);
  return changeSince(previous, entry.report, analyserChanged, firstSeenOf(entry));
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
    facts: { before: stored.report.facts, after: report.facts },
  };
}

/** What changed since `stored` was analysed: its text, or only the analyser that read it; `undefined` when neither. */
export function changeFrom(stored: HistoryEntry | undefined, report: PolicyReport, now?: number): PolicyChange | undefined {
  if (!stored) return undefined;
  const analyserChanged = analyserOf(stored.report) !== analyserOf(report);
  if (stored.textHash !== report.textHash) return changeSince(previousOf(stored), report, analyserChanged, now);
  return analyserChanged ? readDifferently(stored, report) : undefined;
}

/** Where an entry is kept: its key, and the address its page was loaded from when that is not its URL. */
export interface Place {
  key: string;
  loadedFrom?: string;
}

/** What to store after an analysis: the entry, what changed, and the text it replaces, kept as an earlier version. */
export interface NextEntry {
  entry: HistoryEntry;
  change?: PolicyChange;
  /** The stored entry whose text the new report replaces. */
  retired?: HistoryEntry;
  /** Earlier versions past the limit, to delete from the versions store. */
  dropped?: VersionSummary[];
}

/**
 * How many earlier versions of one policy are kept. A page whose text changes on every visit
 * (a date, a rotating banner) would otherwise add a whole text each time.
 */
export const EARLIER_VERSIONS_KEPT = 20;

/** Newest first. Past the limit the oldest stays (where the policy started) and the ones just after it go. */
export function withinLimit(versions: VersionSummary[], limit = EARLIER_VERSIONS_KEPT): { kept: VersionSummary[]; dropped: VersionSummary[] } {
  if (versions.length <= limit) return { kept: versions, dropped: [] };
  return { kept: [...versions.slice(0, limit - 1), versions.at(-1)!], dropped: versions.slice(limit - 1, -1) };
}

/**
 * The entry to store after analysing `report` at `now`, given what was stored before (and,
 * when that cannot be read, the earlier versions still kept), and what changed since. An
 * unchanged text keeps its versions, so the last real change stays visible; a changed one
 * retires the stored text to the front of them. Each text hash is listed once.
 */
export function nextEntry(
  stored: HistoryEntry | undefined,
  report: PolicyReport & { url: string },
  now: number,
  place: Place = { key: report.url },
  kept: VersionSummary[] = [],
): NextEntry {
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
  const earlier = (versions: VersionSummary[]) => {
    const others = versions.filter((version) => version.textHash !== report.textHash);
    return others.length > 0 ? { versions: others } : {};
  };
  if (!stored) return { entry: { ...base, firstSeen: now, ...earlier(kept) } };
  const change = changeFrom(stored, report, now);
  // The last change of the text stays the `previous` version until the text changes again.
  if (change?.kind !== 'text') {
    const { firstSeen, versions, previous } = { ...stored, firstSeen: firstSeenOf(stored) };
    return { entry: { ...base, firstSeen, ...(versions ? { versions } : {}), ...(previous ? { previous } : {}) }, ...(change ? { change } : {}) };
  }
  const limited = withinLimit([versionOf(stored), ...(stored.versions ?? [])].filter((v) => v.textHash !== report.textHash));
  const dropped = limited.dropped.length ? { dropped: limited.dropped } : {};
  return { entry: { ...base, firstSeen: now, ...earlier(limited.kept), previous: previousOf(stored) }, change, retired: stored, ...dropped };
}

/** The part of an entry the history list shows. */
export function summaryOf(entry: HistoryEntry): HistorySummary {
  const { key, url, loadedFrom, title, analysedAt, textHash, score, grade, analyserVersion, firstSeen, versions } = entry;
  return {
    key,
    url,
    ...(loadedFrom ? { loadedFrom } : {}),
    title,
    analysedAt,
    textHash,
    score,
    grade,
    ...(analyserVersion ? { analyserVersion } : {}),
    ...(firstSeen === undefined ? {} : { firstSeen }),
    ...(versions?.length ? { versions } : {}),
  };
}
