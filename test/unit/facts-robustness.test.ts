import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/core/facts';
import { scorePolicy } from '../../src/core/score';
import { summariseCategories } from '../../src/core/summary';
import { CATEGORIES, type ClassifiedClause } from '../../src/core/types';

/** Small deterministic PRNG (mulberry32), so a failure can be replayed from its seed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = [
  'we', 'never', 'sell', 'share', 'your', 'data', 'outside', 'the', 'EEA', 'GDPR', 'POPI', 'Act', 'for', '5', 'years',
  'retained', 'is', 'not', 'stored', 'in', 'Canada', 'consent', 'marketing', 'access', 'delete', 'breach', 'inform',
  'encryption', 'name,', 'address,', 'e-mail', 'IP', '(', ')', '[', '.*', '\\', '“', '’', '😀', '\u0000', '\u202e', '.', ';',
];

function randomClauses(seed: number): ClassifiedClause[] {
  const next = random(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)] as T;
  return Array.from({ length: 1 + Math.floor(next() * 40) }, (_, index) => {
    const text = Array.from({ length: Math.floor(next() * 30) }, () => pick(WORDS)).join(next() < 0.5 ? ' ' : '');
    const labels = CATEGORIES.filter(() => next() < 0.3);
    return { index, text, start: 0, end: text.length, labels, negated: next() < 0.2, reasons: [] };
  });
}

describe('facts, summary and score on random clauses', () => {
  it.each(Array.from({ length: 20 }, (_, seed) => [seed]))('seed %i: no crash, scores in range, evidence points at real clauses', (seed) => {
    const clauses = randomClauses(seed);
    const facts = extractFacts(clauses);
    const score = scorePolicy(facts);
    const summary = summariseCategories(clauses, facts);
    expect(score.score).toBeGreaterThanOrEqual(0);
    expect(score.score).toBeLessThanOrEqual(100);
    expect(score.coverage).toBeGreaterThanOrEqual(0);
    expect(score.coverage).toBeLessThanOrEqual(1);
    const evidence = [...Object.values(facts).flatMap((f) => f.evidence), ...summary.flatMap((s) => s.findings.flatMap((f) => f.evidence))];
    for (const e of evidence) expect(clauses[e.clause]?.text).toBe(e.text);
    for (const s of summary) expect(s.findings.length).toBeGreaterThan(0);
  });
});
