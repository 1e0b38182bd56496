// Sizes of the shipped extension (production build), raw and gzipped.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { collectPage, fetchPage } from '../src/page/in-page';
import { buildExtension } from './extension-build';
import { kb, section, table } from './section';

export interface FileSize {
  file: string;
  /** `file` without its content hash, stable from build to build. */
  name: string;
  bytes: number;
  gzip: number;
}

export interface BundleResult {
  files: FileSize[];
  /** What popup.html loads before any code runs: its script, module preloads and stylesheets. */
  popupInitial: { files: string[]; bytes: number; gzip: number };
  totalJs: { bytes: number; gzip: number };
  /** Source text of the functions `scripting.executeScript` runs in the page (as transpiled here, not minified). */
  inPageSourceBytes: number;
  /** Content scripts declared in the manifest (the extension injects on demand instead). */
  declaredContentScripts: number;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

export function fileSize(dir: string, file: string): FileSize {
  const content = readFileSync(join(dir, file));
  return { file, name: file.replace(/-[\w-]{8}(\.\w+)$/, '$1'), bytes: content.byteLength, gzip: gzipSync(content).byteLength };
}

function sum(sizes: FileSize[]): { bytes: number; gzip: number } {
  return { bytes: sizes.reduce((n, s) => n + s.bytes, 0), gzip: sizes.reduce((n, s) => n + s.gzip, 0) };
}

function popupReferences(dir: string): string[] {
  const html = readFileSync(join(dir, 'popup.html'), 'utf8');
  return [...html.matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
}

export function measureBundle(dir: string): BundleResult {
  const files = walk(dir)
    .map((path) => relative(dir, path))
    .filter((file) => /\.(js|css|html)$/.test(file))
    .map((file) => fileSize(dir, file))
    .sort((a, b) => b.bytes - a.bytes);
  const initial = popupReferences(dir).filter((file) => existsSync(join(dir, file)));
  return {
    files,
    popupInitial: { files: initial, ...sum(files.filter((f) => initial.includes(f.file))) },
    totalJs: sum(files.filter((f) => f.file.endsWith('.js'))),
    inPageSourceBytes: Buffer.byteLength(collectPage.toString() + fetchPage.toString()),
    declaredContentScripts: (JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { content_scripts?: unknown[] }).content_scripts?.length ?? 0,
  };
}

export const bundleSection = section<BundleResult>({
  id: 'bundle',
  title: 'Extension bundle (production build, chrome-mv3)',
  run: async () => measureBundle(buildExtension('production')),
  print: (result) => [
    ...table(['file', 'raw', 'gzip'], result.files.map((f) => [f.name, kb(f.bytes), kb(f.gzip)])),
    `  popup.html initial load (${result.popupInitial.files.length} files): ${kb(result.popupInitial.bytes)}, ${kb(result.popupInitial.gzip)} gzip`,
    `  all JS: ${kb(result.totalJs.bytes)}, ${kb(result.totalJs.gzip)} gzip (fonts for the PDF export not counted)`,
    `  injected into the page (collectPage + fetchPage source, unminified): ${kb(result.inPageSourceBytes)}; content scripts declared: ${result.declaredContentScripts}`,
  ],
});
