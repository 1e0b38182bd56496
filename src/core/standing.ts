// Where a policy stands among a group of references. Apart from compare-group.ts (which reads
// the provider-kind vocabulary) so the popup can say it in its first paint.
import type { ComparisonGroup, ReferenceComparison } from './types';

export const inGroup = (reference: Pick<ReferenceComparison, 'kind' | 'country'>, group: ComparisonGroup): boolean =>
  (group.kind === null || reference.kind === group.kind) && (group.country === null || reference.country === group.country);

export const rankable = (reference: ReferenceComparison, group: ComparisonGroup) => reference.grade !== null && inGroup(reference, group);

export interface Standing {
  /** 1-based, among this policy and the group's graded references; ties share a rank (1, 2, 2, 4). */
  rank: number;
  of: number;
  /** Graded references of the group that score lower than this policy. */
  better: number;
  /** Graded references in the group. */
  members: number;
}

export function standingIn(ownScore: number, against: ReferenceComparison[], group: ComparisonGroup): Standing {
  const members = against.filter((r) => rankable(r, group));
  const higher = members.filter((r) => r.score > ownScore).length;
  const better = members.filter((r) => r.score < ownScore).length;
  return { rank: higher + 1, of: members.length + 1, better, members: members.length };
}
