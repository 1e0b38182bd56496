import { CliError, EXIT } from './exit-codes';

export interface FetchedBody {
  bytes: Uint8Array;
  contentType?: string;
  /** The URL after redirects. */
  url: string;
}

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
}

function tooLarge(url: string, maxBytes: number): CliError {
  return new CliError(EXIT.unusable, `${url} is larger than ${maxBytes / 1024 / 1024} MB; refusing to read it.`);
}

/** Reads the body chunk by chunk so an oversized page is cut off, not buffered whole. */
async function readCapped(response: Response, url: string, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) throw tooLarge(url, maxBytes);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    total += chunk.value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge(url, maxBytes);
    }
    chunks.push(chunk.value);
  }
  return Buffer.concat(chunks);
}

function networkError(url: string, error: unknown, timeoutMs: number): CliError {
  if (error instanceof CliError) return error;
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return new CliError(EXIT.unreadable, `${url} did not answer within ${timeoutMs / 1000} s.`);
  }
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
  return new CliError(EXIT.unreadable, `Could not fetch ${url}: ${cause}`);
}

/** One GET the user asked for, with a timeout covering the whole body and a size cap. */
export async function fetchUrl(url: string, limits: FetchLimits): Promise<FetchedBody> {
  try {
    const response = await fetch(url, {
      signal: AbortSignal.timeout(limits.timeoutMs),
      headers: { accept: 'text/html, application/xhtml+xml, text/plain;q=0.9, */*;q=0.1' },
    });
    if (!response.ok) {
      throw new CliError(EXIT.unreadable, `Could not fetch ${url}: HTTP ${response.status} ${response.statusText}`.trim());
    }
    const bytes = await readCapped(response, url, limits.maxBytes);
    return { bytes, contentType: response.headers.get('content-type') ?? undefined, url: response.url || url };
  } catch (error) {
    throw networkError(url, error, limits.timeoutMs);
  }
}
