import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import type { PolicyInput } from '../core/types';
import { toPolicyInput } from './content';
import { CliError, EXIT } from './exit-codes';
import { fetchUrl } from './fetch-url';

/** Larger than any real policy page; keeps a mistaken input from eating memory. */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

const URL_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
const CHUNK_BYTES = 64 * 1024;
/** How often an empty pipe is asked again for data. */
const PIPE_POLL_MS = 20;

function readError(path: string, error: unknown): CliError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new CliError(EXIT.unreadable, `File not found: ${path}`);
  if (code === 'EACCES' || code === 'EPERM') return new CliError(EXIT.unreadable, `Permission denied reading ${path}`);
  if (code === 'EISDIR') return new CliError(EXIT.unreadable, `${path} is a directory, not a file.`);
  return new CliError(EXIT.unreadable, `Could not read ${path}: ${(error as Error).message}`);
}

function tooLarge(what: string): CliError {
  return new CliError(EXIT.unusable, `${what} is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB; refusing to read it.`);
}

/** Collects chunks until the source ends; more than `MAX_INPUT_BYTES` is refused as soon as it arrives. */
class CappedBuffer {
  private readonly chunks: Uint8Array[] = [];
  private total = 0;

  constructor(private readonly what: string) {}

  add(chunk: Uint8Array): void {
    this.total += chunk.byteLength;
    if (this.total > MAX_INPUT_BYTES) throw tooLarge(this.what);
    this.chunks.push(chunk);
  }

  bytes(): Uint8Array {
    return Buffer.concat(this.chunks);
  }
}

async function readFileCapped(handle: FileHandle, path: string): Promise<Uint8Array> {
  const buffer = new CappedBuffer(path);
  for (;;) {
    const { bytesRead, buffer: chunk } = await handle.read(Buffer.alloc(CHUNK_BYTES), 0, CHUNK_BYTES, null);
    if (bytesRead === 0) return buffer.bytes();
    buffer.add(chunk.subarray(0, bytesRead));
  }
}

/**
 * A pipe opened without blocking: reads return nothing (EAGAIN) while its writer is quiet,
 * and end (0 bytes) once the writer has closed it, or before any writer came. It is given
 * up after `timeoutMs` with nothing new.
 */
async function readPipeCapped(handle: FileHandle, path: string, timeoutMs: number): Promise<Uint8Array> {
  const buffer = new CappedBuffer(path);
  let received = false;
  let quietSince = Date.now();
  for (;;) {
    let bytesRead = 0;
    let chunk: Buffer | undefined;
    try {
      ({ bytesRead, buffer: chunk } = await handle.read(Buffer.alloc(CHUNK_BYTES), 0, CHUNK_BYTES, null));
      if (bytesRead === 0 && received) return buffer.bytes();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
    }
    if (bytesRead > 0) {
      buffer.add(chunk!.subarray(0, bytesRead));
      received = true;
      quietSince = Date.now();
      continue;
    }
    if (Date.now() - quietSince > timeoutMs) {
      throw new CliError(EXIT.unreadable, `Nothing arrived from ${path} for ${timeoutMs / 1000} s.`);
    }
    await sleep(PIPE_POLL_MS);
  }
}

/**
 * A local file, or a named pipe (`<(command)` too), read at most to `MAX_INPUT_BYTES`.
 * Devices are refused: /dev/zero never ends, a terminal waits for typing.
 */
export async function readLocalFile(path: string, options: { timeoutMs: number }): Promise<Uint8Array> {
  let handle: FileHandle | undefined;
  try {
    // Non-blocking, so opening a pipe with no writer yet does not hang.
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const info = await handle.stat();
    if (info.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    if (info.isFIFO()) return await readPipeCapped(handle, path, options.timeoutMs);
    if (!info.isFile()) throw new CliError(EXIT.unreadable, `${path} is a device, not a file.`);
    return await readFileCapped(handle, path);
  } catch (error) {
    throw error instanceof CliError ? error : readError(path, error);
  } finally {
    await handle?.close();
  }
}

/** Standard input, read at most to `MAX_INPUT_BYTES`. */
export async function readStdinCapped(chunks: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const buffer = new CappedBuffer('The input on stdin');
  for await (const chunk of chunks) buffer.add(chunk);
  return buffer.bytes();
}

/** Reads a local file or fetches an http(s) URL and returns it as analyser input. */
export async function readInput(target: string, options: { timeoutMs: number }): Promise<PolicyInput> {
  if (URL_SCHEME.test(target)) {
    if (!/^https?:\/\//i.test(target)) throw new CliError(EXIT.usage, `Only http:// and https:// URLs can be fetched, not ${target}`);
    const fetched = await fetchUrl(target, { timeoutMs: options.timeoutMs, maxBytes: MAX_INPUT_BYTES });
    return toPolicyInput(fetched.bytes, { source: fetched.url, contentType: fetched.contentType });
  }
  return toPolicyInput(await readLocalFile(target, options), { source: target });
}
