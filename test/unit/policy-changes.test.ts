import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analysePolicy } from '../../src/core/analyse';
import { factChanges } from '../../src/present/fact-changes';
import type { PolicyFacts } from '../../src/core/types';
import { referenceSet } from '../../src/data/reference';
import { changeWords, factChangeWords, scoreMoveWords, shortChangeWords } from '../../src/present/changes';

const KEYS = ['collects', 'shares_with_third_parties', 'sells_data', 'marketing_without_consent', 'retention', 'cross_border_transfer', 'storage_location', 'rights', 'laws', 'security_measures_described', 'breach_notification'] as const;

/** Facts that state only `values`; everything else not stated. */
function facts(values: Partial<Record<keyof PolicyFacts, unknown>> = {}): PolicyFacts {
  return Object.fromEntries(KEYS.map((key) => [key, { value: values[key] ?? null, evidence: [] }])) as unknown as PolicyFacts;
}

const wordsFor = (before: PolicyFacts, after: PolicyFacts) => factChanges(before, after).flatMap(factChangeWords);

describe('which facts changed between two versions', () => {
  it('finds nothing when every fact reads the same, even quoted from other clauses', () => {
    const retention = (clause: number) => ({ kind: 'fixed', periods: [{ phrase: 'for 5 years', clause }] });
    expect(factChanges(facts({ sells_data: false, retention: retention(3) }), facts({ sells_data: false, retention: retention(9) }))).toEqual([]);
  });

  it('says a promise never to sell is gone, and that it is worse', () => {
    const [change] = factChanges(facts({ sells_data: false }), facts());
    expect(change).toEqual({ key: 'sells_data', before: false, after: null, direction: 'worse' });
    expect(factChangeWords(change!)).toEqual(['no longer says it never sells your data']);
  });

  it('says what a policy now states, and which way its score line moved', () => {
    expect(factChanges(facts(), facts({ cross_border_transfer: true }))).toMatchObject([{ key: 'cross_border_transfer', direction: 'worse' }]);
    expect(wordsFor(facts(), facts({ cross_border_transfer: true }))).toEqual(['now may send data abroad']);
    expect(wordsFor(facts({ sells_data: true }), facts({ sells_data: false }))).toEqual(['now says it never sells your data']);
    expect(factChanges(facts({ sells_data: true }), facts({ sells_data: false }))[0]?.direction).toBe('better');
    expect(wordsFor(facts({ sells_data: false }), facts({ sells_data: true }))).toEqual(['now sells your data']);
  });

  it('says a statement that was not a promise is no longer made', () => {
    expect(wordsFor(facts({ sells_data: true }), facts())).toEqual(['no longer says it sells your data']);
    expect(wordsFor(facts({ laws: ['GDPR'] }), facts())).toEqual(['no longer names GDPR']);
  });

  it('names what a list fact adds and drops, in the table’s words', () => {
    const before = facts({ collects: ['name', 'email'], laws: ['GDPR', 'POPIA'] });
    const after = facts({ collects: ['name', 'email', 'location'], laws: ['POPIA'] });
    expect(factChanges(before, after)).toMatchObject([
      { key: 'collects', added: ['location'], removed: [] },
      { key: 'laws', added: [], removed: ['GDPR'] },
    ]);
    expect(wordsFor(before, after)).toEqual(['Data collected, now also: location', 'Laws cited, no longer: GDPR']);
  });

  it('tells apart values with the same phrase by their cells', () => {
    const before = facts({ storage_location: { places: ['Canada'], outside: [] } });
    const after = facts({ storage_location: { places: ['the United States'], outside: [] } });
    expect(wordsFor(before, after)).toEqual(['Storage location: now the United States (was Canada)']);
  });

  it('reads free-text values a report stored long ago may hold', () => {
    expect(wordsFor(facts({ retention: 'one year' }), facts({ retention: 'ten years' }))).toEqual(['now “ten years”']);
  });
});

describe('a change in words', () => {
  it('says how the score and grade moved', () => {
    expect(scoreMoveWords({ score: 84, grade: 'B' }, { score: 71, grade: 'C' })).toBe('score 84 → 71 (B → C)');
    expect(scoreMoveWords({ score: 84, grade: 'B' }, { score: 80, grade: 'B' })).toBe('score 84 → 80 (B)');
    expect(scoreMoveWords({ score: 84, grade: 'B' }, { score: 84, grade: 'B' })).toBe('score unchanged at 84 (B)');
    expect(scoreMoveWords({ score: 60, grade: 'C' }, { score: 50, grade: null })).toBe('score 60 → 50 (C → Not graded)');
  });

  it('puts worse changes first, then better, then the score', () => {
    const changes = factChanges(facts({ sells_data: true, cross_border_transfer: false }), facts({ sells_data: false, cross_border_transfer: true }));
    expect(changeWords(changes, { score: 70, grade: 'B' }, { score: 70, grade: 'B' })).toEqual([
      'now may send data abroad',
      'now says it never sells your data',
      'score unchanged at 70 (B)',
    ]);
  });

  it('shortens to a few changes for a one-line note', () => {
    const changes = factChanges(facts({ sells_data: false, laws: ['GDPR'], breach_notification: true }), facts());
    expect(shortChangeWords(changes, { score: 84, grade: 'B' }, { score: 71, grade: 'C' })).toBe(
      'no longer says it never sells your data; no longer names GDPR; 1 more; score 84 → 71 (B → C)',
    );
  });

  it('tells a real policy that dropped its promise not to sell and now sends data abroad', () => {
    const content = readFileSync(new URL('../../src/data/policies/imaginet.txt', import.meta.url), 'utf8');
    const promise = '3. We will never sell or share your information with third parties for marketing purposes.';
    expect(content).toContain(promise);
    const changed = content.replace(promise, '3. We may transfer your personal information to our service providers in the United States.');
    const [before, after] = [content, changed].map((text) => analysePolicy({ kind: 'text', content: text, url: 'https://imaginet.example/privacy' }, { reference: referenceSet }));
    const words = changeWords(factChanges(before!.facts, after!.facts), before!.score, after!.score);
    expect(words).toContain('no longer says it never sells your data');
    expect(words).toContain('now may send data abroad');
    expect(words.at(-1)).toMatch(new RegExp(`^score ${before!.score.score} → ${after!.score.score} \\(`));
    expect(after!.score.score).toBeLessThan(before!.score.score);
  });
});
