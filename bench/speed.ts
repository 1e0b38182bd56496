// Speed of `analysePolicy` on the corpus policies and on large synthetic ones,
// next to the keyword-regex baseline timed on the same text in the same run.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analysePolicy } from '../src/core/analyse';
import type { PolicyInput } from '../src/core/types';
import { referenceSet } from '../src/data/reference';
import { parseHtml } from '../src/node/parse-html';
import { baselineAnalyse } from './baseline';
import { allHostilePages, HOSTILE_CPU_MS_PER_KB, type HostilePage } from './hostile';
import { against, fixed, kb, ms, section, table } from './section';
import { syntheticPolicy } from './synthetic';
import { measure, type TimingStats } from './timing';

const POLICIES_DIR = fileURLToPath(new URL('../src/data/policies/', import.meta.url));
const PAGES_DIR = fileURLToPath(new URL('../test/fixtures/pages/', import.meta.url));

export const SPEED_TARGETS = { largestReferenceMs: 60, oneMegabyteMs: 3000 } as const;
const SYNTHETIC_KB = [200, 500, 1024];

export interface SpeedRow {
  name: string;
  kind: 'reference' | 'page' | 'synthetic';
  bytes: number;
  analyse: TimingStats;
  msPerKb: number;
  baseline: TimingStats;
  clauses: number;
}

/** A hostile page (bench/hostile.ts), timed against the fuzz test's bound. */
export interface HostileRow {
  name: string;
  bytes: number;
  analyse: TimingStats;
  msPerKb: number;
  cpuMsPerKb: number;
}

export interface SpeedResult {
  targets: typeof SPEED_TARGETS;
  rows: SpeedRow[];
  hostile: { boundCpuMsPerKb: number; rows: HostileRow[] };
}

interface Case {
  name: string;
  kind: SpeedRow['kind'];
  input: PolicyInput;
  /** Plain text for the baseline (for a page: the raw HTML, which the baseline cannot do better with). */
  text: string;
}

function runsFor(bytes: number): { warmup: number; runs: number } {
  if (bytes > 400 * 1024) return { warmup: 1, runs: 3 };
  if (bytes > 100 * 1024) return { warmup: 1, runs: 5 };
  return { warmup: 5, runs: 21 };
}

function cases(): Case[] {
  const references = readdirSync(POLICIES_DIR)
    .filter((file) => file.endsWith('.txt'))
    .map((file): Case => {
      const text = readFileSync(`${POLICIES_DIR}${file}`, 'utf8');
      return { name: file.replace(/\.txt$/, ''), kind: 'reference', input: { kind: 'text', content: text }, text };
    });
  const pages = ['privacy.html', 'terms.html'].map((file): Case => {
    const html = readFileSync(`${PAGES_DIR}${file}`, 'utf8');
    return { name: file, kind: 'page', input: { kind: 'html', content: html }, text: html };
  });
  const synthetic = SYNTHETIC_KB.map((size): Case => {
    const text = syntheticPolicy(size * 1024);
    return { name: `synthetic ${size} KB`, kind: 'synthetic', input: { kind: 'text', content: text }, text };
  });
  return [...references.sort((a, b) => a.text.length - b.text.length), ...pages, ...synthetic];
}

function timeCase(c: Case): SpeedRow {
  const options = { parseHtml, reference: referenceSet };
  const bytes = Buffer.byteLength(c.input.content);
  const clauses = analysePolicy(c.input, options).clauses.length;
  const analyse = measure(() => analysePolicy(c.input, options), runsFor(bytes));
  const baseline = measure(() => baselineAnalyse(c.text), runsFor(bytes));
  return { name: c.name, kind: c.kind, bytes, analyse, msPerKb: analyse.medianMs / (bytes / 1024), baseline, clauses };
}

function timeHostile(page: HostilePage): HostileRow {
  const bytes = Buffer.byteLength(page.html);
  const analyse = measure(() => {
    try {
      analysePolicy({ kind: 'html', content: page.html }, { parseHtml, reference: referenceSet });
    } catch {
      // A refused page is timed like any other: the refusal is the answer.
    }
  }, { warmup: 1, runs: 3 });
  const perKb = (value: number) => value / (bytes / 1024);
  return { name: page.name, bytes, analyse, msPerKb: perKb(analyse.medianMs), cpuMsPerKb: perKb(analyse.cpuMedianMs) };
}

function printHostile(hostile: SpeedResult['hostile']): string[] {
  const rows = hostile.rows.map((r) => [
    r.name,
    kb(r.bytes),
    ms(r.analyse.medianMs),
    ms(r.analyse.cpuMedianMs),
    fixed(r.msPerKb),
    fixed(r.cpuMsPerKb),
    `< ${hostile.boundCpuMsPerKb} ${against(r.cpuMsPerKb, hostile.boundCpuMsPerKb, false)}`,
  ]);
  return [
    '',
    `Hostile pages (bench/hostile.ts): the fuzz test holds each to ${hostile.boundCpuMsPerKb} CPU ms per KB of page.`,
    ...table(['page', 'size', 'median ms', 'cpu ms', 'ms/KB', 'cpu ms/KB', 'bound'], rows),
  ];
}

function targetNote(row: SpeedRow, largestReference: string): string {
  if (row.name === largestReference) return `< ${SPEED_TARGETS.largestReferenceMs} ms ${against(row.analyse.medianMs, SPEED_TARGETS.largestReferenceMs, false)}`;
  if (row.kind === 'synthetic' && row.bytes >= 1024 * 1024) return `< ${SPEED_TARGETS.oneMegabyteMs} ms ${against(row.analyse.medianMs, SPEED_TARGETS.oneMegabyteMs, false)}`;
  return '';
}

/** CPU ms per KB of the largest synthetic input over the smallest: about 1 when the cost grows linearly. */
function linearityLine(rows: SpeedRow[]): string[] {
  const synthetic = rows.filter((r) => r.kind === 'synthetic').sort((a, b) => a.bytes - b.bytes);
  if (synthetic.length < 2) return [];
  const perKb = (r: SpeedRow) => r.analyse.cpuMedianMs / (r.bytes / 1024);
  const [small, large] = [synthetic[0]!, synthetic.at(-1)!];
  return [
    `  Linearity: CPU ms per KB is ${fixed(perKb(small))} at ${kb(small.bytes)} and ${fixed(perKb(large))} at ${kb(large.bytes)} (ratio ${fixed(perKb(large) / perKb(small))}; 1.00 = linear).`,
  ];
}

function printSpeed(result: SpeedResult): string[] {
  const references = result.rows.filter((r) => r.kind === 'reference');
  const largest = references.reduce((a, b) => (b.bytes > a.bytes ? b : a), references[0]!).name;
  const rows = result.rows.map((r) => [
    r.name,
    kb(r.bytes),
    String(r.clauses),
    `${r.analyse.runs}`,
    ms(r.analyse.medianMs),
    ms(r.analyse.p90Ms),
    ms(r.analyse.cpuMedianMs),
    fixed(r.msPerKb),
    ms(r.baseline.medianMs),
    `${Math.round(r.analyse.medianMs / Math.max(r.baseline.medianMs, 0.001))}x`,
    targetNote(r, largest),
  ]);
  return [
    'analysePolicy after warm-up (with the reference comparison; pages include HTML parsing by linkedom),',
    'next to the regex-split + keyword baseline on the same input (raw HTML for pages). Targets judge the median wall time;',
    'cpu ms (process CPU time) is the steadier figure when the machine is busy.',
    ...table(['input', 'size', 'clauses', 'runs', 'median ms', 'p90 ms', 'cpu ms', 'ms/KB', 'baseline ms', 'NLP cost', 'target'], rows),
    ...linearityLine(result.rows),
    ...printHostile(result.hostile),
  ];
}

export const speedSection = section<SpeedResult>({
  id: 'speed',
  title: 'Speed',
  run: async () => ({
    targets: SPEED_TARGETS,
    rows: cases().map(timeCase),
    hostile: { boundCpuMsPerKb: HOSTILE_CPU_MS_PER_KB, rows: allHostilePages().map(timeHostile) },
  }),
  print: printSpeed,
});
