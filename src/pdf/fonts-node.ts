// Node only (tests, CLI): reads the same font files from node_modules.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { FontBytes } from './fonts';

export async function loadFontsFromDisk(): Promise<FontBytes> {
  const require = createRequire(import.meta.url);
  const read = async (file: string) => new Uint8Array(await readFile(require.resolve(`dejavu-fonts-ttf/ttf/${file}`)));
  const [regular, bold] = await Promise.all([read('DejaVuSans.ttf'), read('DejaVuSans-Bold.ttf')]);
  return { regular, bold };
}
