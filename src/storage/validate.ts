// The shape every entry read back from IndexedDB must have before anything uses it. An entry
// written by a bug, an older or newer version, or a damaged disk is skipped and flagged,
// never shown half: a bad date threw in the options page, a report without a score left it
// "Loading" for ever.
import { CATEGORIES, CHECKLIST_LAWS, DATA_ITEMS, PROVIDER_KINDS, RIGHTS, type FactKey } from '../core/types';
import { boolean, either, integer, listOf, nullable, number, object, oneOf, optional, string, type Check } from './check';
import type { StoredReport } from './pack';
import type { HistorySummary, PreviousVersion, VersionSummary } from './types';

/** The latest date a `Date` can hold; later (or negative) timestamps are not dates. */
const MAX_TIME = 8.64e15;

/** A letter, or `null` for a report that was not graded; older entries always have a letter. */
const grade = nullable(oneOf(['A', 'B', 'C', 'D', 'E']));
const score = number(0, 100);
const time = number(0, MAX_TIME);
const count = integer(0);

const evidence = listOf(
  either(integer(0), object({ clause: integer(0), text: string, why: optional(string), at: optional(integer(0)) }), object({ clause: integer(0), why: optional(string), at: optional(integer(0)) })),
);

const retention = object({
  kind: oneOf(['fixed', 'vague', 'indefinite']),
  periods: listOf(object({ phrase: string, subject: optional(string), cookie: optional(boolean), clause: integer(0) })),
});
const storageLocation = object({ places: listOf(string), outside: listOf(string) });

/** Retention and storage were free text before they were typed: such reports still read (and are re-analysed when opened). */
const FACT_VALUES: Record<FactKey, Check> = {
  collects: listOf(oneOf(DATA_ITEMS)),
  shares_with_third_parties: boolean,
  sells_data: boolean,
  marketing_without_consent: boolean,
  retention: either(retention, string),
  cross_border_transfer: boolean,
  storage_location: either(storageLocation, string),
  rights: listOf(oneOf(RIGHTS)),
  laws: listOf(string),
  security_measures_described: boolean,
  breach_notification: boolean,
};

const FACT_KEYS = Object.keys(FACT_VALUES) as FactKey[];

const report: Check = object({
  version: oneOf([1]),
  // Absent on reports stored before analyser versions: such a report is analysed again when its page is opened.
  analyserVersion: optional(string),
  title: string,
  url: optional(string),
  length: count,
  textHash: string,
  looksLikePolicy: boolean,
  language: string,
  warnings: listOf(string),
  clauses: listOf(
    object({
      index: count,
      text: string,
      start: count,
      end: count,
      labels: listOf(oneOf(CATEGORIES)),
      negated: boolean,
      reasons: listOf(string),
      leaning: optional(listOf(oneOf(CATEGORIES))),
    }),
  ),
  categories: listOf(
    object({
      category: oneOf(CATEGORIES),
      clauses: count,
      negated: count,
      findings: listOf(object({ text: string, evidence })),
    }),
  ),
  facts: object(Object.fromEntries(FACT_KEYS.map((key) => [key, object({ value: nullable(FACT_VALUES[key]), evidence })]))),
  score: object({
    score,
    grade,
    gradeWithheld: optional(object({ reason: oneOf(['not-english', 'thin-coverage', 'not-a-policy']), message: string })),
    coverage: number(0, 1),
    points: listOf(
      object({
        fact: oneOf(FACT_KEYS),
        points: number(),
        weight: number(),
        status: oneOf(['good', 'bad', 'neutral', 'unknown']),
        reason: string,
        evidence,
      }),
    ),
  }),
  checklists: optional(
    listOf(
      object({
        law: oneOf(CHECKLIST_LAWS),
        items: listOf(object({ id: string, article: string, status: oneOf(['addressed', 'not-found']), evidence })),
      }),
    ),
  ),
  // Kinds, countries and the group came with the 48-provider reference set; a comparison made
  // before it lacks them, and is redone (see `hasCurrentComparison`) rather than rejected.
  comparison: optional(
    object({
      rank: count,
      of: count,
      group: optional(object({ kind: nullable(oneOf(PROVIDER_KINDS)), country: nullable(string) })),
      detectedKind: optional(nullable(oneOf(PROVIDER_KINDS))),
      against: listOf(
        object({
          id: string,
          name: string,
          kind: optional(oneOf(PROVIDER_KINDS)),
          country: optional(string),
          policyDate: optional(nullable(string)),
          score,
          grade: nullable(grade),
          notGraded: optional(string),
          categories: listOf(object({ category: oneOf(CATEGORIES), verdict: oneOf(['better', 'worse', 'same', 'unknown']), reason: string })),
        }),
      ),
    }),
  ),
});

const previous: Check = object({ analysedAt: time, textHash: string, score, grade, clauseTexts: listOf(string) });

const versionFields = { textHash: string, firstSeen: time, analysedAt: time, score, grade, analyserVersion: optional(string) };

const summary: Check = object({
  key: string,
  url: string,
  loadedFrom: optional(string),
  title: string,
  analysedAt: time,
  textHash: string,
  score,
  grade,
  analyserVersion: optional(string),
  firstSeen: optional(time),
  versions: optional(listOf(object({ ...versionFields, hasReport: boolean }))),
});

/** A report with its previous version, as kept in the `reports` store. */
export interface StoredRecord {
  key: string;
  report: StoredReport;
  previous?: PreviousVersion;
}

const record: Check = object({ key: string, report, previous: optional(previous) });

/**
 * An earlier text of a policy, as kept in the `versions` store: its whole report, or, for a
 * version kept from before whole versions were, its clauses only.
 */
export interface StoredVersion extends Omit<VersionSummary, 'hasReport'> {
  key: string;
  report?: StoredReport;
  clauseTexts?: string[];
}

const version: Check = object({ key: string, ...versionFields, report: optional(report), clauseTexts: optional(listOf(string)) });

/** Every clause index a piece of evidence gives names a clause of the report. */
function evidenceProblem(stored: StoredReport): string | undefined {
  const clauses = stored.clauses.length;
  const lists = [
    ...Object.values(stored.facts).map((fact) => fact.evidence),
    ...stored.score.points.map((point) => point.evidence),
    ...stored.categories.flatMap((category) => category.findings.map((finding) => finding.evidence)),
    ...(stored.checklists ?? []).flatMap((checklist) => checklist.items.map((item) => item.evidence)),
  ];
  const indexes = lists.flat().flatMap((e) => (typeof e === 'number' ? [e] : 'text' in e ? [] : [e.clause]));
  const outside = indexes.find((i) => i >= clauses);
  return outside === undefined ? undefined : `evidence names clause ${String(outside)} of ${clauses}`;
}

/** Why `value` is not a history summary, or `undefined` when it is one. */
export function summaryProblem(value: unknown): string | undefined {
  return summary(value, 'entry');
}

/** Why `value` is not a stored report record, or `undefined` when it is one. */
export function recordProblem(value: unknown): string | undefined {
  return record(value, 'record') ?? evidenceProblem((value as StoredRecord).report);
}

/** Why `value` is not a stored version, or `undefined` when it is one. */
export function versionProblem(value: unknown): string | undefined {
  const problem = version(value, 'version');
  if (problem) return problem;
  const { report: stored, clauseTexts } = value as StoredVersion;
  if (stored) return evidenceProblem(stored);
  return clauseTexts ? undefined : 'version has neither a report nor its clauses';
}

export const isVersion = (value: unknown): value is StoredVersion => versionProblem(value) === undefined;
export const isSummary = (value: unknown): value is HistorySummary => summaryProblem(value) === undefined;
export const isRecord = (value: unknown): value is StoredRecord => recordProblem(value) === undefined;
