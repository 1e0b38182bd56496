import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analysePolicy } from '../../src/core/analyse';
import { comparePolicy } from '../../src/core/compare';
import { clauseFingerprint, containsPolicy, sampleFingerprint } from '../../src/core/fingerprint';
import { referenceSet } from '../../src/data/reference';
import { parseHtml } from '../../src/node/parse-html';

const page = (name: string) => readFileSync(new URL(`../fixtures/pages/${name}`, import.meta.url), 'utf8');
const clauses = (...texts: string[]) => texts.map((text) => ({ text }));
const long = (n: number) => `Clause number ${n} says something about personal information and how it is used.`;

describe('sampleFingerprint', () => {
  const hashes = [...Array(100).keys()].map((n) => `h${n}`);

  it('keeps a short fingerprint whole and spreads a long one evenly over the policy', () => {
    expect(sampleFingerprint(hashes.slice(0, 5), 32)).toEqual(hashes.slice(0, 5));
    expect(sampleFingerprint(hashes, 4)).toEqual(['h0', 'h25', 'h50', 'h75']);
  });

  it('still recognises the whole policy, and not a text holding only its first part', () => {
    const sample = sampleFingerprint(hashes, 32);
    expect(containsPolicy(new Set(hashes), sample)).toBe(true);
    expect(containsPolicy(new Set(hashes.slice(0, 50)), sample)).toBe(false);
  });

  it('keeps every shipped reference fingerprint to at most 32 hashes', () => {
    for (const reference of referenceSet) expect(reference.fingerprint?.length, reference.id).toBeLessThanOrEqual(32);
  });
});

describe('clauseFingerprint / containsPolicy', () => {
  it('ignores short clauses, case and spacing', () => {
    expect(clauseFingerprint(clauses('1.', 'Privacy Policy'))).toEqual([]);
    expect(clauseFingerprint(clauses(long(1)))).toEqual(clauseFingerprint(clauses(`  ${long(1).toUpperCase()}\n`)));
  });

  it.each([
    ['all clauses plus page furniture', [...Array(10).keys()].map(long).concat('Your cart is empty. Back to top.'), true],
    ['8 of 10 clauses', [...Array(8).keys()].map(long), true],
    ['7 of 10 clauses', [...Array(7).keys()].map(long), false],
    ['other clauses', [...Array(10).keys()].map((n) => long(n + 100)), false],
  ])('%s → %s', (_name, texts, expected) => {
    const fingerprint = clauseFingerprint(clauses(...[...Array(10).keys()].map(long)));
    expect(containsPolicy(new Set(clauseFingerprint(clauses(...texts))), fingerprint)).toBe(expected);
  });

  it('an empty fingerprint matches nothing', () => {
    expect(containsPolicy(new Set(clauseFingerprint(clauses(long(1)))), [])).toBe(false);
  });
});

describe('comparison with the reference set', () => {
  it.each([
    ['privacy.html', 'imaginet'],
    ['terms.html', 'imagine-ftth'],
    ['ixanet.html', 'ixanet'],
  ])('%s, the web page of reference policy %s, is not compared with itself', (file, id) => {
    const report = analysePolicy({ kind: 'html', content: page(file) }, { parseHtml, reference: referenceSet });
    const ids = report.comparison?.against.map((r) => r.id);
    expect(ids).not.toContain(id);
    expect(ids).toHaveLength(referenceSet.length - 1);
  });

  it('a different policy is compared with every reference policy', () => {
    // Compared directly: analysePolicy attaches no comparison to this German page, which it cannot grade.
    const report = analysePolicy({ kind: 'html', content: page('german-policy.html') }, { parseHtml });
    expect(comparePolicy(report, referenceSet).against).toHaveLength(referenceSet.length);
  });
});
