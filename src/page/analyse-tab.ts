import { browser } from 'wxt/browser';
import type { AnalysisProgress } from '../core/analyse';
import { ANALYSER_VERSION } from '../core/analyser-version';
import { oneLine } from '../core/title';
import type { PolicyError } from '../core/errors';
import type { PolicyReport } from '../core/types';
import { changeFrom, lastChange, storedReading, type Place } from '../storage/entry';
import type { History, HistoryEntry, PolicyChange } from '../storage/types';
import type { PageSource } from './extract-html';
import { pageNamesItselfPolicy, rankPolicyLinks } from './policy-links';
import { PAGE_CHANGED, PDF_IN_PAGE, PDF_VIEWER, readableAsFile, scriptingFailureMessage, TAB_CLOSED, unreadablePageReason } from './restricted';
import type { PageSnapshot } from './in-page';
import { inThreadAnalyser, type PageAnalyser } from './page-analyser';
import { fetchInTab, snapshotTab } from './tab';

export interface PageRef {
  url: string;
  title: string;
}

export type LensResult =
  | {
      kind: 'report';
      report: PolicyReport;
      /** The page that was analysed. */
      analysed: PageRef;
      /** The page the user was on, when the policy was found through one of its links. */
      foundFrom?: PageRef;
      /** Where it is kept in the history (for "Compare side by side"). */
      key: string;
      /** When the report comes unchanged from history: the time it was made. */
      fromHistory?: number;
      /** What changed since the user's last analysis of this page: shown in full, once. */
      change?: PolicyChange;
      /** With `fromHistory`: the change that brought the stored text, when it ever changed (a quiet note). */
      lastChange?: PolicyChange;
      /** A history read or write failed; the report is still shown. */
      storageProblem?: string;
    }
  | {
      kind: 'no-policy';
      page: PageRef;
      /** Policy links on the page that could not be read, and why. */
      unreadableLinks: { text: string; url: string; error: string }[];
      /** Frames from other sites the page shows, which could not be read: the policy may be in one. */
      unreadFrames: string[];
    }
  | {
      kind: 'error';
      message: string;
      /** The page can be saved and opened as a file under "Analyse a policy" on the options page: the popup links there. */
      opensAsFile?: boolean;
    };

type ReportResult = Extract<LensResult, { kind: 'report' }>;

export interface AnalyseTabOptions {
  history: History;
  /** Analyse the tab's own page even when it does not look like a policy. */
  pageItself?: boolean;
  /** Progress for the user; awaited, so the caller can let the message paint before heavy work. */
  onStep?: (step: string) => void | Promise<void>;
  /** Progress of the analysis itself, for a big policy. */
  onProgress?: (progress: AnalysisProgress) => void;
  /** Where the core runs: the popup passes a worker; by default, this thread. */
  analyser?: PageAnalyser;
}

const MAX_LINKS_TRIED = 3;

type ErrorResult = Extract<LensResult, { kind: 'error' }>;

function describeError(error: unknown): ErrorResult {
  // A PolicyError from the worker keeps its name and code, not its class.
  if (error instanceof Error && error.name === 'PolicyError') {
    return (error as Partial<PolicyError>).code === 'pdf' ? { kind: 'error', message: PDF_IN_PAGE, opensAsFile: true } : { kind: 'error', message: error.message };
  }
  return { kind: 'error', message: `The analysis failed: ${error instanceof Error ? error.message : String(error)}` };
}

const unreadableError = (message: string, tabUrl: string | undefined): ErrorResult => ({
  kind: 'error',
  message,
  ...(readableAsFile(tabUrl) ? { opensAsFile: true } : {}),
});

/** The tab's page and the URL the browser reports for the tab, or why it cannot be read. */
async function readTab(tabId: number): Promise<{ snapshot: PageSnapshot; tabUrl?: string } | ErrorResult> {
  let tabUrl: string | undefined;
  try {
    tabUrl = (await browser.tabs.get(tabId)).url;
  } catch {
    return { kind: 'error', message: TAB_CLOSED };
  }
  const unreadable = unreadablePageReason(tabUrl);
  if (unreadable) return unreadableError(unreadable, tabUrl);
  let snapshot: PageSnapshot;
  try {
    snapshot = await snapshotTab(tabId);
  } catch (error) {
    return readFailure(tabId, tabUrl, error);
  }
  // The tab went to another page while it was read: the text may be the new page's and the URL the old one's.
  const after = await browser.tabs.get(tabId).then(
    (tab) => tab.url,
    () => null,
  );
  if (after === null) return { kind: 'error', message: TAB_CLOSED };
  if (withoutHash(after ?? '') !== withoutHash(tabUrl ?? '')) return { kind: 'error', message: PAGE_CHANGED };
  return snapshot.contentType === 'application/pdf' ? { kind: 'error', message: PDF_VIEWER, opensAsFile: true } : { snapshot, tabUrl };
}

/** Why a script in the tab failed; a tab closed meanwhile is named as such, whatever the browser's words. */
async function readFailure(tabId: number, tabUrl: string | undefined, error: unknown): Promise<ErrorResult> {
  const open = await browser.tabs.get(tabId).then(
    () => true,
    () => false,
  );
  return open ? unreadableError(scriptingFailureMessage(tabUrl, error), tabUrl) : { kind: 'error', message: TAB_CLOSED };
}

const withoutHash = (url: string) => url.replace(/#.*$/, '');

/**
 * Where the tab's own page is kept: under its URL, unless the document was loaded from
 * another address and changed its URL since (`history.replaceState`). Then under both, so
 * that a page cannot claim another address's analysis (and "policy changed" notice).
 */
function placeOfPage(url: string, loadedFrom: string): Place {
  return url === loadedFrom ? { key: url } : { key: `${url} via ${loadedFrom}`, loadedFrom };
}

/** Reads the tab, finds the policy (the page itself or a linked page), and analyses it, reusing history when text and analyser are unchanged. */
export async function analyseTab(tabId: number, options: AnalyseTabOptions): Promise<LensResult> {
  const step = options.onStep ?? (() => {});
  await step('Reading the page…');
  const read = await readTab(tabId);
  if ('kind' in read) return read;
  const { snapshot } = read;
  const page: PageSource = {
    html: snapshot.html,
    url: withoutHash(read.tabUrl ?? snapshot.url),
    title: oneLine(snapshot.title),
    unreadFrames: snapshot.unreadFrames.length,
  };
  const pagePlace = placeOfPage(page.url, withoutHash(snapshot.loadedFrom || snapshot.url));
  const pageRef = { url: page.url, title: page.title };
  try {
    if (options.pageItself || pageNamesItselfPolicy(snapshot.title, snapshot.headings)) {
      return await analyseSource(page, pagePlace, options);
    }
    const unreadableLinks = [];
    for (const link of rankPolicyLinks(snapshot.links, snapshot.url).slice(0, MAX_LINKS_TRIED)) {
      await step(`Opening “${link.text || link.url}”…`);
      let fetched;
      try {
        fetched = await fetchInTab(tabId, link.url);
      } catch (error) {
        return await readFailure(tabId, snapshot.url, error);
      }
      if (fetched.ok && fetched.html) {
        // Fetched from the server at this address (the page only chose which link): its own place.
        const source = { html: fetched.html, url: withoutHash(fetched.url), title: link.text };
        return { ...(await analyseSource(source, { key: source.url }, options)), foundFrom: pageRef };
      }
      unreadableLinks.push({ text: link.text, url: link.url, error: fetched.error ?? 'it is empty' });
    }
    // No usable link: the page may still be a policy that does not say so in its title.
    await step('Analysing…');
    const report = await analyserOf(options).analyse(page, options.onProgress);
    if (!report.looksLikePolicy) return { kind: 'no-policy', page: pageRef, unreadableLinks, unreadFrames: snapshot.unreadFrames };
    return await store(report, page, pagePlace, options);
  } catch (error) {
    return describeError(error);
  }
}

const analyserOf = (options: AnalyseTabOptions) => options.analyser ?? inThreadAnalyser;

async function analyseSource(source: PageSource, place: Place, options: AnalyseTabOptions): Promise<ReportResult> {
  // The analyser keeps the text it read for the hash, so an analysis that follows reads the page once.
  const textHash = await analyserOf(options).textHash(source);
  let storageProblem: string | undefined;
  let stored: HistoryEntry | undefined;
  try {
    stored = await options.history.get(place.key);
    // Reused only when the same text was read by this same analyser; otherwise read again.
    if (stored && storedReading(stored, textHash, ANALYSER_VERSION) === 'reuse') {
      const analysed = refOf(stored.report, source);
      const last = lastChange(stored);
      return { kind: 'report', report: stored.report, key: place.key, analysed, fromHistory: stored.analysedAt, ...(last ? { lastChange: last } : {}) };
    }
  } catch (error) {
    storageProblem = (error as Error).message;
  }
  await options.onStep?.('Analysing…');
  const result = await store(await analyserOf(options).analyse(source, options.onProgress), source, place, options, stored);
  return storageProblem ? { ...result, storageProblem } : result;
}

function refOf(report: PolicyReport, source: PageSource): PageRef {
  return { url: source.url, title: report.title || source.title };
}

/** Saves the report; when that fails (storage full), what changed since `stored`, read before, is still shown. */
async function store(
  report: PolicyReport & { url: string },
  source: PageSource,
  place: Place,
  options: AnalyseTabOptions,
  stored?: HistoryEntry,
): Promise<ReportResult> {
  const analysed = refOf(report, source);
  try {
    const { change } = await options.history.save(report, place);
    return { kind: 'report', report, key: place.key, analysed, change };
  } catch (error) {
    return { kind: 'report', report, key: place.key, analysed, change: changeFrom(stored, report), storageProblem: (error as Error).message };
  }
}
