// Compiles the CLI to plain JavaScript for `bin` and `npm run analyse` (run by `npm install`'s
// prepare step): no TypeScript compiler at run time. The analysis pipeline stays a separate
// chunk, loaded by run.ts's dynamic import, so --help and input errors answer without it.
import { build, type Plugin } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { chmodSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** Where `bin` and `npm run analyse` find the CLI. */
export const CLI_DIR = join(ROOT, 'dist/cli');
export const CLI_ENTRY = 'policy-lens.mjs';

// V8 parses a JSON string far faster than the same data as an object literal (the model is 2 MB).
const jsonAsString: Plugin = {
  name: 'json-as-string',
  setup(plugin) {
    plugin.onLoad({ filter: /\.json$/ }, async ({ path }) => ({
      contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(await readFile(path, 'utf8'))))});`,
      loader: 'js',
    }));
  },
};

/** Compiles src/cli/main.ts into `outdir` and returns the path of the entry file. */
export async function buildCli(outdir: string = CLI_DIR): Promise<string> {
  rmSync(outdir, { recursive: true, force: true });
  await build({
    absWorkingDir: ROOT,
    entryPoints: { 'policy-lens': 'src/cli/main.ts' },
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    minify: true,
    legalComments: 'linked',
    logLevel: 'warning',
    plugins: [jsonAsString],
    banner: { js: '#!/usr/bin/env node' },
  });
  const entry = join(outdir, CLI_ENTRY);
  chmodSync(entry, 0o755);
  return entry;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCli();
