// The main flows, the same in Chromium and in Firefox: popup on a policy page and through a
// footer link, no policy found, options side by side, PDF export read back, history across
// a restart, and no request off 127.0.0.1. Chromium-only details stay in the other files.
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { extractPolicy } from '../../src/core/extract';
import { parseHtml } from '../../src/node/parse-html';
import { launchBrowser, type BrowserName, type ExtensionBrowser } from './browsers';
import { FIXTURE_DIR, saveScreenshot, serveArticleWithoutLinks, startFixtureServer, type FixtureServer } from './harness';
import { makePdf } from './make-pdf';

/** `E2E_BROWSERS=firefox` runs one browser only. */
const BROWSERS: BrowserName[] = process.env.E2E_BROWSERS ? (process.env.E2E_BROWSERS.split(',') as BrowserName[]) : ['chromium', 'firefox'];

/** Waits until the popup has rendered and finished reading and analysing. */
async function settled(popup: Page): Promise<void> {
  await popup.waitForFunction(() => document.querySelector('main.popup') !== null && document.querySelector('[aria-busy="true"]') === null, {
    timeout: 45_000,
  });
}

const textOf = (page: Page, selector: string) => page.$eval(selector, (node) => node.textContent ?? '');

/** Clicks the button, or the checkbox of the label, whose text matches. */
async function clickNamed(page: Page, selector: 'button' | 'label', name: string): Promise<void> {
  const found = await page.evaluate(
    (sel, wanted) => {
      const node = [...document.querySelectorAll<HTMLElement>(sel)].find((n) => new RegExp(wanted).test(n.textContent ?? ''));
      (sel === 'label' ? node?.querySelector('input') : node)?.click();
      return node !== undefined;
    },
    selector,
    name,
  );
  if (!found) throw new Error(`No ${selector} named ${name}`);
}

describe.each(BROWSERS)('%s', (name) => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  let downloads: string;

  async function openPopupFor(url: string): Promise<Page> {
    const page = await browser.newPage();
    await page.goto(url);
    const tabId = await browser.tabIdOf(page.url());
    expect(tabId).toBeGreaterThanOrEqual(0);
    const popup = await browser.openExtensionPage(`/popup.html?tabId=${tabId}`);
    await popup.setViewport({ width: 380, height: 800 });
    await settled(popup);
    return popup;
  }

  beforeAll(async () => {
    server = await startFixtureServer();
    let hosts = 0;
    browser = await launchBrowser(name, (html) => {
      const path = `bridge-${hosts++}.html`;
      server.setPage(path, `<!doctype html><title>bridge</title>${html}`);
      return server.url(path);
    });
    downloads = await mkdtemp(join(tmpdir(), `policy-lens-${name}-pdf-`));
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await rm(downloads, { recursive: true, force: true });
  });

  it('analyses a policy page: grade, score, one card per category', async () => {
    const popup = await openPopupFor(server.url('privacy.html'));
    await saveScreenshot(popup, `flows-${name}-popup-privacy`);
    expect(await textOf(popup, '[data-testid="analysed"]')).toMatch(/Privacy Policy – Imaginet.*\/privacy\.html/);
    expect(await textOf(popup, '[data-testid="score"]')).toMatch(/Score \d+ \/ 100/);
    expect(await popup.$$eval('[role="img"][aria-label^="Grade "]', (nodes) => nodes.length)).toBeGreaterThan(0);
    const cards = await popup.$$eval('section[data-category]', (nodes) => nodes.map((node) => node.getAttribute('data-category')));
    expect(cards).toEqual(['collection', 'sharing', 'retention', 'transfer', 'rights']);
    await popup.close();
  });

  it('follows the footer privacy link of the home page and says what it analysed', async () => {
    const popup = await openPopupFor(server.url('home.html'));
    const analysed = await textOf(popup, '[data-testid="analysed"]');
    expect(analysed).toContain(server.url('privacy.html'));
    expect(analysed).toMatch(/Found through the link on “Imaginet – Fast, reliable fibre and hosting”/);
    await popup.close();
  });

  it('says no policy was found when the page links to none', async () => {
    await serveArticleWithoutLinks(server, 'lonely-article.html');
    const popup = await openPopupFor(server.url('lonely-article.html'));
    expect(await textOf(popup, '[data-testid="no-policy"]')).toMatch(/No privacy policy found.*New 1 Gbps fibre packages launched/);
    await popup.close();
  });

  it('exports a PDF whose text is the report', async () => {
    const popup = await openPopupFor(server.url('privacy.html'));
    const score = /Score (\d+) \/ 100/.exec(await textOf(popup, '[data-testid="score"]'))?.[1];
    // Read the PDF as the popup hands it to the browser's download machinery.
    await popup.evaluate(() => {
      const create = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (blob: Blob | MediaSource) => {
        (window as unknown as { exported: Promise<string> }).exported = (blob as Blob)
          .arrayBuffer()
          .then((buffer) => [...new Uint8Array(buffer)].map((byte) => String.fromCharCode(byte)).join(''))
          .then(btoa);
        return create(blob);
      };
    });
    await clickNamed(popup, 'button', '^Export PDF$');
    await popup.waitForFunction(() => 'exported' in window, { timeout: 30_000 });
    const base64 = await popup.evaluate(() => (window as unknown as { exported: Promise<string> }).exported);
    const file = join(downloads, 'report.pdf');
    await writeFile(file, Buffer.from(base64, 'base64'));
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', file, '-'], { encoding: 'utf8' }).replace(/ {2,}/g, ' ');
    expect(text).toContain('Privacy Policy – Imaginet');
    expect(text).toContain(`Score ${score} / 100`);
    for (const title of ['What they collect', 'Who they share it with', 'How long they keep it', 'Sending it abroad', 'Your rights']) {
      expect(text).toContain(title);
    }
    await popup.close();
  });

  it('opens the options page comparing the newest analysed policy, then compares two reference policies side by side', async () => {
    const options = await browser.openExtensionPage('/options.html');
    // The newest analysed policy (privacy.html) with its two closest references, the table shown.
    await options.waitForSelector('table.compare');
    const columns = () => options.$$eval('table.compare thead th', (cells) => cells.map((cell) => cell.firstChild?.textContent ?? ''));
    const opened = await columns();
    expect(opened).toHaveLength(3);
    expect(opened[0]).toBe('Privacy Policy – Imaginet');
    await options.evaluate(() => {
      for (const box of document.querySelectorAll<HTMLInputElement>('.picker input:checked')) box.click();
    });
    await clickNamed(options, 'label', 'IMQS');
    await clickNamed(options, 'label', 'Imagine\\b');
    await options.waitForFunction(() => document.querySelectorAll('table.compare thead th').length === 2);
    expect(await columns()).toEqual(['IMQS', 'Imagine']);
    expect(new URL(options.url()).hash).toBe('#compare=imqs,imagine-ftth');
    // IMQS (A) is first: Imagine (E) is worse in many rows, marked in words as well as colour.
    expect(await options.$$eval('table.compare td.worse', (cells) => cells.length)).toBeGreaterThan(2);
    expect(await options.$$eval('table.compare td.worse .verdict-tag', (tags) => tags.map((t) => t.textContent))).toContain('▼ Worse');
    await options.close();
  });

  it('reads a PDF file opened under “Analyse a policy”, with pdf.js bundled in the extension', async () => {
    const html = await readFile(join(FIXTURE_DIR, 'privacy.html'), 'utf8');
    const file = join(downloads, 'imaginet-policy.pdf');
    await writeFile(file, await makePdf(extractPolicy({ kind: 'html', content: html }, parseHtml).text));
    const options = await browser.openExtensionPage('/options.html#analyse');
    const input = await options.waitForSelector('input[type="file"]');
    await input!.uploadFile(file);
    await options.waitForFunction(() => document.querySelector('#analysed-heading, [data-testid="analyse-problem"]') !== null, { timeout: 45_000 });
    expect(await textOf(options, '#analysed-heading, [data-testid="analyse-problem"]')).toBe('Report on “imaginet-policy.pdf”');
    expect(await textOf(options, '[data-testid="analysed-report"] [data-testid="score"]')).toMatch(/Score \d+ \/ 100/);
    await options.close();
  });

  it('keeps the history across a browser restart', async () => {
    await (await openPopupFor(server.url('privacy.html'))).close();
    await browser.restart();
    const popup = await openPopupFor(server.url('privacy.html'));
    expect(await popup.evaluate(() => document.body.textContent)).toMatch(/Unchanged since you analysed it on/);
    await popup.close();
  });

  it('made no request to any host but 127.0.0.1', () => {
    expect(browser.foreignRequests).toEqual([]);
  });
});
