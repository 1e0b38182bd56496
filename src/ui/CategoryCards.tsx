import type { PolicyReport } from '../core/types';
import { CategoryCard } from './CategoryCard';
import { SecurityCard } from './SecurityCard';

/** One card per category, then security, breaches and the law (the lines no category holds). */
export function CategoryCards({ report, class: className }: { report: Pick<PolicyReport, 'categories' | 'score'>; class?: string }) {
  return (
    <div class={className}>
      {report.categories.map((summary) => (
        <CategoryCard key={summary.category} summary={summary} />
      ))}
      <SecurityCard points={report.score.points} />
    </div>
  );
}
