// A report as stored: each piece of evidence is the index of the clause it quotes, so a
// clause's text is stored once, in `clauses`, not again for every fact, score line and
// finding it supports (a 60 KB policy made a 634 KB entry, each quote stored four times).
import type { CategorySummary, Checklist, ChecklistItemResult, Evidence, Fact, FactKey, PolicyFacts, PolicyReport, PolicyScore, ScorePoint } from '../core/types';

/**
 * A clause index; the index with why the clause was read so (category cards) and where in it
 * the fact is stated (a long clause); or, should evidence ever quote other than its clause's
 * exact text, the evidence itself.
 */
export type StoredEvidence = number | Omit<Evidence, 'text'> | Evidence;

/** The evidence without its text, which the clause list holds: a bare index when nothing else is said of it. */
function withoutText({ text: _text, ...rest }: Evidence): StoredEvidence {
  return rest.why === undefined && rest.at === undefined ? rest.clause : rest;
}

type Packed<T extends { evidence: Evidence[] }> = Omit<T, 'evidence'> & { evidence: StoredEvidence[] };

export interface StoredReport extends Omit<PolicyReport, 'facts' | 'score' | 'categories' | 'checklists'> {
  facts: Record<FactKey, Packed<Fact<unknown>>>;
  /** Absent in reports stored before the checklists existed. */
  checklists?: (Omit<Checklist, 'items'> & { items: Packed<ChecklistItemResult>[] })[];
  score: Omit<PolicyScore, 'points'> & { points: Packed<ScorePoint>[] };
  categories: (Omit<CategorySummary, 'findings'> & { findings: Packed<CategorySummary['findings'][number]>[] })[];
}

function mapFacts<From, To>(facts: { [key in FactKey]: From }, map: (fact: From) => To): Record<FactKey, To> {
  return Object.fromEntries(Object.entries(facts).map(([key, fact]) => [key, map(fact as From)])) as Record<FactKey, To>;
}

export function packReport(report: PolicyReport): StoredReport {
  const pack = <T extends { evidence: Evidence[] }>(item: T): Packed<T> => ({
    ...item,
    evidence: item.evidence.map((e) => (report.clauses[e.clause]?.text !== e.text ? e : withoutText(e))),
  });
  return {
    ...report,
    facts: mapFacts(report.facts as Record<FactKey, Fact<unknown>>, pack),
    score: { ...report.score, points: report.score.points.map(pack) },
    categories: report.categories.map((summary) => ({ ...summary, findings: summary.findings.map(pack) })),
    checklists: report.checklists.map((checklist) => ({ ...checklist, items: checklist.items.map(pack) })),
  };
}

/** The report as analysed. `stored` must have passed `isStoredReport`, so every index names a clause. */
export function unpackReport(stored: StoredReport): PolicyReport {
  const unpack = <T extends { evidence: StoredEvidence[] }>(item: T): Omit<T, 'evidence'> & { evidence: Evidence[] } => ({
    ...item,
    evidence: item.evidence.map((e) => {
      if (typeof e === 'number') return { clause: e, text: stored.clauses[e]!.text };
      return 'text' in e ? e : { ...e, text: stored.clauses[e.clause]!.text };
    }),
  });
  return {
    ...stored,
    facts: mapFacts(stored.facts, unpack) as PolicyFacts,
    score: { ...stored.score, points: stored.score.points.map(unpack) },
    categories: stored.categories.map((summary) => ({ ...summary, findings: summary.findings.map(unpack) })),
    checklists: (stored.checklists ?? []).map((checklist) => ({ ...checklist, items: checklist.items.map(unpack) })),
  };
}
