// The popup's "no policy found" offers the policy of the same site the user analysed before.
import type { History, HistoryEntry } from '../storage/types';
import type { LensResult } from './analyse-tab';

/** How many of the site's newest entries are read to find a policy among them. */
const MAX_READ = 5;

/** The site a web address belongs to: its host name, `www.` aside; none for other schemes. */
export function siteOf(url: string): string | undefined {
  if (!URL.canParse(url)) return undefined;
  const { protocol, hostname } = new URL(url);
  return /^https?:$/.test(protocol) ? hostname.replace(/^www\./, '') : undefined;
}

/** The newest analysis in the history of a privacy policy (or terms) from the site of `pageUrl`. */
export async function lastPolicyOfSite(history: History, pageUrl: string): Promise<HistoryEntry | undefined> {
  const site = siteOf(pageUrl);
  if (!site) return undefined;
  const { entries } = await history.list();
  const ofSite = entries.filter((entry) => siteOf(entry.url) === site).sort((a, b) => b.analysedAt - a.analysedAt);
  for (const summary of ofSite.slice(0, MAX_READ)) {
    const entry = await history.get(summary.key);
    if (entry?.report.looksLikePolicy) return entry;
  }
  return undefined;
}

/** A stored analysis as the popup shows a report. */
export function storedResult(entry: HistoryEntry): Extract<LensResult, { kind: 'report' }> {
  return { kind: 'report', report: entry.report, analysed: { url: entry.url, title: entry.report.title || entry.title }, key: entry.key };
}
