// The score table: one line per fact, read from the fact registry (src/core/facts/). docs/scoring.md
// explains it line by line; test/unit/fact-registry.test.ts keeps the two in step.
import type { FactDefinition, Judgement } from './facts/definition';
import { FACTS } from './facts/registry';

export type { Judgement };
export type ScoreLine = Pick<FactDefinition, 'weight' | 'category' | 'unknown' | 'judge'> & { fact: FactDefinition['key'] };

export const SCORE_TABLE: ScoreLine[] = FACTS.map(({ key, weight, category, unknown, judge }) => ({ fact: key, weight, category, unknown, judge }));

export const TOTAL_WEIGHT = SCORE_TABLE.reduce((sum, l) => sum + l.weight, 0);

export { GRADE_BANDS } from './grade-bands';
