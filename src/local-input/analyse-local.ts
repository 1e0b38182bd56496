// Analyses a file or paste from the options page with the popup's analyser (the core in a
// worker) and keeps the report in the history, as the popup does with a page.
import type { AnalysisProgress } from '../core/analyse';
import { ANALYSER_VERSION } from '../core/analyser-version';
import type { PolicyReport } from '../core/types';
import type { PageAnalyser } from '../page/page-analyser';
import { storedReading } from '../storage/entry';
import type { History, PolicyChange } from '../storage/types';
import type { LocalSource } from './read-input';

export type LocalResult =
  | {
      kind: 'report';
      report: PolicyReport;
      /** Where it is kept in the history. */
      key: string;
      /** When the same text was analysed before by this same analyser: the time it was, and the report is that one. */
      fromHistory?: number;
      change?: PolicyChange;
      /** The history could not be read or written; the report is still shown. */
      storageProblem?: string;
    }
  /** Not a policy: shown as such, and not kept, so it never takes the place of a stored policy. */
  | { kind: 'not-a-policy'; title: string };

export interface AnalyseLocalOptions {
  history: History;
  analyser: PageAnalyser;
  onProgress?: (progress: AnalysisProgress) => void;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The report on `source`, reused from the history when its text was read by this analyser already. Throws what the analyser throws. */
export async function analyseLocal(source: LocalSource, { history, analyser, onProgress }: AnalyseLocalOptions): Promise<LocalResult> {
  const textHash = await analyser.textHash(source);
  let storageProblem: string | undefined;
  try {
    const stored = await history.get(source.key);
    if (stored && storedReading(stored, textHash, ANALYSER_VERSION) === 'reuse') {
      return { kind: 'report', report: stored.report, key: source.key, fromHistory: stored.analysedAt };
    }
  } catch (error) {
    storageProblem = messageOf(error);
  }
  const report = await analyser.analyse(source, onProgress);
  if (report.score.gradeWithheld?.reason === 'not-a-policy') return { kind: 'not-a-policy', title: report.title || source.title };
  try {
    const { change } = await history.save(report, { key: source.key });
    return { kind: 'report', report, key: source.key, ...(change ? { change } : {}), ...(storageProblem ? { storageProblem } : {}) };
  } catch (error) {
    return { kind: 'report', report, key: source.key, storageProblem: messageOf(error) };
  }
}
