import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checklistSections } from '../../src/compare-view/checklist-rows';
import type { ComparedPolicy } from '../../src/compare-view/compare';
import { analysePolicy } from '../../src/core/analyse';

function compared(id: string, keepClauses = true): ComparedPolicy {
  const report = analysePolicy({ kind: 'text', content: readFileSync(new URL(`../../src/data/policies/${id}.txt`, import.meta.url), 'utf8') });
  return { id, name: id, source: keepClauses ? 'history' : 'reference', report: keepClauses ? report : { ...report, clauses: [] } } as ComparedPolicy;
}

describe('checklistSections', () => {
  const imaginet = compared('imaginet');
  const iImage = compared('i-image', false);

  it('has a headline row and one row per item for each law that applies to any of the policies', () => {
    const [section] = checklistSections([imaginet, iImage]);
    expect(section!.id).toBe('checklists');
    const keys = section!.rows.map((r) => r.key);
    expect(keys.filter((k) => k.endsWith(':found'))).toEqual(['uk-gdpr:found', 'popia:found']);
    expect(keys).toHaveLength(1 + 20 + 1 + 12);
    expect(section!.rows.find((r) => r.key === 'popia:complaint')!.label).toBe('That you may complain to the Information Regulator (POPIA s18(1)(h)(v))');
  });

  it('says a law that does not apply to a policy was not checked, and judges the cells against the first', () => {
    const [section] = checklistSections([imaginet, iImage]);
    const complaint = section!.rows.find((r) => r.key === 'uk-gdpr:complaint')!;
    expect(complaint.cells.map((c) => c.lines[0])).toEqual(['Not checked for this policy', 'Says it']);
    // Not checked for the first policy counts as not saying it: the other, which says it, is better.
    expect(complaint.cells.map((c) => c.verdict)).toEqual(['not-stated', 'better']);
    expect(complaint.differs).toBe(true);
    expect(complaint.cells[1]!.evidence[0]!.text).toContain('Information Commissioner');
    const found = section!.rows.find((r) => r.key === 'popia:found')!;
    expect(found.cells[0]!.lines[0]).toMatch(/^\d+ of 12$/);
  });

  it('adds the reader’s own law for policies it can read again, not for reference reports kept without clauses', () => {
    const [section] = checklistSections([imaginet, iImage], 'ca');
    const found = section!.rows.find((r) => r.key === 'pipeda:found')!;
    expect(found.cells[0]!.lines[0]).toMatch(/^\d+ of 7$/);
    expect(found.cells[1]!.lines[0]).toBe('Not checked for this policy');
  });

  it('is empty when no law applies to any policy', () => {
    expect(checklistSections([compared('ixanet')])).toEqual([]);
  });
});
