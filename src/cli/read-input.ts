import { readFile, stat } from 'node:fs/promises';
import type { PolicyInput } from '../core/types';
import { toPolicyInput } from './content';
import { CliError, EXIT } from './exit-codes';
import { fetchUrl } from './fetch-url';

/** Larger than any real policy page; keeps a mistaken input from eating memory. */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

const URL_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

function readError(path: string, error: unknown): CliError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new CliError(EXIT.unreadable, `File not found: ${path}`);
  if (code === 'EACCES' || code === 'EPERM') return new CliError(EXIT.unreadable, `Permission denied reading ${path}`);
  if (code === 'EISDIR') return new CliError(EXIT.unreadable, `${path} is a directory, not a file.`);
  return new CliError(EXIT.unreadable, `Could not read ${path}: ${(error as Error).message}`);
}

async function readLocalFile(path: string): Promise<Uint8Array> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    if (info.size > MAX_INPUT_BYTES) {
      throw new CliError(EXIT.unusable, `${path} is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB; refusing to read it.`);
    }
    return await readFile(path);
  } catch (error) {
    throw error instanceof CliError ? error : readError(path, error);
  }
}

/** Reads a local file or fetches an http(s) URL and returns it as analyser input. */
export async function readInput(target: string, options: { timeoutMs: number }): Promise<PolicyInput> {
  if (URL_SCHEME.test(target)) {
    if (!/^https?:\/\//i.test(target)) throw new CliError(EXIT.usage, `Only http:// and https:// URLs can be fetched, not ${target}`);
    const fetched = await fetchUrl(target, { timeoutMs: options.timeoutMs, maxBytes: MAX_INPUT_BYTES });
    return toPolicyInput(fetched.bytes, { source: fetched.url, contentType: fetched.contentType });
  }
  return toPolicyInput(await readLocalFile(target), { source: target });
}
