import { useId } from 'preact/hooks';
import type { PolicyReport } from '../core/types';
import { isUnread } from '../present/grade';
import { CategoryCard } from './CategoryCard';
import { LazyComparisonPanel } from './LazyComparisonPanel';
import { WarningList } from './Notice';
import styles from './ReportView.module.css';
import { ScoreSummary } from './ScoreSummary';
import { ReaderChecklists } from './ReaderChecklists';

/** The whole report: score, warnings, one card per category, comparison. Shared by popup and options page. */
export function ReportView({ report }: { report: PolicyReport }) {
  const id = useId();
  return (
    <div class={styles.report}>
      <ScoreSummary score={report.score} />
      <WarningList warnings={report.warnings} />
      {/* A text it could not read has no findings and no checklists: nothing in it is "not said". */}
      {!isUnread(report.score) && (
        <>
          <section aria-labelledby={`${id}-categories`}>
            <h2 class={styles.heading} id={`${id}-categories`}>
              What the policy says
            </h2>
            <div class={styles.cards}>
              {report.categories.map((summary) => (
                <CategoryCard key={summary.category} summary={summary} />
              ))}
            </div>
          </section>
          <ReaderChecklists report={report} headingClass={styles.heading} />
        </>
      )}
      {report.comparison && (
        <section aria-labelledby={`${id}-comparison`}>
          <h2 class={styles.heading} id={`${id}-comparison`}>
            Compared with similar providers
          </h2>
          <LazyComparisonPanel key={report.textHash} comparison={report.comparison} score={report.score.score} notGraded={report.score.gradeWithheld?.message ?? null} />
        </section>
      )}
    </div>
  );
}
