import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/core/facts';
import type { ClassifiedClause } from '../../src/core/types';
import { clause, numbered } from './facts-helpers';

const sellsData = (clauses: ClassifiedClause[]) => extractFacts(clauses).sells_data;

describe('sellsData', () => {
  it.each([
    [['We will never sell your personal information.'], false],
    [['We do not sell or rent your data to anyone.'], false],
    [['We sell your browsing history to advertising networks.'], true],
    [['We may rent customer records to partners.'], true],
    [['We sell location data to data brokers.'], true],
    [['If we sell our business, your data passes to the buyer.'], null],
    [['We collect your name and e-mail address.'], null],
    // A plain statement of sale outweighs a denial scoped elsewhere.
    [['We will never sell or share your information for marketing purposes.', 'We sell your browsing history to advertising networks.'], true],
  ] as const)('%j → %s', (texts, expected) => {
    const fact = sellsData(numbered(texts.map((t) => clause(t, ['sharing']))));
    expect(fact.value).toBe(expected);
    if (expected !== null) expect(fact.evidence.length).toBeGreaterThan(0);
  });

  it('quotes the sale statement, not the denial, as evidence when both are present', () => {
    const fact = sellsData(numbered([clause('We never sell your data for marketing.'), clause('We sell your browsing history to advertisers.')]));
    expect(fact.evidence.map((e) => e.text)).toEqual(['We sell your browsing history to advertisers.']);
  });
});
