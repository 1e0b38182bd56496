// The evaluator against checklists written by reading the seed policies
// (test/fixtures/checklists.json): every item's status exactly, and the hand-found
// passage among the evidence of every addressed item.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analysePolicy } from '../../src/core/analyse';
import { CHECKLISTS } from '../../src/core/checklists/index';
import type { ChecklistLaw } from '../../src/core/types';

interface FixtureItem {
  status: 'addressed' | 'not-found';
  quote?: string;
}
interface Fixture {
  policy: string;
  law: ChecklistLaw;
  items: Record<string, FixtureItem>;
}

const { policies } = JSON.parse(readFileSync(new URL('../fixtures/checklists.json', import.meta.url), 'utf8')) as { policies: Fixture[] };
const policyText = (id: string) => readFileSync(new URL(`../../src/data/policies/${id}.txt`, import.meta.url), 'utf8');

describe.each(policies)('$policy under $law', ({ policy, law, items }) => {
  const [checklist] = analysePolicy({ kind: 'text', content: policyText(policy) }, { laws: [law] }).checklists;

  it('has a hand-checked answer for every item of the law, and no other', () => {
    expect(Object.keys(items).sort()).toEqual(CHECKLISTS[law].items.map((i) => i.id).sort());
  });

  it('gives every item the hand-checked status', () => {
    const got = Object.fromEntries(checklist!.items.map((i) => [i.id, i.status]));
    expect(got).toEqual(Object.fromEntries(Object.entries(items).map(([id, item]) => [id, item.status])));
  });

  it.each(Object.entries(items).filter(([, item]) => item.quote))('quotes the passage that addresses %s', (id, { quote }) => {
    const evidence = checklist!.items.find((i) => i.id === id)!.evidence.map((e) => e.text);
    expect(evidence.some((text) => text.includes(quote!))).toBe(true);
  });

  it('quotes nothing for an item it did not find', () => {
    for (const item of checklist!.items.filter((i) => i.status === 'not-found')) expect(item.evidence).toEqual([]);
  });
});
