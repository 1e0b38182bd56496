/** Clauses that appear in one version of a policy and not the other. */
export interface ClauseDiff {
  added: string[];
  removed: string[];
}

/** Whitespace and case differences are not changes a reader would notice. */
function normalise(clause: string): string {
  return clause.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Items of `from` not matched by an item of `against`, counting repeats (a multiset difference). */
function unmatched(from: string[], against: string[]): string[] {
  const counts = new Map<string, number>();
  for (const clause of against) {
    const key = normalise(clause);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const left: string[] = [];
  for (const clause of from) {
    const key = normalise(clause);
    if (key === '') continue;
    const count = counts.get(key) ?? 0;
    if (count > 0) counts.set(key, count - 1);
    else left.push(clause);
  }
  return left;
}

/** What changed between two versions of a policy, clause by clause, in document order. */
export function diffClauses(before: string[], after: string[]): ClauseDiff {
  return { added: unmatched(after, before), removed: unmatched(before, after) };
}
