import type { ComponentChildren } from 'preact';
import { useId, useState } from 'preact/hooks';
import type { ComparisonGroup, PolicyReport } from '../core/types';
import { isUnread } from '../present/grade';
import { LazyComparisonPanel } from './LazyComparisonPanel';
import { lazyComponent } from './lazy';
import { WarningList } from './Notice';
import styles from './ReportView.module.css';
import { ScoreSummary } from './ScoreSummary';
import { ReaderChecklists } from './ReaderChecklists';
import { TopFindings } from './TopFindings';

/** Below the verdict and its findings, so they load after first paint. */
const CategoryCards = lazyComponent(async () => (await import('./CategoryCards')).CategoryCards);

/**
 * The whole report, verdict first: grade, verdict and the findings that weigh most, then
 * `notices` (kept below the verdict so they never push it down), warnings, one card per
 * category, the checklists and the comparison.
 */
export function ReportView({ report, notices }: { report: PolicyReport; notices?: ComponentChildren }) {
  const id = useId();
  // The kind and country chosen in the comparison, for this text only: the verdict at the top follows them.
  const [chosen, setChosen] = useState<{ textHash: string; group: ComparisonGroup } | null>(null);
  const group = chosen?.textHash === report.textHash ? chosen.group : undefined;
  // A text it could not read has no findings and no checklists: nothing in it is "not said".
  const unread = isUnread(report.score);
  return (
    <div class={styles.report}>
      <ScoreSummary report={report} group={group} />
      {!unread && <TopFindings points={report.score.points} headingClass={styles.first} />}
      {notices}
      <WarningList warnings={report.warnings} />
      {!unread && (
        <>
          <section aria-labelledby={`${id}-categories`}>
            <h2 class={styles.heading} id={`${id}-categories`}>
              What the policy says
            </h2>
            <CategoryCards report={report} class={styles.cards} />
          </section>
          <ReaderChecklists report={report} headingClass={styles.heading} />
        </>
      )}
      {report.comparison && (
        <section aria-labelledby={`${id}-comparison`}>
          <h2 class={styles.heading} id={`${id}-comparison`}>
            Compared with similar providers
          </h2>
          <LazyComparisonPanel
            key={report.textHash}
            comparison={report.comparison}
            score={report.score.score}
            notGraded={report.score.gradeWithheld?.message ?? null}
            group={group ?? report.comparison.group}
            onGroupChange={(next: ComparisonGroup) => setChosen({ textHash: report.textHash, group: next })}
          />
        </section>
      )}
    </div>
  );
}
