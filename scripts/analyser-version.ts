// Writes src/data/analyser-version.json: a short hash of everything that decides a report, so a
// stored report can tell whether today's Policy Lens would read its policy the same way.
// Run: `npx tsx scripts/analyser-version.ts` (`npm run reference` runs it first); a unit test
// fails when the file is stale. docs/analyser-version.md says what goes in and why.

import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const ANALYSER_VERSION_FILE = join(ROOT, 'src/data/analyser-version.json');

/** Runtime dependencies of src/core whose version can change what it reads out of a page. */
const CORE_DEPENDENCIES = ['@mozilla/readability'];
const VERSION_DIGITS = 12;

function typeScriptFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return typeScriptFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Relative module specifiers of `import … from`, `export … from`, `import '…'` and `import('…')`. */
const IMPORTS = /\b(?:import|export)\s[^;]*?\bfrom\s*['"](\.{1,2}\/[^'"]+)['"]|\bimport\s*['"](\.{1,2}\/[^'"]+)['"]|\bimport\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;

function resolveImport(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier);
  return [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((path) => existsSync(path) && statSync(path).isFile());
}

/** Every file the pipeline loads, found by following relative imports from its entry point (wording in src/present included). */
export function importClosure(entry: string): string[] {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!/\.tsx?$/.test(file)) continue;
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORTS)) {
      const target = resolveImport(file, (match[1] ?? match[2] ?? match[3])!);
      if (target) queue.push(target);
    }
  }
  return [...seen];
}

/** Repo-relative, `/`-separated paths: the same list on every machine. */
const repoPath = (path: string) => relative(ROOT, path).split(sep).join('/');

/**
 * What the version is made of: every src/core file, every file the pipeline imports from
 * elsewhere (the model, wording in src/present), less the version file itself; plus the
 * locked versions of the libraries src/core runs.
 */
export function analyserInputs(): { name: string; content: string }[] {
  const paths = new Set([...typeScriptFiles(join(ROOT, 'src/core')), ...importClosure(join(ROOT, 'src/core/analyse.ts')), join(ROOT, 'src/data/model.json')]);
  paths.delete(ANALYSER_VERSION_FILE);
  const files = [...paths].map((path) => ({ name: repoPath(path), content: readFileSync(path, 'utf8').replace(/\r\n/g, '\n') }));
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version?: string }> };
  const dependencies = CORE_DEPENDENCIES.map((name) => ({ name, content: lock.packages[`node_modules/${name}`]?.version ?? 'missing' }));
  return [...files, ...dependencies];
}

/** The version of a set of inputs; their order does not matter. */
export function versionOf(inputs: { name: string; content: string }[]): string {
  const hash = createHash('sha256');
  const sorted = [...inputs].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const { name, content } of sorted) hash.update(`${name}\0${content}\0`);
  return hash.digest('hex').slice(0, VERSION_DIGITS);
}

export function computeAnalyserVersion(): string {
  return versionOf(analyserInputs());
}

export function serialiseAnalyserVersion(version: string): string {
  return `${JSON.stringify({ analyserVersion: version }, null, 2)}\n`;
}

/** Writes the file when it is stale; returns the version. */
export function writeAnalyserVersion(): string {
  const version = computeAnalyserVersion();
  const json = serialiseAnalyserVersion(version);
  let current = '';
  try {
    current = readFileSync(ANALYSER_VERSION_FILE, 'utf8');
  } catch {
    // first run
  }
  if (current !== json) writeFileSync(ANALYSER_VERSION_FILE, json);
  return version;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(`Analyser version ${writeAnalyserVersion()} (${repoPath(ANALYSER_VERSION_FILE)}).`);
}
