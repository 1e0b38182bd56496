import type { Grade, PolicyFacts, PolicyReport } from '../core/types';

/**
 * What the history list shows of one analysis. Kept in a store of its own, apart from
 * the report, so listing the history never loads a report.
 */
export interface HistorySummary {
  /**
   * The entry's key: the policy's URL, or, when the page had changed its own address
   * (`history.replaceState`) before it was read, that URL with the one it was loaded from,
   * so that no page can take the place of another URL's analysis.
   */
  key: string;
  url: string;
  /** The address the page was loaded from, when it is not `url`. */
  loadedFrom?: string;
  title: string;
  /** Epoch milliseconds of the latest analysis. */
  analysedAt: number;
  textHash: string;
  score: number;
  /** `null` when the report was not graded (see `PolicyScore.gradeWithheld`). */
  grade: Grade | null;
  /** The report's `analyserVersion`; absent for entries stored before there was one. */
  analyserVersion?: string;
  /** When this text was first analysed; absent for entries stored before versions were kept. */
  firstSeen?: number;
  /** The policy's earlier texts, newest first; absent or empty when it never changed. */
  versions?: VersionSummary[];
}

/** One earlier text of a policy (one text hash), as the history list shows it. */
export interface VersionSummary {
  textHash: string;
  /** When this text was first analysed (for a version kept from before versions were: when it was last analysed). */
  firstSeen: number;
  /** When it was last analysed. */
  analysedAt: number;
  score: number;
  grade: Grade | null;
  analyserVersion?: string;
  /**
   * False for a version kept from before Policy Lens kept whole versions: only its clauses
   * and score are known, so it can be told apart from the next but not compared side by side.
   */
  hasReport: boolean;
}

/** One version of a policy, whole: the current one or an earlier one. */
export interface PolicyVersion extends VersionSummary {
  key: string;
  report?: PolicyReport;
  clauseTexts: string[];
}

/** One analysed policy as read back from the history, whole. */
export interface HistoryEntry extends HistorySummary {
  report: PolicyReport;
  /** The newest earlier text of the policy, when it changed. */
  previous?: PreviousVersion;
}

/** A stored entry that cannot be read (written by a bug, a newer version or a damaged disk): listed only so it can be deleted. */
export interface DamagedEntry {
  key: string;
  /** Whatever could be read of it, to name it. */
  url?: string;
  title?: string;
  /** What is wrong, for the curious. */
  problem: string;
}

export interface HistoryListing {
  /** Newest first. */
  entries: HistorySummary[];
  damaged: DamagedEntry[];
}

export interface PreviousVersion {
  analysedAt: number;
  textHash: string;
  score: number;
  grade: Grade | null;
  clauseTexts: string[];
  /** Its whole report; absent for a version kept from before whole versions were. */
  report?: PolicyReport;
}

/** What changed since the last visit: the policy's text, or only how Policy Lens reads it. */
export interface PolicyChange {
  /** `text`: the policy changed. `analyser`: same text, read by a Policy Lens that reads it differently. */
  kind: 'text' | 'analyser';
  /** For a text change: Policy Lens changed too since, so part of the score's move may be its own. */
  analyserChanged?: boolean;
  since: number;
  scoreBefore: number;
  scoreAfter: number;
  gradeBefore: Grade | null;
  gradeAfter: Grade | null;
  /** Clauses added and removed (none for an `analyser` change). */
  added: string[];
  removed: string[];
  /**
   * The facts of both texts; absent when the earlier version's report was not kept. Which of
   * them changed is worked out where it is shown (src/present/fact-changes.ts), so the popup
   * loads the fact registry only when there is a change to tell.
   */
  facts?: { before: PolicyFacts; after: PolicyFacts };
  /** For a text change: when the new text was first analysed, when that is known. */
  changedOn?: number;
}

export interface History {
  /** The whole entry, or `undefined` when there is none or it cannot be read. */
  get(key: string): Promise<HistoryEntry | undefined>;
  list(): Promise<HistoryListing>;
  /**
   * Stores the report under `key` (default: its URL), over whatever was there, readable or
   * not; returns the stored entry and, if the text changed since the last visit, what changed.
   * A text it replaces is kept as an earlier version (each text hash once).
   */
  save(report: PolicyReport & { url: string }, place?: { key: string; loadedFrom?: string }): Promise<{ entry: HistoryEntry; change?: PolicyChange }>;
  /** One version of the policy under `key` by its text hash: the current one or an earlier one. */
  version(key: string, textHash: string): Promise<PolicyVersion | undefined>;
  /** Deletes the entry with all its versions. */
  delete(key: string): Promise<void>;
  clear(): Promise<void>;
}
