// Every fact of the fact sheet, in the order tables show them. docs/scoring.md describes
// each; test/unit/fact-registry.test.ts checks the two and the gold sheets agree.
import { breach } from './breach';
import { collects } from './collects';
import type { FactDefinition } from './definition';
import { laws } from './laws';
import { marketing } from './marketing';
import { retention } from './retention';
import { rights } from './rights';
import { security } from './security';
import { sells } from './sells';
import { shares } from './shares';
import { storage } from './storage';
import { transfer } from './transfer';
import type { FactKey } from '../types';

export const FACTS: readonly FactDefinition[] = [collects, shares, sells, marketing, retention, transfer, storage, rights, laws, security, breach];

export const FACT_KEYS: readonly FactKey[] = FACTS.map((f) => f.key);

export function factDefinition(key: FactKey): FactDefinition {
  const definition = FACTS.find((f) => f.key === key);
  if (!definition) throw new Error(`No fact ${key} in the registry`);
  return definition;
}
