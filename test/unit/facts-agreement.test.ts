import { describe, expect, it } from 'vitest';
import { factAgreement, goldClauseFacts, loadGoldFacts, meanAgreement, pipelineFacts, type GoldFacts } from '../../src/eval/fact-agreement';
import { extractFacts } from '../../src/core/facts';
import type { FactKey } from '../../src/core/types';

const gold = loadGoldFacts();
const ids = Object.keys(gold);

describe('factAgreement', () => {
  const sheet = (over: Partial<GoldFacts>): GoldFacts => ({ ...(gold.imqs as GoldFacts), ...over });
  const predicted = (over: Partial<GoldFacts>) => {
    const facts = extractFacts([]);
    for (const [key, value] of Object.entries(over)) (facts[key as FactKey] as { value: unknown }).value = value;
    return facts;
  };

  it.each<[Partial<GoldFacts>, Partial<GoldFacts>, FactKey, Record<string, unknown>]>([
    [{ collects: ['name', 'email'] }, { collects: ['name', 'phone', 'email'] }, 'collects', { precision: 1, recall: 2 / 3, jaccard: 2 / 3 }],
    [{ collects: null }, { collects: ['name'] }, 'collects', { precision: 0, recall: 0, jaccard: 0 }],
    [{ laws: [] }, { laws: [] }, 'laws', { precision: 1, recall: 1, jaccard: 1 }],
    [{ sells_data: false }, { sells_data: false }, 'sells_data', { agree: true }],
    [{ sells_data: null }, { sells_data: false }, 'sells_data', { agree: false }],
    [{ breach_notification: null }, { breach_notification: null }, 'breach_notification', { agree: true }],
    [{ storage_location: 'outside the EEA' }, { storage_location: 'may be outside the EEA (servers in the EU)' }, 'storage_location', { agree: true }],
    [{ storage_location: 'Canada' }, { storage_location: 'South Africa' }, 'storage_location', { agree: false }],
    [{ retention: 'emails: for a maximum of 5 years' }, { retention: 'emails retained for a maximum of 5 years' }, 'retention', { agree: true }],
    [{ retention: 'as long as needed' }, { retention: 'emails retained for a maximum of 5 years' }, 'retention', { agree: false }],
    [{ retention: 'within a maximum of ninety (90) days; a 7-year period' }, { retention: 'deleted within 90 days; 7 years for billing records' }, 'retention', { agree: true }],
    [{ retention: 'within 9 days' }, { retention: 'deleted within 90 days' }, 'retention', { agree: false }],
    // Number words read by their value: "sixty days" is 60 days, "eighteen months" 18 months.
    [{ retention: 'sixty days; eighteen months' }, { retention: 'deleted after 60 days; billing kept 18 months' }, 'retention', { agree: true }],
    [{ retention: 'fifteen days' }, { retention: 'deleted after 50 days' }, 'retention', { agree: false }],
    [{ retention: 'within 45 (forty-five) days' }, { retention: 'a 45-day grace period, then 45 days' }, 'retention', { agree: true }],
    [{ retention: 'within 45 (forty-five) days' }, { retention: 'a 40-day grace period' }, 'retention', { agree: false }],
    [{ storage_location: 'the United States and the EEA' }, { storage_location: 'mainly the USA and the European Economic Area' }, 'storage_location', { agree: true }],
    [{ storage_location: 'Germany' }, { storage_location: 'Germany, the UK and Switzerland' }, 'storage_location', { agree: true }],
    [{ storage_location: 'the EU' }, { storage_location: 'United States (its home country)' }, 'storage_location', { agree: false }],
    [{ storage_location: 'outside the EEA' }, { storage_location: 'the EEA' }, 'storage_location', { agree: false }],
    // A sheet lists places: a bare "USA" is the United States, as after "in".
    [{ storage_location: 'the United States' }, { storage_location: 'USA' }, 'storage_location', { agree: true }],
    [{ storage_location: 'the United Kingdom' }, { storage_location: 'USA' }, 'storage_location', { agree: false }],
  ])('%j against %j on %s', (p, g, key, expected) => {
    expect(factAgreement(predicted(p), sheet(g))[key]).toMatchObject(expected);
  });
});

describe('facts from gold-labelled clauses agree with the hand-read fact sheets', () => {
  const mean = meanAgreement(ids.map((id) => factAgreement(goldClauseFacts(id), gold[id] as GoldFacts)));

  it('covers the five labelled policies', () => {
    expect(ids).toEqual(['imaginet', 'imagine-ftth', 'imqs', 'i-image', 'ixanet']);
  });

  // Measured 2026-11-23 (development set, as below): collects 0.84 (imagine-ftth, a contract, implies most items only in
  // unlabelled billing clauses), every other field 1.00. Targets leave room for one miss per field.
  it.each<[FactKey, number]>([
    ['collects', 0.8],
    ['rights', 0.9],
    ['laws', 0.9],
    ['shares_with_third_parties', 0.8],
    ['sells_data', 0.8],
    ['marketing_without_consent', 0.8],
    ['retention', 0.8],
    ['cross_border_transfer', 0.8],
    ['storage_location', 0.8],
    ['security_measures_described', 0.8],
    ['breach_notification', 0.8],
  ])('%s at least %s', (key, target) => {
    expect(mean[key]).toBeGreaterThanOrEqual(target);
  });
});

describe('facts from the real pipeline (extract → segment → classify → facts) agree with the fact sheets', () => {
  const mean = meanAgreement(ids.map((id) => factAgreement(pipelineFacts(id), gold[id] as GoldFacts)));

  // Measured 2026-11-23 with the committed classifier: collects 0.80 (the contract's items
  // are missed), every other field 1.00. The rules were written while reading these five
  // policies, so these are development-set numbers, not a measure on unseen policies.
  it.each<[FactKey, number]>([
    ['collects', 0.7],
    ['rights', 0.8],
    ['laws', 0.9],
    ['shares_with_third_parties', 0.8],
    ['sells_data', 0.8],
    ['marketing_without_consent', 0.8],
    ['retention', 0.8],
    ['cross_border_transfer', 0.8],
    ['storage_location', 0.8],
    ['security_measures_described', 0.8],
    ['breach_notification', 0.8],
  ])('%s at least %s', (key, target) => {
    expect(mean[key]).toBeGreaterThanOrEqual(target);
  });
});
