import { byScore, chooseGroup, reportKind, standingIn, type GroupChoice } from './compare-group';
import { gradingProblem } from './gradable';
import { isCopyOf } from './fingerprint';
import { factDefinition } from './facts/registry';
import { capitalise } from '../present/words';
import { SCORE_TABLE, type ScoreLine } from './score-table';
import {
  CATEGORIES,
  type Category,
  type CategoryComparison,
  type Comparison,
  type PolicyFacts,
  type PolicyReport,
  type ReferenceComparison,
  type ReferencePolicy,
  type ScorePoint,
} from './types';

function phrase(fact: keyof PolicyFacts, facts: PolicyFacts): string {
  const value = facts[fact].value;
  return value === null ? fact : factDefinition(fact).phrase(value as never);
}

/** "lists 8 of your rights" after "Lists 4 of your rights" reads better as "lists 8". */
function withoutSharedTail(other: string, own: string): string {
  const a = own.split(' ');
  const b = other.split(' ');
  let shared = 0;
  while (shared < Math.min(a.length, b.length) && a[a.length - 1 - shared] === b[b.length - 1 - shared]) shared++;
  return b.length - shared >= 2 ? b.slice(0, b.length - shared).join(' ') : other;
}

interface Side {
  name: string;
  facts: PolicyFacts;
  points: Map<string, ScorePoint>;
}

const side = (name: string, report: PolicyReport): Side => ({
  name,
  facts: report.facts,
  points: new Map(report.score.points.map((p) => [p.fact, p])),
});

const stated = (s: Side, line: ScoreLine) => (s.points.get(line.fact)?.status ?? 'unknown') !== 'unknown';
const pointsOf = (s: Side, line: ScoreLine) => s.points.get(line.fact)?.points ?? 0;

function unknownReason(lines: ScoreLine[], own: Side, other: Side): string {
  const ownLine = lines.find((l) => stated(own, l));
  if (ownLine) return `${capitalise(phrase(ownLine.fact, own.facts))}; ${other.name} does not say`;
  const otherLine = lines.find((l) => stated(other, l));
  if (otherLine) return `${otherLine.unknown}; ${other.name} ${phrase(otherLine.fact, other.facts)}`;
  return `${lines[0]?.unknown ?? 'Does not say'}; nor does ${other.name}`;
}

export function compareCategory(category: Category, own: Side, other: Side): CategoryComparison {
  const lines = SCORE_TABLE.filter((l) => l.category === category);
  const common = lines.filter((l) => stated(own, l) && stated(other, l));
  if (common.length === 0) return { category, verdict: 'unknown', reason: unknownReason(lines, own, other) };
  const diff = common.reduce((sum, l) => sum + pointsOf(own, l) - pointsOf(other, l), 0);
  const verdict = diff > 0 ? 'better' : diff < 0 ? 'worse' : 'same';
  // The line that differs most explains the verdict; when none differs, the weightiest one.
  const gap = (l: ScoreLine) => Math.abs(pointsOf(own, l) - pointsOf(other, l));
  const decisive = common.reduce((best, l) => (gap(l) > gap(best) || (gap(l) === gap(best) && l.weight > best.weight) ? l : best));
  const ownPhrase = phrase(decisive.fact, own.facts);
  const otherPhrase = phrase(decisive.fact, other.facts);
  const reason =
    ownPhrase === otherPhrase
      ? `${capitalise(ownPhrase)}; ${other.name} does too`
      : `${capitalise(ownPhrase)}; ${other.name} ${withoutSharedTail(otherPhrase, ownPhrase)}`;
  return { category, verdict, reason: reason + onlyOneSays(lines, own, other) };
}

/** A line only one side states does not count, but is named so the verdict does not hide it. */
function onlyOneSays(lines: ScoreLine[], own: Side, other: Side): string {
  const line = lines.find((l) => stated(own, l) !== stated(other, l));
  if (!line) return '';
  const who = stated(own, line) ? 'this policy' : other.name;
  return ` (only ${who} says ${line.unknown.replace(/^Does not say /, '')})`;
}

/** What a comparison says about one reference besides the category verdicts. */
export function referenceEntry(reference: ReferencePolicy): Omit<ReferenceComparison, 'categories'> {
  const problem = gradingProblem(reference.report);
  return {
    id: reference.id,
    name: reference.name,
    kind: reference.kind,
    country: reference.country,
    policyDate: reference.policyDate,
    score: reference.report.score.score,
    grade: problem ? null : reference.report.score.grade,
    ...(problem ? { notGraded: problem } : {}),
  };
}

/**
 * Rank by score among this policy and the graded references of a group (the detected kind by
 * default; ties share a rank: 1, 2, 2, 4), and compare category by category with every reference.
 * A reference policy with the same text hash, or whose clauses this policy mostly contains, is
 * this policy itself: it is left out.
 */
export function comparePolicy(report: PolicyReport, reference: ReferencePolicy[], choice: GroupChoice = {}): Comparison {
  const isItself = isCopyOf(report);
  const others = reference.filter((r) => !isItself(r));
  const own = side(report.title, report);
  const against = byScore(
    others.map((r) => ({ ...referenceEntry(r), categories: CATEGORIES.map((category) => compareCategory(category, own, side(r.name, r.report))) })),
  );
  const detectedKind = reportKind(report);
  const group = chooseGroup(choice, detectedKind, against);
  const { rank, of } = standingIn(report.score.score, against, group);
  return { rank, of, group, detectedKind, against };
}
