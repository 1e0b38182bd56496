// Builds the extension for the browser benchmark (see wxt.bench.config.ts).
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WXT = fileURLToPath(new URL('../node_modules/wxt/bin/wxt.mjs', import.meta.url));

/** `production` is what ships; `e2e` also lets the extension read pages on 127.0.0.1 without a toolbar click. */
export type BuildMode = 'production' | 'e2e';

export function buildDir(mode: BuildMode): string {
  return `${ROOT}.output/bench-chrome-mv3${mode === 'production' ? '' : `-${mode}`}`;
}

/** Builds afresh every time, so the numbers are never those of stale code. Returns the output folder. */
export function buildExtension(mode: BuildMode): string {
  try {
    execFileSync(process.execPath, [WXT, 'build', '-c', 'bench/wxt.bench.config.ts', '--mode', mode], { cwd: ROOT, stdio: 'pipe' });
  } catch (error) {
    const output = String((error as { stderr?: Buffer }).stderr ?? '') + String((error as { stdout?: Buffer }).stdout ?? '');
    throw new Error(`wxt build --mode ${mode} failed:\n${output.trim().split('\n').slice(-15).join('\n')}`);
  }
  return buildDir(mode);
}

/** The Firefox e2e build where test/e2e/browsers.ts loads it (.output/firefox-mv2-e2e), afresh. */
export function buildFirefoxE2e(): void {
  execFileSync(process.execPath, [WXT, 'build', '-b', 'firefox', '--mode', 'e2e'], { cwd: ROOT, stdio: 'pipe' });
}
