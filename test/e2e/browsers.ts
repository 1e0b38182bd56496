// One way to drive the extension in Chromium and in Firefox, for the flows both run alike
// (flows.test.ts). puppeteer-core speaks CDP to Debian's Chromium and WebDriver BiDi to
// Debian's firefox-esr; it downloads no browser.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import type { BridgeRequest } from '../../src/e2e/bridge';
import { CHROMIUM, EXTENSION_DIR, isLocalRequest } from './harness';

export type BrowserName = 'chromium' | 'firefox';

export const FIREFOX = '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = resolve('.output/firefox-mv2-e2e');
const GECKO_ID = 'policy-lens@example.org';
/** Fixed, so a restarted Firefox finds the extension's IndexedDB under the same origin. */
const FIREFOX_UUID = '3f1c2a4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b';

export interface ExtensionBrowser {
  name: BrowserName;
  /** A new tab; its requests are watched. */
  newPage(): Promise<Page>;
  /** Opens an extension page (`/popup.html?tabId=3`) in a tab of its own. */
  openExtensionPage(path: string): Promise<Page>;
  /** The id the extension knows the tab showing `url` by. */
  tabIdOf(url: string): Promise<number>;
  /** Every request a watched tab made to anything but 127.0.0.1 or the browser's own schemes. */
  foreignRequests: string[];
  /** The browser's name and version, as it reports them. */
  version(): Promise<string>;
  /** Closes the browser and starts it again on the same profile. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

const FOREIGN_OK = new Set(['moz-extension:']);

function watch(page: Page, foreign: string[]): Page {
  page.on('request', (request) => {
    const url = request.url();
    if (!FOREIGN_OK.has(new URL(url).protocol) && !isLocalRequest(url)) foreign.push(url);
  });
  return page;
}

async function newWatchedPage(browser: Browser, foreign: string[]): Promise<Page> {
  const page = watch(await browser.newPage(), foreign);
  await page.setViewport({ width: 1000, height: 800 });
  return page;
}

async function launchChromium(profile: string): Promise<{ browser: Browser; extensionId: string }> {
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    userDataDir: profile,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const worker = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), { timeout: 30_000 });
  return { browser, extensionId: new URL(worker.url()).host };
}

async function chromium(): Promise<ExtensionBrowser> {
  const profile = await mkdtemp(join(tmpdir(), 'policy-lens-chromium-'));
  let { browser, extensionId } = await launchChromium(profile);
  const foreignRequests: string[] = [];
  const self: ExtensionBrowser = {
    name: 'chromium',
    foreignRequests,
    version: () => browser.version(),
    newPage: () => newWatchedPage(browser, foreignRequests),
    async openExtensionPage(path) {
      const page = await self.newPage();
      await page.goto(`chrome-extension://${extensionId}${path}`);
      return page;
    },
    async tabIdOf(url) {
      const target = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().includes(extensionId));
      const worker = await target.worker();
      return worker!.evaluate(async (wanted) => {
        const api = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
        const [tab] = await api.tabs.query({ url: wanted });
        return tab?.id ?? -1;
      }, url);
    },
    async restart() {
      await browser.close();
      ({ browser, extensionId } = await launchChromium(profile));
    },
    async close() {
      await browser.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
  return self;
}

/** The tab, not among `before`, that shows `url` (a tab the extension opened, so there is no navigation of ours to wait for). */
async function newPageAt(browser: Browser, before: Set<Page>, url: string): Promise<Page> {
  for (const deadline = Date.now() + 30_000; Date.now() < deadline; await new Promise((done) => setTimeout(done, 100))) {
    for (const page of (await browser.pages()).filter((p) => !before.has(p))) {
      // BiDi reports moz-extension:// documents as about:blank: ask the document itself.
      if ((await page.evaluate(() => location.href).catch(() => '')) === url) return page;
    }
  }
  throw new Error(`No tab opened at ${url}`);
}

async function launchFirefox(profile: string): Promise<Browser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    userDataDir: profile,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      // A temporary add-on is removed when Firefox closes; keep its data for the restart test.
      'extensions.webextensions.keepStorageOnUninstall': true,
      'extensions.webextensions.keepUuidOnUninstall': true,
    },
  });
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  return browser;
}

async function firefox(bridgeHost: (html: string) => string): Promise<ExtensionBrowser> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No Firefox build in ${FIREFOX_EXTENSION_DIR}: run \`wxt build -b firefox --mode e2e\` first.`);
  }
  const profile = await mkdtemp(join(tmpdir(), 'policy-lens-firefox-'));
  let browser = await launchFirefox(profile);
  let bridge: Frame | undefined;
  const foreignRequests: string[] = [];
  const base = `moz-extension://${FIREFOX_UUID}`;

  // BiDi will not open moz-extension:// pages, but a 127.0.0.1 page may frame a web-accessible
  // one (e2e builds only); the framed page may message the background (src/e2e/bridge.ts).
  async function ask<T>(request: BridgeRequest): Promise<T> {
    if (!bridge || bridge.detached) {
      const host = await newWatchedPage(browser, foreignRequests);
      await host.goto(bridgeHost(`<iframe src="${base}/options.html" width="800" height="600"></iframe>`));
      bridge = host.mainFrame().childFrames()[0]!;
      await bridge.waitForFunction(() => document.readyState === 'complete');
    }
    return bridge.evaluate((r) => (globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).browser.runtime.sendMessage(r), request) as Promise<T>;
  }

  const self: ExtensionBrowser = {
    name: 'firefox',
    foreignRequests,
    version: () => browser.version(),
    newPage: () => newWatchedPage(browser, foreignRequests),
    async openExtensionPage(path) {
      const before = new Set(await browser.pages());
      await ask({ bridge: 'open', path });
      const page = watch(await newPageAt(browser, before, `${base}${path}`), foreignRequests);
      await page.setViewport({ width: 1000, height: 800 });
      return page;
    },
    async tabIdOf(url) {
      const tabs = await ask<{ id?: number; url?: string }[]>({ bridge: 'tabs' });
      return tabs.find((tab) => tab.url === url)?.id ?? -1;
    },
    async restart() {
      await browser.close();
      bridge = undefined;
      browser = await launchFirefox(profile);
    },
    async close() {
      await browser.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
  return self;
}

/** Starts `name` with the e2e build of the extension; `bridgeHost` serves an HTML page on 127.0.0.1 and returns its URL. */
export function launchBrowser(name: BrowserName, bridgeHost: (html: string) => string): Promise<ExtensionBrowser> {
  return name === 'chromium' ? chromium() : firefox(bridgeHost);
}
