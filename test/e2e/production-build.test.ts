import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildProduction, filesIn, pngSize, readManifest, webExtLint, type Target } from './production-build';

// The shipped manifests and code, read from real `wxt build` output rather than from
// wxt.config.ts, so whatever WXT adds or changes is checked too.

const dirs: Partial<Record<Target, string>> = {};

beforeAll(async () => {
  // One after the other: two Vite builds at once overload a 2-core machine.
  dirs.chrome = await buildProduction('chrome');
  dirs.firefox = await buildProduction('firefox');
}, 180_000);

const dirOf = (target: Target) => {
  const dir = dirs[target];
  if (!dir) throw new Error(`no ${target} build`);
  return dir;
};

const ICON_SIZES = ['16', '32', '48', '128'];

describe.each(['chrome', 'firefox'] as const)('the %s production manifest', (target) => {
  it('asks for activeTab and scripting only: no hosts, no optional permissions, no content scripts', async () => {
    const manifest = await readManifest(dirOf(target));
    expect(manifest.permissions).toEqual(['activeTab', 'scripting']);
    expect(manifest).not.toHaveProperty('host_permissions');
    expect(manifest).not.toHaveProperty('optional_permissions');
    expect(manifest).not.toHaveProperty('optional_host_permissions');
    expect(manifest).not.toHaveProperty('content_scripts');
    expect(manifest).not.toHaveProperty('web_accessible_resources');
    expect(manifest).not.toHaveProperty('externally_connectable');
  });

  it('keeps the browser’s default content security policy and names no remote URL', async () => {
    const manifest = await readManifest(dirOf(target));
    expect(manifest).not.toHaveProperty('content_security_policy');
    expect(JSON.stringify(manifest)).not.toMatch(/(?:https?|wss?|ftp):\/\/|\/\/[a-z0-9.-]+\.[a-z]{2,}/i);
  });

  it('has toolbar icons 16, 32, 48 and 128 px, as real PNGs of that size', async () => {
    const dir = dirOf(target);
    const icons = (await readManifest(dir)).icons as Record<string, string>;
    expect(Object.keys(icons).sort((a, b) => Number(a) - Number(b))).toEqual(ICON_SIZES);
    for (const [size, path] of Object.entries(icons)) {
      expect(pngSize(await readFile(join(dir, path)))).toEqual({ width: Number(size), height: Number(size) });
    }
  });
});

describe('browser-specific manifest keys', () => {
  it('Firefox declares its add-on id and that it collects no data', async () => {
    const gecko = ((await readManifest(dirOf('firefox'))).browser_specific_settings as { gecko: Record<string, unknown> }).gecko;
    expect(gecko.id).toMatch(/^[\w.-]+@[\w.-]+$/);
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it('Chrome gets no Firefox-only settings', async () => {
    expect(await readManifest(dirOf('chrome'))).not.toHaveProperty('browser_specific_settings');
  });
});

/** Ways code can be loaded from elsewhere, in built JS or HTML. */
const REMOTE_LOADS: [string, RegExp][] = [
  ['script element with a remote src', /<script[^>]*\ssrc\s*=\s*["']?(?:https?:)?\/\//i],
  ['stylesheet or preload from a remote URL', /<link[^>]*\shref\s*=\s*["']?(?:https?:)?\/\//i],
  ['import() or importScripts() of a URL', /\b(?:import|importScripts)\s*\(\s*["'`](?:https?:)?\/\//],
  ['static import from a URL', /\bfrom\s*["'`](?:https?:)?\/\//],
  ['remote src assigned in code', /\.src\s*=\s*["'`](?:https?:)?\/\//],
];

/** Ways to turn a string into code. */
const STRING_TO_CODE = /(?<![\w$.%'"])eval\b|\bnew\s+Function\b|(?<![\w$.])Function\s*\(/g;

/**
 * The string-to-code sites known in vendored code, all inside the PDF chunk (loaded only on
 * export) and from @pdf-lib/fontkit's bundled dependencies (docs/PRIVACY.md says why they
 * are harmless and why they stay):
 * - function-bind's fallback `Function('binder', …)`, used only when `Function.prototype.bind`
 *   is missing, which it never is in a browser;
 * - get-intrinsic's table entry `"%eval%": eval`, a reference to eval, not a call.
 * Under the extension pages' default CSP either would throw rather than run if ever reached.
 */
// The lazily loaded PDF chunk is named after its entry module: src/pdf/index or src/pdf/download.
const PDF_CHUNK = /^chunks\/(?:pdf|download)-[\w-]+\.js$/;
const KNOWN_VENDORED = [
  { site: 'function-bind fallback', chunk: PDF_CHUNK, context: /Function\(`binder`,`return function \(/ },
  { site: 'get-intrinsic %eval% entry', chunk: PDF_CHUNK, context: /"%eval%":eval,/ },
];

/**
 * Every warning web-ext lint gives the Firefox build, each explained in docs/PRIVACY.md;
 * a new one fails the test until it is understood and added here and there.
 */
const EXPECTED_LINT_WARNINGS = [
  // Preact's renderer: the path for `dangerouslySetInnerHTML`, which no component uses. The shared
  // chunk is named after one of its modules, which depends on what the lazy parts share.
  { code: 'UNSAFE_VAR_ASSIGNMENT', file: /^chunks\/(EvidenceQuote|jsxRuntime\.module)-[\w-]+\.js$/, message: 'Unsafe assignment to innerHTML' },
  // Readability, on the parsed copy of the page in a DOMParser document that never runs a script.
  { code: 'UNSAFE_VAR_ASSIGNMENT', file: /^chunks\/extract-html-[\w-]+\.js$/, message: 'Unsafe assignment to innerHTML' },
  { code: 'UNSAFE_VAR_ASSIGNMENT', file: /^chunks\/extract-html-[\w-]+\.js$/, message: 'Unsafe assignment to innerHTML' },
  // Readability and linkedom in the analysis worker, on a linkedom document: no browser DOM, no script ever runs, nothing is shown.
  ...Array.from({ length: 4 }, () => ({ code: 'UNSAFE_VAR_ASSIGNMENT', file: /^assets\/analysis-worker-[\w-]+\.js$/, message: 'Unsafe assignment to innerHTML' })),
  // pdf.js, loaded only to read a PDF opened under "Analyse a policy": `import(workerSrc)` for a
  // stand-in worker (never used: its bundled worker is always given) and, in its worker, `import()`
  // of an image decoder from `wasmUrl` (never set; reading text decodes no image). Either would load
  // only the extension's own files: the default content security policy allows nothing else.
  { code: 'UNSAFE_VAR_ASSIGNMENT', file: /^chunks\/pdf-text-[\w-]+\.js$/, message: 'Unsafe call to import for argument 0' },
  { code: 'UNSAFE_VAR_ASSIGNMENT', file: /^assets\/pdf-worker-[\w-]+\.js$/, message: 'Unsafe call to import for argument 0' },
  // The two string-to-code sites of KNOWN_VENDORED.
  { code: 'DANGEROUS_EVAL', file: PDF_CHUNK, message: 'The Function constructor is eval.' },
  { code: 'DANGEROUS_EVAL', file: PDF_CHUNK, message: 'eval can be harmful.' },
];

describe.each(['chrome', 'firefox'] as const)('the %s production code', (target) => {
  it('leaves out the e2e bridge that opens extension pages for tests', async () => {
    const background = await readFile(join(dirOf(target), 'background.js'), 'utf8');
    expect(background).not.toMatch(/bridge|tabs\.create/);
  });

  it('loads no script, style or module from a remote URL', async () => {
    const dir = dirOf(target);
    const found: string[] = [];
    for (const file of await filesIn(dir, ['.js', '.html', '.css'])) {
      const text = await readFile(join(dir, file), 'utf8');
      for (const [what, pattern] of REMOTE_LOADS) if (pattern.test(text)) found.push(`${file}: ${what}`);
    }
    expect(found).toEqual([]);
  });

  it('turns no string into code but at the two known, unreachable vendored sites, once each', async () => {
    const dir = dirOf(target);
    const unexpected: string[] = [];
    const vendored: string[] = [];
    for (const file of await filesIn(dir, ['.js', '.html'])) {
      const text = await readFile(join(dir, file), 'utf8');
      for (const match of text.matchAll(STRING_TO_CODE)) {
        const context = text.slice(Math.max(0, match.index - 20), match.index + 40);
        const known = KNOWN_VENDORED.find((site) => site.chunk.test(file) && site.context.test(context));
        if (known) vendored.push(known.site);
        else unexpected.push(`${file}: …${context}…`);
      }
    }
    expect(unexpected).toEqual([]);
    expect(vendored).toEqual(KNOWN_VENDORED.map((known) => known.site));
  });
});

describe('web-ext lint (Mozilla’s add-on linter) on the Firefox build', () => {
  it('reports no error or notice, and exactly the warnings explained in docs/PRIVACY.md', async () => {
    const result = await webExtLint(dirOf('firefox'));
    expect(result.errors.map((m) => `${m.code}: ${m.message}`)).toEqual([]);
    expect(result.notices.map((m) => `${m.code}: ${m.message}`)).toEqual([]);
    const unexplained = [...EXPECTED_LINT_WARNINGS];
    const surprises: string[] = [];
    for (const warning of result.warnings) {
      const at = unexplained.findIndex((known) => known.code === warning.code && known.message === warning.message && known.file.test(warning.file ?? ''));
      if (at >= 0) unexplained.splice(at, 1);
      else surprises.push(`${warning.code}: ${warning.message} (${warning.file ?? '?'})`);
    }
    expect(surprises).toEqual([]);
    expect(unexplained).toEqual([]);
    // pdf.js adds 1.6 MB to lint: about 20 s of CPU, more on a busy machine.
  }, 180_000);
});
