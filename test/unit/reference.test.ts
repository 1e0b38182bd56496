import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REFERENCE_SET_FILE, buildReferenceSet, serialiseReferenceSet } from '../../scripts/build-reference';
import { referenceSet } from '../../src/data/reference';
import { GRADE_BANDS } from '../../src/core/score-table';

describe('bundled reference set', () => {
  it('matches a fresh run of the pipeline over src/data/policies', async () => {
    const committed = readFileSync(REFERENCE_SET_FILE, 'utf8');
    const fresh = serialiseReferenceSet(await buildReferenceSet());
    expect(committed === fresh, 'src/data/reference-set.json is stale: run npm run reference').toBe(true);
  });

  it('holds the five corpus policies with their names and countries', () => {
    expect(referenceSet.map((r) => [r.id, r.name, r.country])).toEqual([
      ['imaginet', 'Imaginet', 'ZA'],
      ['imagine-ftth', 'Imagine', 'ZA'],
      ['imqs', 'IMQS', 'ZA'],
      ['i-image', 'i-Image IT', 'GB'],
      ['ixanet', 'ixanet', 'CA'],
    ]);
  });

  it.each(referenceSet.map((r) => [r.id, r]))('%s has a complete report', (_id, reference) => {
    const { report } = reference;
    expect(report.version).toBe(1);
    expect(report.textHash).toMatch(/^[0-9a-f]{16}$/);
    expect(report.score.score).toBeGreaterThanOrEqual(0);
    expect(report.score.score).toBeLessThanOrEqual(100);
    expect(GRADE_BANDS.map((b) => b.grade)).toContain(report.score.grade);
    expect(report.categories).toHaveLength(5);
    expect(report.comparison).toBeUndefined();
  });

  it('stays small enough to bundle', () => {
    expect(readFileSync(REFERENCE_SET_FILE, 'utf8').length).toBeLessThan(150_000);
  });
});
