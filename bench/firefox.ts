// The popup in Debian's firefox-esr, driven over WebDriver BiDi (test/e2e/browsers.ts), for
// the browser section to print next to Chromium. Firefox has no Long Tasks API and no
// heap figure for a page, so those stay empty.
import type { Page } from 'puppeteer-core';
import { launchBrowser, type ExtensionBrowser } from '../test/e2e/browsers';
import type { FixtureServer } from '../test/e2e/harness';
import { median, quantile } from './timing';

export interface FirefoxPageResult {
  page: string;
  firstContentfulPaintMs: number;
  openToSummary: { medianMs: number; p90Ms: number };
  openToSummaryFromHistoryMs: number;
}

async function openOnce(browser: ExtensionBrowser, url: string): Promise<{ fcp: number; summary: number }> {
  const page = await browser.newPage();
  await page.goto(url);
  const popup: Page = await browser.openExtensionPage(`/popup.html?tabId=${await browser.tabIdOf(page.url())}`);
  const summary = await (
    await popup.waitForFunction(() => (document.querySelector('[data-testid="score"]') ? performance.now() : false), { polling: 20, timeout: 60_000 })
  ).jsonValue();
  const fcp = await popup.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN);
  await popup.close();
  await page.close();
  return { fcp, summary: Number(summary) };
}

/** One warm-up, `runs` fresh analyses (new query string each), then one from history, per page. */
export async function measureFirefox(server: FixtureServer, paths: string[], runs: number): Promise<{ version: string; pages: FirefoxPageResult[] }> {
  let hosts = 0;
  const browser = await launchBrowser('firefox', (html) => {
    const path = `bench-bridge-${hosts++}.html`;
    server.setPage(path, `<!doctype html><title>bridge</title>${html}`);
    return server.url(path);
  });
  try {
    const pages: FirefoxPageResult[] = [];
    for (const path of paths) {
      await openOnce(browser, server.url(`${path}?ff-warmup`));
      const samples = [];
      for (let run = 1; run <= runs; run++) samples.push(await openOnce(browser, server.url(`${path}?ff-run=${run}`)));
      const fromHistory = await openOnce(browser, server.url(`${path}?ff-run=${runs}`));
      const summaries = samples.map((s) => s.summary).sort((a, b) => a - b);
      pages.push({
        page: path,
        firstContentfulPaintMs: median(samples.map((s) => s.fcp).sort((a, b) => a - b)),
        openToSummary: { medianMs: median(summaries), p90Ms: quantile(summaries, 0.9) },
        openToSummaryFromHistoryMs: fromHistory.summary,
      });
    }
    return { version: await browser.version(), pages };
  } finally {
    await browser.close();
  }
}
