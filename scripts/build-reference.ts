// Analyses the 48 reference policies (the 43 of data/reference/ and the five of
// src/data/policies/) with the same pipeline the extension runs and writes
// src/data/reference-set.json. Run: `npm run reference`. It first brings
// src/data/analyser-version.json up to date, which every report carries.

import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { trimQuote } from '../src/cli/text';
import { clauseFingerprint, sampleFingerprint } from '../src/core/fingerprint';
import type { Evidence, PolicyReport, ProviderKind, ReferencePolicy, ReferenceSource } from '../src/core/types';
import meta from '../src/data/reference-meta.json';
import { referencePlainText, type ReferenceIndexEntry } from '../src/eval/reference-text';
import { REFERENCE_COLLECTIONS } from '../src/present/attributions';
import { writeAnalyserVersion } from './analyser-version';

const fromHere = (path: string) => fileURLToPath(new URL(path, import.meta.url));
export const REFERENCE_SET_FILE = fromHere('../src/data/reference-set.json');
const REFERENCE_DIR = fromHere('../data/reference');

/** A shipped reference quotes at most this many clauses per finding, each cut to this length. */
export const QUOTES_PER_FINDING = 3;
export const QUOTE_CHARS = 160;
/** A checklist item ships one such quote: three for each of some 20 items per law would outweigh the rest of the report. */
export const QUOTES_PER_CHECKLIST_ITEM = 1;

/** What the build needs to know about one reference policy, wherever its text lives. */
type ReferenceInput = Omit<ReferencePolicy, 'report' | 'fingerprint'> & { text: string };

function sourceOf(repo: string, location?: string): ReferenceSource {
  const collection = REFERENCE_COLLECTIONS[repo];
  if (!collection) throw new Error(`No attribution for the reference source ${repo}: add it to REFERENCE_COLLECTIONS.`);
  return { ...collection, ...(location ? { location } : {}) };
}

function vendoredInputs(): ReferenceInput[] {
  const index = JSON.parse(readFileSync(`${REFERENCE_DIR}/index.json`, 'utf8')) as ReferenceIndexEntry[];
  return index.map((entry) => ({
    id: entry.id,
    name: entry.name,
    kind: entry.kind as ProviderKind,
    country: entry.country,
    policyDate: entry.policy_date,
    url: entry.policy_url,
    source: sourceOf(entry.source.repo, `${entry.source.repo}/${entry.source.path}@${entry.source.commit.slice(0, 12)}`),
    text: referencePlainText(entry, readFileSync(`${REFERENCE_DIR}/${entry.id}.md`, 'utf8')),
  }));
}

function seedInputs(): ReferenceInput[] {
  return Object.entries(meta).map(([id, seed]) => ({
    id,
    ...seed,
    kind: seed.kind as ProviderKind,
    url: null,
    source: sourceOf('policy-lens'),
    text: readFileSync(fromHere(`../src/data/policies/${id}.txt`), 'utf8'),
  }));
}

/** At most `QUOTES_PER_FINDING` quotes, each one line of at most `QUOTE_CHARS`; why a clause was labelled is left out. */
function shortQuotes(evidence: Evidence[], most = QUOTES_PER_FINDING): Evidence[] {
  return evidence.slice(0, most).map((e) => ({ clause: e.clause, text: trimQuote(e, QUOTE_CHARS) }));
}

/**
 * The derived report a reference ships: no clause list, no full text, a few short quotes per
 * finding and fact, one per checklist item. Score lines keep no quotes: a line's evidence is its fact's, already kept.
 */
export function shippedReport(report: PolicyReport): PolicyReport {
  const facts = Object.fromEntries(
    Object.entries(report.facts).map(([key, fact]) => [key, { ...fact, evidence: shortQuotes(fact.evidence) }]),
  ) as unknown as PolicyReport['facts'];
  return {
    ...report,
    clauses: [],
    facts,
    categories: report.categories.map((c) => ({ ...c, findings: c.findings.map((f) => ({ ...f, evidence: shortQuotes(f.evidence) })) })),
    score: { ...report.score, points: report.score.points.map((p) => ({ ...p, evidence: [] })) },
    checklists: report.checklists.map((c) => ({ ...c, items: c.items.map((item) => ({ ...item, evidence: shortQuotes(item.evidence, QUOTES_PER_CHECKLIST_ITEM) })) })),
  };
}

type Analyse = (typeof import('../src/core/analyse'))['analysePolicy'];

function analyseReference(analysePolicy: Analyse, { text, ...about }: ReferenceInput): ReferencePolicy {
  const report = analysePolicy({ kind: 'text', content: text, title: about.name, ...(about.url ? { url: about.url } : {}) });
  return { ...about, report: shippedReport(report), fingerprint: sampleFingerprint(clauseFingerprint(report.clauses)) };
}

/** Every reference policy's derived report, the vendored ones first in index order, then the five seeds. */
export async function buildReferenceSet(): Promise<ReferencePolicy[]> {
  // Loaded here, not above, so that main() can write the analyser version before the pipeline reads it.
  const { analysePolicy } = await import('../src/core/analyse');
  return [...vendoredInputs(), ...seedInputs()].map((input) => analyseReference(analysePolicy, input));
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
