// Real-browser test harness: a static server for test/fixtures/pages on 127.0.0.1 and
// Debian Chromium with the e2e build of the extension loaded. One browser per test file.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

export const EXTENSION_DIR = resolve('.output/chrome-mv3-e2e');
export const FIXTURE_DIR = resolve('test/fixtures/pages');
export const ARTEFACT_DIR = resolve('test-results');
export const CHROMIUM = '/usr/bin/chromium';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
  '.css': 'text/css',
};

export interface FixtureServer {
  origin: string;
  /** Absolute URL of a fixture path, e.g. `url('home.html')`. */
  url(path: string): string;
  /** Serves `body` at `path` (overriding any fixture file there) until changed again. */
  setPage(path: string, body: string | Buffer, contentType?: string): void;
  /** Answers `path` with a 302 to `location` until changed again. */
  setRedirect(path: string, location: string): void;
  close(): Promise<void>;
}

/** Serves test/fixtures/pages (plus pages set by the test) on 127.0.0.1 at a random port. */
export async function startFixtureServer(): Promise<FixtureServer> {
  const pages = new Map<string, { body: string | Buffer; contentType: string }>();
  const redirects = new Map<string, string>();
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^\/+/, '');
    const location = redirects.get(path);
    if (location !== undefined) {
      response.writeHead(302, { location }).end();
      return;
    }
    const set = pages.get(path);
    if (set !== undefined) {
      response.writeHead(200, { 'content-type': set.contentType }).end(set.body);
      return;
    }
    const file = join(FIXTURE_DIR, path);
    if (path.startsWith('..') || !file.startsWith(FIXTURE_DIR) || !existsSync(file) || path === '') {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    readFile(file).then(
      (body) => response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' }).end(body),
      () => response.writeHead(500).end(),
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => `${origin}/${path.replace(/^\/+/, '')}`,
    setPage: (path, body, contentType = CONTENT_TYPES['.html']!) =>
      pages.set(path.replace(/^\/+/, ''), { body, contentType }),
    setRedirect: (path, location) => redirects.set(path.replace(/^\/+/, ''), location),
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  userDataDir: string;
  /** Every request the browser made to anything but 127.0.0.1 or the browser's own schemes. */
  foreignRequests: string[];
  serviceWorker(): Promise<Worker>;
  close(): Promise<void>;
}

const LOCAL_SCHEMES = new Set(['chrome-extension:', 'data:', 'blob:', 'about:', 'chrome:', 'devtools:']);

export function isLocalRequest(url: string): boolean {
  const parsed = new URL(url);
  return LOCAL_SCHEMES.has(parsed.protocol) || parsed.hostname === '127.0.0.1';
}

/**
 * Launches Chromium with the built extension (the e2e build unless `extensionDir` names
 * another). Pass the same `userDataDir` again to simulate a browser restart; a directory
 * made here is removed on close.
 */
export async function launchExtension(
  options: { userDataDir?: string; extensionDir?: string } = {},
): Promise<ExtensionSession> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No extension build in ${extensionDir}: run \`wxt build --mode e2e\` first.`);
  }
  const ownDir = options.userDataDir === undefined;
  const userDataDir = options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'policy-lens-e2e-')));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: false,
    viewport: { width: 1000, height: 800 },
    args: [
      '--headless=new',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const foreignRequests: string[] = [];
  context.on('request', (request) => {
    if (!isLocalRequest(request.url())) foreignRequests.push(request.url());
  });
  const serviceWorker = async () =>
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL((await serviceWorker()).url()).host;
  return {
    context,
    extensionId,
    userDataDir,
    foreignRequests,
    serviceWorker,
    async close() {
      await context.close();
      if (ownDir) await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The fixture server and Chromium with the extension, shared by one test file's tests. */
export interface BrowserFixture {
  readonly server: FixtureServer;
  readonly session: ExtensionSession;
  /** Opens the fixture page at `path` and the popup targeting its tab. */
  openPopup(path: string, options?: Parameters<typeof openPopupFor>[2]): Promise<OpenedPopup>;
}

/**
 * Starts the fixture server and the browser before the file's tests and closes both after
 * them. A file's own `beforeAll`, registered after this call, runs once both are up.
 */
export function useBrowser(): BrowserFixture {
  let server: FixtureServer | undefined;
  let session: ExtensionSession | undefined;
  beforeAll(async () => {
    server = await startFixtureServer();
    session = await launchExtension();
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`The ${what} starts in beforeAll: use it inside hooks and tests.`);
    return value;
  };
  const fixture: BrowserFixture = {
    get server() {
      return started(server, 'fixture server');
    },
    get session() {
      return started(session, 'browser');
    },
    openPopup: (path, options) => openPopupFor(fixture.session, fixture.server.url(path), options),
  };
  return fixture;
}

/** Waits until the popup has finished reading and analysing, and its parts loaded after first paint (every busy marker is gone). */
export async function settled(popup: Page): Promise<void> {
  // Several parts may be busy at once (the checklists, the comparison): wait for none, not for one.
  await popup.waitForFunction(() => document.querySelector('[aria-busy="true"]') === null, undefined, { timeout: 45_000 });
}

/** Serves the news article with its footer (and so every policy link) removed, at `path`. */
export async function serveArticleWithoutLinks(server: FixtureServer, path: string): Promise<void> {
  const article = await readFile(join(FIXTURE_DIR, 'not-a-policy.html'), 'utf8');
  server.setPage(path, article.replace(/<footer>[\s\S]*?<\/footer>/, ''));
}

export interface OpenedPopup {
  /** The tab showing the analysed page. */
  page: Page;
  /** The popup, opened in its own tab with `?tabId=`. */
  popup: Page;
  tabId: number;
  /** Messages of any dialog the popup tried to open (it must never). */
  popupDialogs: string[];
}

type ExtensionApi = (typeof import('wxt/browser'))['browser'];

/** Opens `url` in a tab, then the popup targeting that tab; `beforeLoad` may add init scripts to it, or a function is run in the popup before its own scripts. */
export async function openPopupFor(
  session: ExtensionSession,
  url: string,
  options: { beforeLoad?: (popup: Page) => Promise<void> } | (() => void) = {},
): Promise<OpenedPopup> {
  const page = await session.context.newPage();
  await page.goto(url);
  const worker = await session.serviceWorker();
  // The tab showing this URL; for pages whose URL the extension may not see (chrome://),
  // the newest tab, since tab ids only grow.
  const tabId = await worker.evaluate(async (target) => {
    const { chrome } = globalThis as unknown as { chrome: ExtensionApi };
    const tabs = await chrome.tabs.query({});
    const matching = tabs.filter((tab) => tab.url === target);
    return Math.max(...(matching.length > 0 ? matching : tabs).map((tab) => tab.id ?? -1));
  }, page.url());
  if (!(tabId >= 0)) throw new Error(`No tab found for ${url}`);
  const popup = await session.context.newPage();
  const popupDialogs: string[] = [];
  popup.on('dialog', (dialog) => {
    popupDialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await popup.setViewportSize({ width: 380, height: 800 });
  if (typeof options === 'function') await popup.addInitScript(options);
  else await options.beforeLoad?.(popup);
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tabId=${tabId}`);
  return { page, popup, tabId, popupDialogs };
}

/**
 * Opens the options page (at `hash`) in a new tab and waits until `ready` shows: by default the
 * history list, its empty state, its damaged entries or an error.
 */
export async function openOptionsPage(
  session: ExtensionSession,
  hash = '',
  ready = 'table.history, [data-testid="history-empty"], [data-testid="history-damaged"], [role="alert"]',
): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/options.html${hash}`);
  await page.locator(ready).first().waitFor();
  return page;
}

/** Saves a full-page screenshot as a test artefact in test-results/. */
export async function saveScreenshot(page: { screenshot(options: { path: string; fullPage: boolean }): Promise<unknown> }, name: string): Promise<string> {
  await mkdir(ARTEFACT_DIR, { recursive: true });
  const path = join(ARTEFACT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
