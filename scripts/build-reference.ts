// Analyses the bundled policies (src/data/policies/*.txt) with the same pipeline the
// extension runs and writes src/data/reference-set.json. Run: `npm run reference`. It first
// brings src/data/analyser-version.json up to date, which every report carries.

import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { clauseFingerprint } from '../src/core/fingerprint';
import type { ReferencePolicy } from '../src/core/types';
import meta from '../src/data/reference-meta.json';
import { writeAnalyserVersion } from './analyser-version';

const dataFile = (name: string) => fileURLToPath(new URL(`../src/data/${name}`, import.meta.url));
export const REFERENCE_SET_FILE = dataFile('reference-set.json');

/**
 * Each reference policy's full report, minus its clause list: the UI shows a reference's
 * findings, score and evidence, never its clause list, and the clauses would triple the size.
 */
export async function buildReferenceSet(): Promise<ReferencePolicy[]> {
  // Loaded here, not above, so that main() can write the analyser version before the pipeline reads it.
  const { analysePolicy } = await import('../src/core/analyse');
  return Object.entries(meta).map(([id, { name, kind, country }]) => {
    const content = readFileSync(dataFile(`policies/${id}.txt`), 'utf8');
    const report = analysePolicy({ kind: 'text', content, title: name });
    return { id, name, kind, country, report: { ...report, clauses: [] }, fingerprint: clauseFingerprint(report.clauses) };
  });
}

/** One policy per line: compact, yet a change shows up in a diff as the policy it touches. */
export function serialiseReferenceSet(set: ReferencePolicy[]): string {
  return `[\n${set.map((policy) => JSON.stringify(policy)).join(',\n')}\n]\n`;
}

async function main(): Promise<void> {
  console.log(`Analyser version ${writeAnalyserVersion()}.`);
  const json = serialiseReferenceSet(await buildReferenceSet());
  writeFileSync(REFERENCE_SET_FILE, json);
  console.log(`Wrote ${REFERENCE_SET_FILE} (${(json.length / 1024).toFixed(1)} KB).`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
