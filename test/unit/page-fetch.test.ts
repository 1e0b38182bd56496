import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fetchPage } from '../../src/page/in-page';

// fetchPage as it runs in the tab, against a simulated network: what it makes of the answer.
const ORIGIN = 'https://isp.example';
const MB = 1024 * 1024;

/** A body of `chunks` chunks of 1 MB each, or an endless one; counts what was read. */
function body(chunks = Infinity): { stream: ReadableStream<Uint8Array>; read: () => number } {
  let sent = 0;
  const chunk = new TextEncoder().encode('We collect your name. '.repeat(50_000).slice(0, MB));
  return {
    stream: new ReadableStream({
      pull(controller) {
        if (sent >= chunks) controller.close();
        else {
          sent++;
          controller.enqueue(chunk);
        }
      },
    }),
    read: () => sent,
  };
}

beforeEach(() => {
  vi.stubGlobal('location', { origin: ORIGIN });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('fetchPage', () => {
  it('reads a page of a few megabytes whole', async () => {
    const { stream } = body(3);
    vi.stubGlobal('fetch', async () => new Response(stream, { headers: { 'content-type': 'text/html' } }));
    const page = await fetchPage(`${ORIGIN}/privacy`);
    expect(page).toMatchObject({ ok: true, url: `${ORIGIN}/privacy` });
    expect(page.html?.length).toBe(3 * MB);
  });

  it('stops reading a page that never ends, and says it is too large rather than empty', async () => {
    const { stream, read } = body();
    vi.stubGlobal('fetch', async () => new Response(stream, { headers: { 'content-type': 'text/html' } }));
    const page = await fetchPage(`${ORIGIN}/privacy`);
    expect(page).toEqual({ ok: false, url: `${ORIGIN}/privacy`, error: 'it is larger than 20 MB' });
    expect(read()).toBeLessThanOrEqual(22);
  });

  it('does not start reading a page that says it is 600 MB', async () => {
    const { stream, read } = body();
    const headers = { 'content-type': 'text/html', 'content-length': String(600 * MB) };
    vi.stubGlobal('fetch', async () => new Response(stream, { headers }));
    expect(await fetchPage(`${ORIGIN}/privacy`)).toEqual({ ok: false, url: `${ORIGIN}/privacy`, error: 'it is larger than 20 MB' });
    expect(read()).toBeLessThanOrEqual(1);
  });
});
