import { groupRows, standingIn, type GroupRow } from '../core/compare-group';
import { gradingProblem } from '../core/gradable';
import { oneLine } from '../core/title';
import { factLabel } from '../present/facts';
import { clauseCount } from '../present/labels';
import { isUnread, withheldMessage } from '../present/grade';
import { TOP_FINDINGS_HEADING, topFindings } from '../present/top-findings';
import { verdictLine } from '../present/verdict';
import { CATEGORIES, type CategorySummary, type Comparison, type PolicyReport, type ScorePoint, type Verdict } from '../core/types';
import { groupNoun, notGradedWords, referenceDetails, standingSentence } from '../present/comparison-words';
import { formatChecklists } from './format-checklists';
import type { Style } from './style';
import { capitalise, clean, percent, trimQuote } from './text';

const QUOTES_PER_FINDING = 1;

const STATUS_MARK: Record<ScorePoint['status'], string> = { good: '+', bad: '-', neutral: '·', unknown: '?' };

function signed(points: number): string {
  return points > 0 ? `+${points}` : String(points);
}

/** The grade, or why there is none: then no score either, which would read as one. */
function gradeLine({ score }: PolicyReport, style: Style): string {
  const coverage = `coverage ${percent(score.coverage)} of the score table`;
  if (score.grade === null) {
    const withheld = style.bold(`Not graded: ${withheldMessage(score)}`);
    return isUnread(score) ? withheld : `${withheld}  ${coverage}`;
  }
  return `${style.bold(`Score ${score.score}/100`)}  grade ${style.bold(score.grade)}  ${coverage}`;
}

function header(report: PolicyReport, style: Style): string[] {
  const lines = [
    style.bold(oneLine(clean(report.title)) || '(untitled)'),
    style.dim(`Source: ${oneLine(clean(report.url ?? '(unknown)'))}`),
    style.dim(`${report.length.toLocaleString('en')} characters, ${report.clauses.length} clauses, language: ${report.language}`),
    '',
    gradeLine(report, style),
    verdictLine(report, gradingProblem(report)),
  ];
  for (const warning of report.warnings) lines.push(style.warn(`! ${clean(warning)}`));
  return lines;
}

function paintPoint(point: ScorePoint, style: Style): string {
  const line = `  ${STATUS_MARK[point.status]} ${signed(point.points).padStart(3)}  ${clean(point.reason)}`;
  if (point.status === 'good') return style.good(line);
  if (point.status === 'bad') return style.bad(line);
  return line;
}

/** The lines that weigh most (as in the popup and the PDF), then the other facts the policy leaves unsaid. */
export function formatReasons(points: ScorePoint[], style: Style): string[] {
  const top = topFindings(points);
  const lines = ['', style.bold(TOP_FINDINGS_HEADING)];
  if (top.length === 0) lines.push('  (no scored statements found)');
  lines.push(...top.map((p) => paintPoint(p, style)));
  const unknown = points.filter((p) => p.status === 'unknown' && !top.includes(p));
  if (unknown.length > 0) lines.push(style.dim(`  ? Also not stated: ${unknown.map((p) => factLabel(p.fact).toLowerCase()).join(', ')}`));
  return lines;
}

function formatCategory(summary: CategorySummary, style: Style): string[] {
  const negated = summary.negated > 0 ? `, ${summary.negated} negated` : '';
  const lines = [`${style.bold(capitalise(summary.category))} ${style.dim(`(${clauseCount(summary.clauses)}${negated})`)}`];
  if (summary.findings.length === 0) lines.push(style.dim('  nothing found'));
  for (const finding of summary.findings) {
    lines.push(`  • ${clean(finding.text)}`);
    for (const evidence of finding.evidence.slice(0, QUOTES_PER_FINDING)) {
      lines.push(style.dim(`      “${trimQuote(evidence)}”`));
    }
  }
  return lines;
}

export function formatFindings(categories: CategorySummary[], style: Style): string[] {
  return ['', style.bold('Findings'), ...categories.flatMap((c) => formatCategory(c, style))];
}

function paintVerdict(verdict: Verdict, width: number, style: Style): string {
  const cell = verdict.padEnd(width);
  if (verdict === 'better') return style.good(cell);
  if (verdict === 'worse') return style.bad(cell);
  return verdict === 'unknown' ? style.dim(cell) : cell;
}

/** A reference's row (verdict per category) and, below it, what it is; or this policy's row. */
function comparisonRow(row: GroupRow, own: Pick<PolicyReport['score'], 'score' | 'grade'>, nameWidth: number, widths: number[], style: Style): string[] {
  if (row.self) return [style.bold(`  ${'This policy'.padEnd(nameWidth)}  ${own.grade ? `${own.score} ${own.grade}` : 'not graded'}`)];
  const ref = row.reference;
  const verdicts = CATEGORIES.map((category, i) => {
    const verdict = ref.categories.find((c) => c.category === category)?.verdict ?? 'unknown';
    return paintVerdict(verdict, widths[i]!, style);
  });
  const score = ref.grade ? `${ref.score} ${ref.grade}` : '  -';
  const line = `  ${clean(ref.name).padEnd(nameWidth)}  ${score.padEnd(5)}  ${verdicts.join('')}`.trimEnd();
  const about = ref.grade ? referenceDetails(ref) : `${referenceDetails(ref)}; ${notGradedWords(ref)}`;
  return [line, style.dim(`  ${''.padEnd(nameWidth)}  ${about}`)];
}

/** Where this policy stands in its group, then the group's references by score with this policy among them. */
export function formatComparison(
  comparison: Comparison,
  own: Pick<PolicyReport['score'], 'score' | 'grade'>,
  style: Style,
  notGraded: string | null = null,
): string[] {
  const standing = standingIn(own.score, comparison.against, comparison.group);
  const lines = ['', style.bold(`Compared with similar providers: ${standingSentence(standing, comparison.group, notGraded)}`)];
  if (!notGraded) lines.push(`  Ranked ${comparison.rank} of ${comparison.of} by score among ${groupNoun(comparison.group)} (this policy included).`);
  if (comparison.against.length === 0) return lines;
  const rows = groupRows(own.score, comparison.against, comparison.group);
  const nameWidth = Math.max(11, ...comparison.against.map((r) => clean(r.name).length));
  const widths = CATEGORIES.map((c) => Math.max(c.length, 7) + 2);
  lines.push(style.dim('  Each cell says whether this policy is better or worse than the reference in that category.'));
  lines.push(style.dim(`  ${'Reference'.padEnd(nameWidth)}  score  ${CATEGORIES.map((c, i) => c.padEnd(widths[i]!)).join('')}`.trimEnd()));
  lines.push(...rows.flatMap((row) => comparisonRow(row, own, nameWidth, widths, style)));
  const outside = comparison.against.length - (rows.length - 1);
  const are = outside === 1 ? 'policy is' : 'policies are';
  if (outside > 0) lines.push(style.dim(`  ${outside} other reference ${are} outside this group; --kind all --country all lists every one.`));
  return lines;
}

/** The human-readable summary printed by `npm run analyse`. */
export function formatReport(report: PolicyReport, style: Style): string {
  // A text it could not read has no reasons or findings to list.
  const body = isUnread(report.score) ? [] : [...formatReasons(report.score.points, style), ...formatFindings(report.categories, style)];
  const lines = [...header(report, style), ...body];
  if (report.comparison) lines.push(...formatComparison(report.comparison, report.score, style, gradingProblem(report)));
  lines.push(...formatChecklists(report.checklists, style));
  return `${lines.join('\n')}\n`;
}
