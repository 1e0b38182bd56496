// Builds the production extensions (as `npm run build` / `npm run build:firefox` do) and
// reads what they emit, for the tests that check the shipped manifest and code.
import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export type Target = 'chrome' | 'firefox';

/** Where WXT writes each production build (Firefox defaults to Manifest V2). */
export const BUILD_DIRS: Record<Target, string> = {
  chrome: resolve('.output/chrome-mv3'),
  firefox: resolve('.output/firefox-mv2'),
};

/** Runs `wxt build` for `target` and returns the build directory. */
export async function buildProduction(target: Target): Promise<string> {
  const args = target === 'firefox' ? ['build', '-b', 'firefox'] : ['build'];
  await run(resolve('node_modules/.bin/wxt'), args, { maxBuffer: 16 * 1024 * 1024 });
  return BUILD_DIRS[target];
}

export async function readManifest(dir: string): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
}

/** Every file under `dir` with a name ending in one of `extensions`, as paths relative to `dir`. */
export async function filesIn(dir: string, extensions: string[]): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && extensions.some((ext) => entry.name.endsWith(ext)))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

/** Width and height from a PNG's IHDR chunk; throws when the bytes are not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  const signature = '89504e470d0a1a0a';
  if (bytes.subarray(0, 8).toString('hex') !== signature || bytes.subarray(12, 16).toString('latin1') !== 'IHDR') {
    throw new Error('not a PNG');
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

export interface WebExtLintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
}

export interface WebExtLintResult {
  count: number;
  summary: { errors: number; notices: number; warnings: number };
  errors: WebExtLintMessage[];
  warnings: WebExtLintMessage[];
  notices: WebExtLintMessage[];
}

/** `web-ext lint --output json` on a build directory (Mozilla's add-on linter, as AMO runs it). */
export async function webExtLint(dir: string): Promise<WebExtLintResult> {
  const args = ['lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'];
  // web-ext exits non-zero when there are errors; the JSON is on stdout either way.
  const { stdout } = await run(resolve('node_modules/.bin/web-ext'), args, { maxBuffer: 16 * 1024 * 1024 }).catch(
    (error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }),
  );
  return JSON.parse(stdout) as WebExtLintResult;
}
