// Facts in the words every surface uses (popup, options page, PDF, CLI): the registry's
// label and table cell for each fact, and "Not stated" for what the policy does not say.
import { FACTS, factDefinition } from '../core/facts/registry';
import type { Fact, FactKey, ScorePoint } from '../core/types';

export const NOT_STATED = 'Not stated';

/** Fact keys in the order tables show them. */
export const FACT_ROWS: readonly FactKey[] = FACTS.map((f) => f.key);

export function factLabel(key: FactKey): string {
  return factDefinition(key).label;
}

/** One fact's value as a short text: "Yes", "No", a list, a period, or "Not stated". */
export function factCell(key: FactKey, fact: Fact<unknown>): string {
  const { value } = fact;
  if (value === null || value === undefined) return NOT_STATED;
  // A report stored by an older version may hold free text where the value is now typed.
  if (typeof value === 'string') return value;
  return factDefinition(key).cell(value as never);
}

/** "72 %" for a 0–1 share. */
export function formatCoverage(coverage: number): string {
  return `${Math.round(coverage * 100)} %`;
}

/** The score lines no category card shows (security, breach notification, laws), in the table's order. */
export function pointsWithoutCategory(points: ScorePoint[]): ScorePoint[] {
  return points.filter((p) => factDefinition(p.fact).category === undefined);
}
