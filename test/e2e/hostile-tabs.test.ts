import { readFile } from 'node:fs/promises';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TAB_ANSWER_MS } from '../../src/page/tab';
import {
  FIXTURE_DIR,
  launchExtension,
  openPopupFor,
  saveScreenshot,
  startFixtureServer,
  type ExtensionSession,
  type FixtureServer,
} from './harness';

// Tabs that do not hold still: pages that rewrite themselves, tabs closed while the popup
// reads them, and a policy page of several megabytes.

let server: FixtureServer;
let session: ExtensionSession;
let policy: string;

/**
 * A second local server: the pages set in `complete` it serves whole; any other page starts
 * arriving and never finishes, so a tab (or a fetch) showing it stays loading until closed.
 */
let stalling: { server: Server; origin: string; open: Set<ServerResponse>; complete: Map<string, string> };

beforeAll(async () => {
  server = await startFixtureServer();
  session = await launchExtension();
  policy = await readFile(join(FIXTURE_DIR, 'privacy.html'), 'utf8');
  const open = new Set<ServerResponse>();
  const complete = new Map<string, string>();
  const stallingServer = createServer((request, response) => {
    const body = complete.get(new URL(request.url ?? '/', 'http://x').pathname);
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    if (body !== undefined) {
      response.end(body);
      return;
    }
    open.add(response);
    response.write('<!doctype html><title>Privacy Policy</title><h1>Privacy Policy</h1><p>We collect your name and email address.');
  });
  await new Promise<void>((done) => stallingServer.listen(0, '127.0.0.1', done));
  stalling = { server: stallingServer, origin: `http://127.0.0.1:${(stallingServer.address() as AddressInfo).port}`, open, complete };
});

afterAll(async () => {
  await session?.close();
  await server?.close();
  for (const response of stalling?.open ?? []) response.destroy();
  await new Promise<void>((done) => (stalling ? stalling.server.close(() => done()) : done()));
});

async function settled(popup: Page) {
  await popup.locator('[aria-busy="true"]').waitFor({ state: 'detached', timeout: 45_000 });
}

/** Uncaught errors in a page, collected from the moment this is called. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** What the settled popup shows: a report, the no-policy notice, or an error message; never nothing. */
async function outcome(popup: Page): Promise<{ kind: 'report' | 'no-policy' | 'error'; text: string }> {
  if (await popup.getByTestId('score').isVisible()) return { kind: 'report', text: (await popup.getByTestId('analysed').textContent()) ?? '' };
  if (await popup.getByTestId('no-policy').isVisible()) return { kind: 'no-policy', text: (await popup.getByTestId('no-policy').textContent()) ?? '' };
  return { kind: 'error', text: (await popup.getByRole('alert').textContent()) ?? '' };
}

/** URLs in the history store, read from an extension page. */
async function storedUrls(extensionPage: Page): Promise<string[]> {
  return extensionPage.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('policy-lens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('history')) {
            db.close();
            resolve([]);
            return;
          }
          const request = db.transaction('history').objectStore('history').getAllKeys();
          request.onsuccess = () => {
            db.close();
            resolve(request.result as string[]);
          };
        };
      }),
  );
}

/** The id of the tab showing `url`, asked of the extension's service worker. */
async function tabIdFor(url: string): Promise<number> {
  const worker = await session.serviceWorker();
  return worker.evaluate(async (target) => {
    const { chrome } = globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string; pendingUrl?: string }[]> } } };
    const tabs = await chrome.tabs.query({});
    return tabs.find((tab) => tab.url === target || tab.pendingUrl === target)?.id ?? -1;
  }, url);
}

async function openPopupOn(tabId: number): Promise<Page> {
  const popup = await session.context.newPage();
  await popup.setViewportSize({ width: 380, height: 800 });
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}

describe('a page that rewrites itself', () => {
  it('replaced right after load by another policy: the report is of what the tab shows', async () => {
    const rewritten = policy.replace(
      '</body>',
      `<script>addEventListener('load', () => {
        document.title = 'Privacy Policy – Rewritten';
        document.body.innerHTML = '<main><h1>Privacy Policy</h1><p>We collect your name and your email address.</p>' +
          '<p>We share your email address with payment processors.</p><p>We keep your records for two years.</p></main>';
      });</script></body>`,
    );
    server.setPage('rewritten-policy.html', rewritten);
    const { popup } = await openPopupFor(session, server.url('rewritten-policy.html'));
    const errors = collectErrors(popup);
    await settled(popup);
    const shown = await outcome(popup);
    expect(shown.kind).toBe('report');
    expect(shown.text).toContain('Privacy Policy – Rewritten');
    await expect(popup.locator('main').textContent()).resolves.toContain('two years');
    expect(errors).toEqual([]);
  });

  it('rewritten every few milliseconds: a coherent report or a clear message, never a crash or a blank popup', async () => {
    const churning = policy.replace(
      '</body>',
      `<script>
        const original = document.body.innerHTML;
        let turn = 0;
        setInterval(() => {
          turn++;
          document.body.innerHTML = turn % 2 ? '<p>Loading…</p>' : original;
          if (turn % 3 === 0) document.title = 'Privacy Policy – Imaginet (' + turn + ')';
        }, 3);
      </script></body>`,
    );
    server.setPage('churning-policy.html', churning);
    for (let attempt = 0; attempt < 3; attempt++) {
      const { popup, page } = await openPopupFor(session, server.url('churning-policy.html'));
      const errors = collectErrors(popup);
      await settled(popup);
      await saveScreenshot(popup, `hostile-churning-${attempt}`);
      const shown = await outcome(popup);
      expect(shown.text.trim().length).toBeGreaterThan(20);
      if (shown.kind === 'report') await expect(popup.getByTestId('score').textContent()).resolves.toMatch(/Score \d+ \/ 100/);
      expect(errors).toEqual([]);
      await page.close();
      await popup.close();
    }
  });

  it('navigating away while it is read: a report or a clear message', async () => {
    server.setPage('leaving-policy.html', policy.replace('</body>', `<script>setTimeout(() => location.replace('privacy.html?left'), 20);</script></body>`));
    const { popup } = await openPopupFor(session, server.url('leaving-policy.html'));
    const errors = collectErrors(popup);
    await settled(popup);
    const shown = await outcome(popup);
    expect(shown.kind === 'report' || /^The page changed .* while Policy Lens was reading it/.test(shown.text), shown.text).toBe(true);
    expect(errors).toEqual([]);
  });
});

describe('a tab that navigates while the popup waits to read it', () => {
  it('says the page changed, or reports the page the tab went to', async () => {
    const url = `${stalling.origin}/navigating`;
    const page = await session.context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    const tabId = await tabIdFor(url);
    const popup = await openPopupOn(tabId);
    const errors = collectErrors(popup);
    await popup.getByRole('status').filter({ hasText: 'Reading the page' }).waitFor();
    await page.goto(server.url('privacy.html'));
    await settled(popup);
    await saveScreenshot(popup, 'hostile-navigated-while-loading');
    const shown = await outcome(popup);
    if (shown.kind === 'report') expect(shown.text).toContain(server.url('privacy.html'));
    else expect(shown.text).toMatch(/^The page changed .* while Policy Lens was reading it/);
    expect(errors).toEqual([]);
  });
});

describe('a page whose own script never lets go', () => {
  it('the popup gives up after a while and says the page did not answer', async () => {
    server.setPage(
      'busy-policy.html',
      policy.replace('</body>', '<script>addEventListener("load", () => setTimeout(() => { for (;;) {} }, 50));</script></body>'),
    );
    const { page, popup } = await openPopupFor(session, server.url('busy-policy.html'));
    const errors = collectErrors(popup);
    await expect(popup.getByRole('alert').textContent({ timeout: TAB_ANSWER_MS + 20_000 })).resolves.toMatch(
      /^The page did not answer: it is still loading, or its own scripts keep it busy/,
    );
    await saveScreenshot(popup, 'hostile-busy-page');
    expect(errors).toEqual([]);
    await page.close(); // its renderer may be shared with the next tests' pages
  }, TAB_ANSWER_MS + 40_000);
});

describe('a tab closed before the popup has read it', () => {
  it('closed at once: the popup says so and nothing is saved', async () => {
    const url = server.url('privacy.html?closed-at-once');
    const page = await session.context.newPage();
    await page.goto(url);
    const tabId = await tabIdFor(url);
    expect(tabId).toBeGreaterThanOrEqual(0);
    await page.close();
    const popup = await openPopupOn(tabId);
    await expect(popup.getByRole('alert').textContent({ timeout: 30_000 })).resolves.toMatch(/tab .*closed/i);
    expect(await storedUrls(popup)).not.toContain(url);
  });

  it('closed while its page is still loading: the popup says so and nothing is saved', async () => {
    const url = `${stalling.origin}/privacy`;
    const page = await session.context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    const tabId = await tabIdFor(url);
    expect(tabId).toBeGreaterThanOrEqual(0);
    const popup = await openPopupOn(tabId);
    await popup.getByRole('status').filter({ hasText: 'Reading the page' }).waitFor();
    await page.close();
    await expect(popup.getByRole('alert').textContent({ timeout: 30_000 })).resolves.toMatch(/tab .*closed/i);
    await saveScreenshot(popup, 'hostile-closed-while-loading');
    expect(await storedUrls(popup)).not.toContain(url);
  });

  it('closed while the policy it links to is being fetched: the popup says so and nothing is saved', async () => {
    // The home page and its policy link on the same (stalling) origin; the policy never arrives.
    const home = (await readFile(join(FIXTURE_DIR, 'home.html'), 'utf8')).replace(/href="privacy\.html"/g, 'href="/linked-privacy"');
    expect(home).toContain('href="/linked-privacy"');
    stalling.complete.set('/home', home);
    const { page, popup } = await openPopupFor(session, `${stalling.origin}/home`);
    await popup.getByRole('status').filter({ hasText: /Opening/ }).waitFor({ timeout: 30_000 });
    await page.close();
    await expect(popup.getByRole('alert').textContent({ timeout: 30_000 })).resolves.toMatch(/tab .*closed/i);
    expect((await storedUrls(popup)).filter((url) => url.startsWith(stalling.origin))).toEqual([]);
  });
});

describe('a policy inside a cross-origin iframe', () => {
  // Same-origin frames are read (popup.test.ts); another origin's frame is not ours to read.
  it('is not read: the popup says no policy was found, and shows none of the frame’s text', async () => {
    stalling.complete.set('/framed-policy', policy);
    server.setPage(
      'cross-origin-frame.html',
      `<!doctype html><html lang="en"><head><title>Imaginet – Legal</title></head><body><main><h1>Legal</h1>` +
        `<iframe title="Policy" src="${stalling.origin}/framed-policy"></iframe></main></body></html>`,
    );
    const { page, popup } = await openPopupFor(session, server.url('cross-origin-frame.html'));
    await expect(page.frameLocator('iframe').locator('h1').textContent()).resolves.toBe('Privacy Policy');
    const errors = collectErrors(popup);
    await settled(popup);
    const shown = await outcome(popup);
    expect(shown.kind, shown.text).toBe('no-policy');
    await expect(popup.locator('main').textContent()).resolves.not.toContain('Imaginet maintains records');
    expect(errors).toEqual([]);
  });
});

describe('a very large policy page', () => {
  it('5 MB of policy: a report, with a warning that the text was cut', async () => {
    const [head, rest] = policy.split('<main id="content" class="content">') as [string, string];
    const [main, tail] = rest.split('</main>') as [string, string];
    const sections: string[] = [];
    for (let copy = 1; sections.join('').length < 5 * 1024 * 1024; copy++) sections.push(main.replace(/<h2>(\d+)\./g, `<h2>${copy}.$1.`));
    const page = `${head}<main id="content" class="content">${sections.join('\n')}</main>${tail}`;
    expect(page.length).toBeGreaterThan(5 * 1024 * 1024);
    server.setPage('huge-policy.html', page);
    const { popup } = await openPopupFor(session, server.url('huge-policy.html'));
    const errors = collectErrors(popup);
    await settled(popup);
    await saveScreenshot(popup, 'hostile-huge-policy');
    const shown = await outcome(popup);
    expect(shown.kind, shown.text).toBe('report');
    await expect(popup.getByRole('list', { name: 'Warnings' }).textContent()).resolves.toMatch(/cut to its first/);
    expect(errors).toEqual([]);
  }, 120_000);
});
