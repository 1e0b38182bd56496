import { CATEGORIES, type Evidence, type PolicyReport } from '../core/types';
import { gradeWord } from '../present/grade';
import { CATEGORY_TITLES } from '../present/labels';
import { categoryMerit, categoryVerdicts, cellVerdicts, factMerit, gradeMerit, type CellVerdict } from './cell-verdict';
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
  /** Better, worse or the same as the first column's by the points it earns, or not stated (cell-verdict.ts). */
  verdict: CellVerdict;
}

export interface CompareRow {
  key: string;
  label: string;
  /** One cell per policy, in the order the policies were given. */
  cells: CompareCell[];
  /** True when some cell says something other than the first column. */
  differs: boolean;
}

export interface CompareSection {
  id: 'summary' | 'categories' | 'facts' | 'checklists';
  title: string;
  rows: CompareRow[];
}

/** A cell before it is compared: what it shows, and what its value is worth (null: not stated). */
export interface RawCell {
  lines: string[];
  evidence: Evidence[];
  merit: number | null;
}

const shown = (cell: Pick<RawCell, 'lines'>) => cell.lines.join('\n').toLowerCase();

/** A row whose cells are judged against its first cell, by their merits unless the verdicts are given. */
export function judgedRow(key: string, label: string, cells: RawCell[], verdicts = cellVerdicts(cells.map((cell) => cell.merit))): CompareRow {
  const first = cells[0] ? shown(cells[0]) : '';
  return {
    key,
    label,
    cells: cells.map(({ lines, evidence }, i) => ({ lines, evidence, verdict: verdicts[i]! })),
    differs: cells.some((cell) => shown(cell) !== first),
  };
}

const row = judgedRow;

function plain(text: string, merit: number | null): RawCell {
  return { lines: [text], evidence: [], merit };
}

function summaryRows(reports: PolicyReport[]): CompareRow[] {
  return [
    row('score', 'Score', reports.map((r) => plain(`${r.score.score} / 100`, r.score.score))),
    row('grade', 'Grade', reports.map((r) => plain(gradeWord(r.score.grade), gradeMerit(r.score.grade)))),
    // Stating more of what Policy Lens checks is better in itself: the reader learns more.
    row('coverage', 'Coverage', reports.map((r) => plain(formatCoverage(r.score.coverage), r.score.coverage))),
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
          merit: categoryMerit(report, category),
        };
      }),
      categoryVerdicts(reports, category),
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
        merit: factMerit(report, key),
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
