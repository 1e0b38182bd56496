// What every fact is made of: its typed value, how it is read from a policy, its
// names and phrases in plain words, and its line of the score table. One module per
// fact (src/core/facts/<fact>.ts) fills this in; registry.ts lists them.
import type { Statement } from '../statements/extract';
import type { Category, ClassifiedClause, Fact, FactKey, PolicyFacts } from '../types';

/** What a fact is read from: the classified clauses and the statements each makes. */
export interface FactInput {
  clauses: ClassifiedClause[];
  /** The statements of each clause, by clause index. */
  statements: Map<number, Statement[]>;
  /** The heading each clause sits under, by clause index ('' when none). */
  headings: Map<number, string>;
}

export type FactValue<K extends FactKey> = NonNullable<PolicyFacts[K]['value']>;

/** `fraction` of the line's weight, from −1 (worst) to +1 (best), with the reason in words. */
export interface Judgement {
  fraction: number;
  reason: string;
}

export interface FactDefinition<K extends FactKey = FactKey> {
  key: K;
  /** Its name in tables: "Sells data". */
  label: string;
  /** The words that state it: a clause too long to quote whole is quoted around the first of them. */
  cue: RegExp;
  extract: (input: FactInput) => Fact<FactValue<K>>;
  /** Its score line (docs/scoring.md). */
  weight: number;
  /** The report category it belongs to, for findings and comparisons (none for security and law). */
  category?: Category;
  /** The reason shown when the policy does not say; the line then counts for nothing either way. */
  unknown: string;
  judge: (value: FactValue<K>) => Judgement;
  /** How a stated value reads after a provider's name: "sells your data". */
  phrase: (value: FactValue<K>) => string;
  /** The value in a table cell: "Yes", "name, e-mail address", "for 45 days". */
  cell: (value: FactValue<K>) => string;
}

/** Keeps each fact's value type checked where it is written, then lists them under one type. */
export const defineFact = <K extends FactKey>(definition: FactDefinition<K>): FactDefinition => definition as unknown as FactDefinition;

export const yesNo = (value: boolean) => (value ? 'Yes' : 'No');
