import { CATEGORIES, type Evidence, type PolicyReport } from '../core/types';
import { gradeWord } from '../present/grade';
import { CATEGORY_TITLES } from '../present/labels';
import type { CompareChoice } from './choices';
import { FACT_ROWS, factCell, factLabel, formatCoverage } from '../present/facts';

/** One policy in a side-by-side comparison, an analysed page or a bundled reference, with its report. */
export interface ComparedPolicy extends CompareChoice {
  report: PolicyReport;
}

export interface CompareCell {
  /** What the cell shows, one line each (one finding, one value). */
  lines: string[];
  /** The clauses behind the value, if any. */
  evidence: Evidence[];
  /** True when this cell says something other than most of the row. */
  differs: boolean;
}

export interface CompareRow {
  key: string;
  label: string;
  /** One cell per policy, in the order the policies were given. */
  cells: CompareCell[];
}

export interface CompareSection {
  id: 'summary' | 'categories' | 'facts' | 'checklists';
  title: string;
  rows: CompareRow[];
}

type RawCell = Omit<CompareCell, 'differs'>;

/**
 * Marks the cells that differ: nothing when all agree; otherwise every cell
 * outside the single most common value, or every cell when no value is most common.
 */
export function markDifferences(cells: RawCell[]): CompareCell[] {
  const keys = cells.map((cell) => cell.lines.join('\n').toLowerCase());
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  const sorted = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const [top, second] = sorted;
  const majority = top && (!second || top[1] > second[1]) ? top[0] : undefined;
  return cells.map((cell, i) => ({ ...cell, differs: counts.size > 1 && keys[i] !== majority }));
}

function row(key: string, label: string, cells: RawCell[]): CompareRow {
  return { key, label, cells: markDifferences(cells) };
}

function plain(text: string): RawCell {
  return { lines: [text], evidence: [] };
}

function summaryRows(reports: PolicyReport[]): CompareRow[] {
  return [
    row('score', 'Score', reports.map((r) => plain(`${r.score.score} / 100`))),
    row('grade', 'Grade', reports.map((r) => plain(gradeWord(r.score.grade)))),
    row('coverage', 'Coverage', reports.map((r) => plain(formatCoverage(r.score.coverage)))),
  ];
}

function categoryRows(reports: PolicyReport[]): CompareRow[] {
  return CATEGORIES.map((category) =>
    row(
      category,
      CATEGORY_TITLES[category],
      reports.map((report) => {
        const summary = report.categories.find((c) => c.category === category);
        const findings = summary?.findings ?? [];
        return {
          lines: findings.length > 0 ? findings.map((f) => f.text) : ['No findings'],
          evidence: findings.flatMap((f) => f.evidence),
        };
      }),
    ),
  );
}

function factRows(reports: PolicyReport[]): CompareRow[] {
  return FACT_ROWS.map((key) =>
    row(
      key,
      factLabel(key),
      reports.map((report) => ({
        lines: [factCell(key, report.facts[key])],
        evidence: report.facts[key].evidence,
      })),
    ),
  );
}

/** Lines up the policies score first, then category by category, then fact by fact. */
export function comparePolicies(policies: ComparedPolicy[]): CompareSection[] {
  const reports = policies.map((p) => p.report);
  return [
    { id: 'summary', title: 'Score', rows: summaryRows(reports) },
    { id: 'categories', title: 'Category by category', rows: categoryRows(reports) },
    { id: 'facts', title: 'Fact by fact', rows: factRows(reports) },
  ];
}
