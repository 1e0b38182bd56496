import { FACT_ROWS, factCell, factLabel, formatCoverage } from '../present/facts';
import { groupRows, hasCurrentComparison, standingIn } from '../core/compare-group';
import { gradingProblem } from '../core/gradable';
import { oneLine } from '../core/title';
import { gradeWord, isUnread, withheldMessage } from '../present/grade';
import type { CategorySummary, Comparison, Evidence, PolicyReport, ScorePoint } from '../core/types';
import { quoteOf } from '../present/quote';
import { notGradedWords, referenceDetails, standingSentence } from '../present/comparison-words';
import { CATEGORY_TITLES, VERDICT_WORDS, clauseCount } from '../present/labels';
import type { Residence } from '../core/checklists/residence';
import { reportChecklists } from '../present/reader-checklists';
import type { Block } from './blocks';
import { checklistBlocks } from './checklist-blocks';
import { localDay, localTime } from './filename';
import { FINDING_MARKS, findingPoints, TOP_FINDINGS_HEADING, topFindings } from '../present/top-findings';
import { verdictLine } from '../present/verdict';
/** Long evidence quotes are cut so one clause cannot fill a page. */
const MAX_QUOTE = 600;
/** Quotes per finding: a long policy's findings rest on hundreds of clauses (a 640-page PDF). */
const QUOTES_PER_FINDING = 3;

const quote = (evidence: Evidence): string => `“${quoteOf(evidence, MAX_QUOTE)}”`;

/** Score and grade, or why there is no grade: then no score either, which would read as one. */
function gradePairs(score: PolicyReport['score']): [string, string][] {
  const coverage: [string, string] = ['Coverage', `${formatCoverage(score.coverage)} of the score table is covered by the policy`];
  if (score.grade === null) return [['Grade', `${gradeWord(null)}: ${withheldMessage(score)}`], ...(isUnread(score) ? [] : [coverage])];
  return [['Score', `${score.score} / 100`], ['Grade', score.grade], coverage];
}

function headerBlocks(report: PolicyReport, generatedAt: Date): Block[] {
  const { score } = report;
  return [
    { kind: 'title', text: oneLine(report.title) || 'Untitled policy' },
    {
      kind: 'pairs',
      pairs: [
        ['Source', report.url ? oneLine(report.url) : 'Pasted text'],
        ['Analysed', `${localDay(generatedAt)} ${localTime(generatedAt).slice(0, 5)}`],
        ...gradePairs(score),
        ['Verdict', verdictLine(report, gradingProblem(report))],
      ],
    },
    ...report.warnings.map((text): Block => ({ kind: 'bullet', mark: '!', text })),
  ];
}

/** The findings that weigh most, as the popup shows them: marked by sign and word, with their points. */
function topFindingBlocks(points: ScorePoint[]): Block[] {
  const top = topFindings(points);
  if (top.length === 0) return [];
  return [
    { kind: 'heading', text: TOP_FINDINGS_HEADING },
    ...top.map((p): Block => ({ kind: 'bullet', mark: FINDING_MARKS[p.status].icon, text: `${FINDING_MARKS[p.status].word}: ${p.reason} (${findingPoints(p)})` })),
  ];
}

function reasonBlocks(points: ScorePoint[]): Block[] {
  if (points.length === 0) return [];
  return [
    { kind: 'heading', text: 'Why this score' },
    ...points.map((p): Block => ({ kind: 'bullet', mark: FINDING_MARKS[p.status].icon, text: `${p.reason} (${findingPoints(p)})` })),
  ];
}

function categoryBlocks(categories: CategorySummary[]): Block[] {
  const blocks: Block[] = [{ kind: 'heading', text: 'Category by category' }];
  for (const summary of categories) {
    blocks.push({ kind: 'subheading', text: CATEGORY_TITLES[summary.category] });
    blocks.push({
      kind: 'text',
      muted: true,
      text: `${clauseCount(summary.clauses)} about this, ${summary.negated} ruling it out.`,
    });
    if (summary.findings.length === 0) blocks.push({ kind: 'text', text: 'No findings.' });
    for (const finding of summary.findings) {
      blocks.push({ kind: 'bullet', text: finding.text });
      blocks.push(...finding.evidence.slice(0, QUOTES_PER_FINDING).map((e): Block => ({ kind: 'quote', text: quote(e) })));
      const more = finding.evidence.length - QUOTES_PER_FINDING;
      if (more > 0) blocks.push({ kind: 'text', muted: true, text: `… and ${more} more ${more === 1 ? 'clause' : 'clauses'} (all of them are in the extension).` });
    }
  }
  return blocks;
}

function factBlocks(report: PolicyReport): Block[] {
  return [
    { kind: 'heading', text: 'Facts' },
    { kind: 'pairs', pairs: FACT_ROWS.map((key): [string, string] => [factLabel(key), factCell(key, report.facts[key])]) },
  ];
}

function pdfStanding(report: PolicyReport, comparison: Comparison): string {
  const notGraded = gradingProblem(report);
  const sentence = standingSentence(standingIn(report.score.score, comparison.against, comparison.group), comparison.group, notGraded);
  return notGraded ? sentence : `${sentence} This policy ranks ${comparison.rank} of ${comparison.of} by score.`;
}

function comparisonBlocks(report: PolicyReport, comparison: Comparison | undefined): Block[] {
  // A comparison saved by an older version names no group, kinds or countries: left out.
  if (!comparison || comparison.against.length === 0 || !hasCurrentComparison(report)) return [];
  const categories = comparison.against[0]?.categories.map((c) => c.category) ?? [];
  const own = report.score.score;
  const rows = groupRows(own, comparison.against, comparison.group).map((row) => {
    if (row.self) return ['This policy', '', String(own), gradeWord(report.score.grade), ...categories.map(() => '')];
    const ref = row.reference;
    return [
      ref.name,
      referenceDetails(ref),
      String(ref.score),
      ref.grade ?? notGradedWords(ref),
      ...categories.map((c) => VERDICT_WORDS[ref.categories.find((v) => v.category === c)?.verdict ?? 'unknown']),
    ];
  });
  return [
    // Keep the heading and its explanation on the page where the table starts.
    { kind: 'heading', text: 'Compared with similar providers', keep: 150 },
    {
      kind: 'text',
      text: pdfStanding(report, comparison),
    },
    {
      kind: 'text',
      muted: true,
      text: 'Each category column says whether this policy is better, worse or the same as that reference policy, or unclear when one of them does not say.',
    },
    {
      kind: 'table',
      columns: ['Policy', 'Kind, country, policy date', 'Score', 'Grade', ...categories.map((c) => CATEGORY_TITLES[c])],
      widths: [2.4, 2.6, 1.1, 1.1, ...categories.map(() => 1.5)],
      rows,
    },
  ];
}

/** The whole report as blocks, in reading order. */
export function reportBlocks(report: PolicyReport, generatedAt: Date, residence?: Residence): Block[] {
  // A text it could not read has nothing to list: no reasons, findings, facts or checklists.
  const body = isUnread(report.score)
    ? []
    : [
        ...topFindingBlocks(report.score.points),
        ...reasonBlocks(report.score.points),
        ...categoryBlocks(report.categories),
        ...factBlocks(report),
        ...checklistBlocks(reportChecklists(report, residence)),
      ];
  return [...headerBlocks(report, generatedAt), ...body, ...comparisonBlocks(report, report.comparison)];
}
