import type { Grade, PolicyReport } from '../core/types';

/** One analysed policy as kept in the history store (IndexedDB), keyed by URL. */
export interface HistoryEntry {
  url: string;
  title: string;
  /** Epoch milliseconds of the latest analysis. */
  analysedAt: number;
  textHash: string;
  report: PolicyReport;
  /** The analysis before the latest, kept when the policy text changed. */
  previous?: PreviousVersion;
}

export interface PreviousVersion {
  analysedAt: number;
  textHash: string;
  score: number;
  grade: Grade;
  clauseTexts: string[];
}

/** What changed since the last visit, when the text hash differs. */
export interface PolicyChange {
  since: number;
  scoreBefore: number;
  scoreAfter: number;
  gradeBefore: Grade;
  gradeAfter: Grade;
  added: string[];
  removed: string[];
}

export interface History {
  get(url: string): Promise<HistoryEntry | undefined>;
  /** Newest first. */
  list(): Promise<HistoryEntry[]>;
  /** Stores the report; returns the stored entry and, if the text changed since the last visit, what changed. */
  save(report: PolicyReport & { url: string }): Promise<{ entry: HistoryEntry; change?: PolicyChange }>;
  delete(url: string): Promise<void>;
  clear(): Promise<void>;
}
