// The fact registry, docs/scoring.md and the hand-read fact sheets must name the same facts
// with the same weights: change a fact in one place and this says where else to look.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FACTS, FACT_KEYS } from '../../src/core/facts/registry';
import { TOTAL_WEIGHT } from '../../src/core/score-table';

const read = (path: string) => readFileSync(fileURLToPath(new URL(`../../${path}`, import.meta.url)), 'utf8');
const scoringDoc = read('docs/scoring.md');

/** The rows of the markdown table that follows `heading`, as cells. */
function tableAfter(heading: string): string[][] {
  const section = scoringDoc.slice(scoringDoc.indexOf(heading));
  const lines = section.split('\n').filter((line) => line.startsWith('|'));
  const table: string[][] = [];
  for (const line of lines.slice(2)) {
    table.push(line.split('|').slice(1, -1).map((cell) => cell.trim()));
    const next = section.split('\n')[section.split('\n').indexOf(line) + 1] ?? '';
    if (!next.startsWith('|')) break;
  }
  return table;
}

const keyOf = (cell: string | undefined) => cell?.replace(/`/g, '') ?? '';
const SHEET_FIELDS_BESIDES_FACTS = ['name', 'kind', 'country', 'notes'];

describe('the fact registry', () => {
  it('has one module per fact, each with its own label', () => {
    expect(new Set(FACT_KEYS).size).toBe(FACTS.length);
    expect(new Set(FACTS.map((f) => f.label)).size).toBe(FACTS.length);
  });

  it('lists the facts docs/scoring.md says where they come from', () => {
    expect(tableAfter('## Where the facts come from').map((row) => keyOf(row[0])).sort()).toEqual([...FACT_KEYS].sort());
  });

  it('weighs each fact as the score table in docs/scoring.md does', () => {
    const documented = Object.fromEntries(tableAfter('## The table').map((row) => [keyOf(row[0]), Number(row[1])]));
    expect(documented).toEqual(Object.fromEntries(FACTS.map((f) => [f.key, f.weight])));
    expect(scoringDoc).toContain(`Total weight: ${TOTAL_WEIGHT}.`);
  });

  it('has the fields of every hand-read fact sheet: corpus, reference, second reader, app and web-service policies alike', () => {
    const sheets: Record<string, Record<string, unknown>> = JSON.parse(read('test/fixtures/facts.json'));
    for (const dir of ['data/reference/', 'data/agreement/facts-second-reader/', 'data/app-fact-sheets/', 'data/web-fact-sheets/']) {
      for (const file of readdirSync(fileURLToPath(new URL(`../../${dir}`, import.meta.url))).filter((f) => f.endsWith('.facts.json'))) {
        for (const [id, sheet] of Object.entries(JSON.parse(read(`${dir}${file}`)) as Record<string, Record<string, unknown>>)) sheets[`${dir}${id}`] = sheet;
      }
    }
    expect(Object.keys(sheets).length).toBe(5 + 42 + 21 + 50 + 933);
    for (const [id, sheet] of Object.entries(sheets)) {
      expect({ id, fields: Object.keys(sheet).filter((k) => !SHEET_FIELDS_BESIDES_FACTS.includes(k)).sort() }).toEqual({ id, fields: [...FACT_KEYS].sort() });
    }
  });
});
