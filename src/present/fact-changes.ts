// Which facts differ between two reports of the same policy, told apart by the registry's
// own table text (so a retention period quoted from another clause is not a change) and
// judged by the registry's own score lines (so "better" and "worse" mean what the score means).
import type { FactKey, PolicyFacts } from '../core/types';
import type { FactDefinition } from '../core/facts/definition';
import { FACTS } from '../core/facts/registry';

/** One fact that reads differently in the later report. A value is `null` when the policy does not state it. */
export interface FactChange {
  key: FactKey;
  before: unknown;
  after: unknown;
  /** For a fact that lists things (data collected, rights, laws): what is named now and was not, and the reverse. */
  added?: string[];
  removed?: string[];
  /** How the fact's score line moved. */
  direction: 'better' | 'worse' | 'same';
}

const valueOf = (facts: PolicyFacts, key: FactKey): unknown => facts[key]?.value ?? null;

/** The value as a table cell; a report stored by an older version may hold free text instead. */
function cellOf(definition: FactDefinition, value: unknown): string | null {
  if (value === null) return null;
  return typeof value === 'string' ? value : definition.cell(value as never);
}

/** The share of its score line a value earns: nothing when not stated (or stated as free text, as long ago). */
function pointsOf(definition: FactDefinition, value: unknown): number {
  if (value === null || typeof value === 'string') return 0;
  return definition.judge(value as never).fraction * definition.weight;
}

const isList = (value: unknown): value is string[] => Array.isArray(value);

function listDifference(before: unknown, after: unknown): Pick<FactChange, 'added' | 'removed'> {
  const was = isList(before) ? before : [];
  const now = isList(after) ? after : [];
  return { added: now.filter((item) => !was.includes(item)), removed: was.filter((item) => !now.includes(item)) };
}

/** The facts that read differently in `after` than in `before`, in the registry's order. */
export function factChanges(before: PolicyFacts, after: PolicyFacts): FactChange[] {
  return FACTS.flatMap((definition): FactChange[] => {
    const [was, now] = [valueOf(before, definition.key), valueOf(after, definition.key)];
    if (cellOf(definition, was) === cellOf(definition, now)) return [];
    const move = pointsOf(definition, now) - pointsOf(definition, was);
    const direction = move > 0 ? 'better' : move < 0 ? 'worse' : 'same';
    const lists = isList(was) || isList(now) ? listDifference(was, now) : {};
    return [{ key: definition.key, before: was, after: now, ...lists, direction }];
  });
}
