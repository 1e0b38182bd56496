import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CliError, EXIT } from '../../src/cli/exit-codes';
import { fetchUrl } from '../../src/cli/fetch-url';

// fetchUrl against a local server: redirects, size cap (declared and streamed), status errors.
let server: Server;
let base: string;
const limits = { timeoutMs: 5_000, maxBytes: 1_000 };

beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url === '/small') response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end('We collect data.');
    else if (request.url === '/moved') response.writeHead(301, { location: '/small' }).end();
    else if (request.url === '/declared-big') response.writeHead(200, { 'content-length': '5000' }).end('x'.repeat(5000));
    else if (request.url === '/streamed-big') {
      response.writeHead(200, { 'content-type': 'text/plain' });
      for (let i = 0; i < 10; i++) response.write('y'.repeat(300));
      response.end();
    } else response.writeHead(500).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

async function failure(path: string): Promise<CliError> {
  const error = await fetchUrl(`${base}${path}`, limits).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CliError);
  return error as CliError;
}

describe('fetchUrl', () => {
  it('follows a redirect and returns the bytes, type and final URL', async () => {
    const fetched = await fetchUrl(`${base}/moved`, limits);
    expect(new TextDecoder().decode(fetched.bytes)).toBe('We collect data.');
    expect(fetched).toMatchObject({ contentType: 'text/plain; charset=utf-8', url: `${base}/small` });
  });

  it.each([
    ['/declared-big', EXIT.unusable, /larger than/],
    ['/streamed-big', EXIT.unusable, /larger than/],
    ['/error', EXIT.unreadable, /HTTP 500/],
  ])('refuses %s with exit code %i', async (path, code, message) => {
    const error = await failure(path);
    expect(error.exitCode).toBe(code);
    expect(error.message).toMatch(message);
  });

  it('reports a refused connection as unreadable', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const error = await fetchUrl(`http://127.0.0.1:${port}/`, limits).catch((e: unknown) => e as CliError);
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).exitCode).toBe(EXIT.unreadable);
    expect((error as CliError).message).toMatch(/^Could not fetch http:\/\/127\.0\.0\.1:\d+\/: .*ECONNREFUSED/);
  });
});
