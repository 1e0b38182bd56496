// The extension in real Chromium and Firefox: popup paint, time from opening the popup
// to the summary, the longest main-thread task while it analyses, heap, and the code the
// popup loaded, on a corpus page and a 200 KB policy page served from 127.0.0.1.
import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { openPopupFor, startFixtureServer, type ExtensionSession, type FixtureServer } from '../test/e2e/harness';
import { CHROMIUM, launchExtension } from '../test/e2e/harness';
import { FIREFOX } from '../test/e2e/browsers';
import { mainThreadDuringAnalysis, recordLongTasks } from '../test/e2e/main-thread';
import { measureFirefox, type FirefoxPageResult } from './firefox';
import { fileSize } from './bundle';
import { buildExtension, buildFirefoxE2e } from './extension-build';
import { kb, ms, section, table } from './section';
import { syntheticPolicy } from './synthetic';
import { median, quantile } from './timing';

const RUNS = 5;
const PAGES = ['terms.html', 'big-policy.html'];
const BIG_PAGE_KB = 200;
const POPUP_TIMEOUT_MS = 60_000;

interface PopupSample {
  firstPaintMs: number;
  firstContentfulPaintMs: number;
  summaryMs: number;
  longestTaskMs: number;
  heapBytes: number;
  scripts: string[];
}

interface Stat {
  medianMs: number;
  p90Ms: number;
}

export interface BrowserPageResult {
  page: string;
  runs: number;
  firstContentfulPaint: Stat;
  /** From the popup's navigation start to the score being in the DOM, fresh analysis. */
  openToSummary: Stat;
  /** The same when the report comes from history (same URL opened again). */
  openToSummaryFromHistoryMs: number;
  /** The longest main-thread task (Long Tasks API, over 50 ms) while the popup analysed, worst run; 0 if none. */
  longestTaskMs: number;
  heapUsedBytes: number;
  /** Extension JS the popup loaded for this page, and its size. */
  scripts: { bytes: number; gzip: number; files: string[] };
}

export interface BrowserResult {
  chromium: string;
  pages: BrowserPageResult[];
  /** The same pages in firefox-esr, when it is installed. */
  firefox?: { version: string; pages: FirefoxPageResult[] } | { skipped: string };
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The synthetic policy as a plain article page: numbered headings as <h2>, paragraphs as <p>. */
function bigPolicyPage(): string {
  const blocks = syntheticPolicy(BIG_PAGE_KB * 1024)
    .split('\n\n')
    .map((block) => (/^\d+\. Section/.test(block) ? `<h2>${escapeHtml(block)}</h2>` : `<p>${escapeHtml(block)}</p>`));
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Privacy Policy – Big Synthetic ISP</title></head><body><main><article><h1>Privacy Policy</h1>${blocks.join('\n')}</article></main></body></html>`;
}

/** Resolves when the popup shows a score (with the popup's clock), or fails with what it shows instead. */
async function waitForSummary(popup: Page): Promise<number> {
  const handle = await popup.waitForFunction(
    () => {
      if (document.querySelector('[data-testid="score"]')) return { ok: true, at: performance.now(), text: '' };
      const problem = document.querySelector('[role="alert"], [data-testid="no-policy"]');
      return problem ? { ok: false, at: 0, text: problem.textContent ?? '' } : false;
    },
    undefined,
    { polling: 'raf', timeout: POPUP_TIMEOUT_MS },
  );
  const outcome = (await handle.jsonValue()) as { ok: boolean; at: number; text: string };
  if (!outcome.ok) throw new Error(`The popup showed no summary: ${outcome.text.trim()}`);
  return outcome.at;
}

/** Heap after a forced GC, and every script V8 has parsed in the popup (resource timing does not list extension files). */
async function inspectPopup(session: ExtensionSession, popup: Page): Promise<{ heapBytes: number; scripts: string[] }> {
  const cdp = await session.context.newCDPSession(popup);
  const scripts: string[] = [];
  cdp.on('Debugger.scriptParsed', (event) => scripts.push(event.url));
  await cdp.send('Debugger.enable');
  await cdp.send('Debugger.disable');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return { heapBytes: usedSize, scripts: scripts.filter((url) => url.startsWith('chrome-extension://')) };
}

async function openOnce(session: ExtensionSession, url: string): Promise<PopupSample> {
  const { page, popup } = await openPopupFor(session, url, { beforeLoad: recordLongTasks });
  const summaryMs = await waitForSummary(popup);
  await popup.waitForFunction(() => performance.getEntriesByName('policy-lens:analysis-end').length > 0);
  const longestTaskMs = (await mainThreadDuringAnalysis(popup)).longTasks[0] ?? 0;
  const paints = await popup.evaluate(() => Object.fromEntries(performance.getEntriesByType('paint').map((e) => [e.name, e.startTime])));
  const { heapBytes, scripts } = await inspectPopup(session, popup);
  await popup.close();
  await page.close();
  return {
    firstPaintMs: paints['first-paint'] ?? Number.NaN,
    firstContentfulPaintMs: paints['first-contentful-paint'] ?? Number.NaN,
    summaryMs,
    longestTaskMs,
    heapBytes,
    scripts,
  };
}

function stat(values: number[]): Stat {
  const sorted = [...values].sort((a, b) => a - b);
  return { medianMs: median(sorted), p90Ms: quantile(sorted, 0.9) };
}

function loadedScripts(extensionDir: string, urls: string[]): BrowserPageResult['scripts'] {
  const files = [...new Set(urls.map((url) => new URL(url).pathname.replace(/^\//, '')))].filter((file) => existsSync(`${extensionDir}/${file}`));
  const sizes = files.map((file) => fileSize(extensionDir, file));
  return { files, bytes: sizes.reduce((n, s) => n + s.bytes, 0), gzip: sizes.reduce((n, s) => n + s.gzip, 0) };
}

/** One warm-up, then `RUNS` fresh analyses (a new query string each, so history never answers), then one from history. */
async function measurePage(session: ExtensionSession, server: FixtureServer, path: string, extensionDir: string): Promise<BrowserPageResult> {
  await openOnce(session, server.url(`${path}?warmup`));
  const samples: PopupSample[] = [];
  for (let run = 1; run <= RUNS; run++) samples.push(await openOnce(session, server.url(`${path}?run=${run}`)));
  const fromHistory = await openOnce(session, server.url(`${path}?run=${RUNS}`));
  return {
    page: path,
    runs: RUNS,
    firstContentfulPaint: stat(samples.map((s) => s.firstContentfulPaintMs)),
    openToSummary: stat(samples.map((s) => s.summaryMs)),
    openToSummaryFromHistoryMs: fromHistory.summaryMs,
    longestTaskMs: Math.max(...samples.map((s) => s.longestTaskMs)),
    heapUsedBytes: median(samples.map((s) => s.heapBytes).sort((a, b) => a - b)),
    scripts: loadedScripts(extensionDir, samples.flatMap((s) => s.scripts)),
  };
}

async function measureBrowser(): Promise<BrowserResult> {
  const extensionDir = buildExtension('e2e');
  if (existsSync(FIREFOX)) buildFirefoxE2e();
  const server = await startFixtureServer();
  server.setPage('big-policy.html', bigPolicyPage());
  const session = await launchExtension({ extensionDir });
  try {
    const version = session.context.browser()?.version() ?? 'unknown';
    const pages: BrowserPageResult[] = [];
    for (const path of PAGES) pages.push(await measurePage(session, server, path, extensionDir));
    await session.close();
    const firefox = existsSync(FIREFOX)
      ? await measureFirefox(server, PAGES, RUNS).catch((error: Error) => ({ skipped: `failed: ${error.message}` }))
      : { skipped: `no Firefox at ${FIREFOX}` };
    return { chromium: version, pages, firefox };
  } finally {
    await session.close().catch(() => {});
    await server.close();
  }
}

function printBrowser(result: BrowserResult): string[] {
  const rows = result.pages.map((p) => [
    p.page,
    ms(p.firstContentfulPaint.medianMs),
    ms(p.openToSummary.medianMs),
    ms(p.openToSummary.p90Ms),
    ms(p.openToSummaryFromHistoryMs),
    p.longestTaskMs === 0 ? 'none over 50' : ms(p.longestTaskMs),
    `${(p.heapUsedBytes / 1024 / 1024).toFixed(1)} MB`,
    `${kb(p.scripts.bytes)} / ${kb(p.scripts.gzip)}`,
  ]);
  return [
    `Chromium ${result.chromium}, popup opened in a tab (?tabId=) as the e2e tests do; ${RUNS} fresh runs per page after one warm-up.`,
    'terms.html is the imagine-ftth policy (22 KB of text) in site chrome; big-policy.html is a 200 KB synthetic policy.',
    'Times are from the popup\'s navigation start: FCP = first contentful paint (the skeleton); summary = score on screen.',
    ...table(['page', 'FCP ms', 'summary ms', 'p90 ms', 'from history ms', 'longest task ms', 'heap after GC', 'JS loaded raw / gzip'], rows),
    ...sideBySide(result),
  ];
}

function sideBySide(result: BrowserResult): string[] {
  const firefox = result.firefox;
  if (!firefox || 'skipped' in firefox) return ['', `Firefox: skipped (${firefox?.skipped ?? 'not measured'}).`];
  const rows = result.pages.flatMap((chromium) => {
    const gecko = firefox.pages.find((p) => p.page === chromium.page);
    return [
      [chromium.page, 'first contentful paint', ms(chromium.firstContentfulPaint.medianMs), gecko ? ms(gecko.firstContentfulPaintMs) : '–'],
      ['', 'open → summary (median)', ms(chromium.openToSummary.medianMs), gecko ? ms(gecko.openToSummary.medianMs) : '–'],
      ['', 'open → summary from history', ms(chromium.openToSummaryFromHistoryMs), gecko ? ms(gecko.openToSummaryFromHistoryMs) : '–'],
      ['', 'longest main-thread task', chromium.longestTaskMs === 0 ? 'none over 50' : ms(chromium.longestTaskMs), 'n/a (no Long Tasks API)'],
      ['', 'heap after GC', `${(chromium.heapUsedBytes / 1024 / 1024).toFixed(1)} MB`, 'n/a'],
    ];
  });
  return [
    '',
    `Side by side: Chromium ${result.chromium} and ${firefox.version} (popup opened by the extension in a tab, over WebDriver BiDi), medians of ${RUNS} runs, popup clock.`,
    ...table(['page', 'figure', 'Chromium', 'Firefox'], rows),
  ];
}

export const browserSection = section<BrowserResult>({
  id: 'browser',
  title: 'Extension in Chromium and Firefox',
  skipReason: () => (existsSync(CHROMIUM) ? undefined : `no Chromium at ${CHROMIUM}`),
  run: measureBrowser,
  print: printBrowser,
});

