// The popup must paint before the NLP and Readability load: they may only be reached by dynamic import.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from './harness';

/** The JS the popup loads before first paint: its module script and module preloads. */
async function firstPaintScripts(): Promise<{ path: string; code: string }[]> {
  const html = await readFile(join(EXTENSION_DIR, 'popup.html'), 'utf8');
  const paths = [...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="\/([^"]+\.js)"/g)].map((m) => m[1]!);
  return Promise.all(paths.map(async (path) => ({ path, code: await readFile(join(EXTENSION_DIR, path), 'utf8') })));
}

describe('popup bundle', () => {
  it('keeps the classifier and the extractor out of first paint', async () => {
    const scripts = await firstPaintScripts();
    expect(scripts.length).toBeGreaterThan(0);
    for (const { path, code } of scripts) {
      expect(code, path).not.toContain('buildNet'); // compromise
      expect(code, path).not.toContain('_grabArticle'); // Readability
    }
  });

  it('loads under 64 KB of script before first paint', async () => {
    const bytes = (await firstPaintScripts()).reduce((sum, { code }) => sum + Buffer.byteLength(code), 0);
    expect(bytes).toBeLessThan(64 * 1024);
  });
});
