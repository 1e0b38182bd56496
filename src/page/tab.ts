import { browser } from 'wxt/browser';
import { collectPage, fetchPage, type FetchedPage, type PageSnapshot } from './in-page';

/** Reads the tab's page (main frame plus same-origin iframes). Needs activeTab or a host permission. */
export async function snapshotTab(tabId: number): Promise<PageSnapshot> {
  const [frame] = await browser.scripting.executeScript({ target: { tabId }, func: collectPage });
  if (!frame?.result) throw new Error('The page returned nothing.');
  return frame.result as PageSnapshot;
}

/** Fetches a same-origin page from inside the tab, so it needs no permission beyond the tab itself. */
export async function fetchInTab(tabId: number, url: string): Promise<FetchedPage> {
  const [frame] = await browser.scripting.executeScript({ target: { tabId }, func: fetchPage, args: [url] });
  return (frame?.result as FetchedPage | undefined) ?? { ok: false, url, error: 'the page returned nothing' };
}
