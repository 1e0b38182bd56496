import { browser } from 'wxt/browser';
import { collectPage, fetchPage, type FetchedPage, type PageSnapshot } from './in-page';

/**
 * How long a script in the tab may take. A page whose own scripts never yield, or one
 * that never finishes loading, never answers; the popup then says so rather than wait.
 */
export const TAB_ANSWER_MS = 15_000;
export const NO_ANSWER = `The page did not answer within ${TAB_ANSWER_MS / 1000} s`;

function within<T>(work: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(NO_ANSWER)), TAB_ANSWER_MS);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** Reads the tab's page (main frame plus same-origin iframes). Needs activeTab or a host permission. */
export async function snapshotTab(tabId: number): Promise<PageSnapshot> {
  const [frame] = await within(browser.scripting.executeScript({ target: { tabId }, func: collectPage }));
  if (!frame?.result) throw new Error('The page returned nothing.');
  return frame.result as PageSnapshot;
}

/** Fetches a same-origin page from inside the tab, so it needs no permission beyond the tab itself. */
export async function fetchInTab(tabId: number, url: string): Promise<FetchedPage> {
  let frames;
  try {
    frames = await within(browser.scripting.executeScript({ target: { tabId }, func: fetchPage, args: [url] }));
  } catch (error) {
    if (error instanceof Error && error.message === NO_ANSWER) return { ok: false, url, error: `it did not answer within ${TAB_ANSWER_MS / 1000} s` };
    throw error;
  }
  return (frames[0]?.result as FetchedPage | undefined) ?? { ok: false, url, error: 'the page returned nothing' };
}
