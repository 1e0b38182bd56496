// Shared by the hostile-tab tests: a server whose pages never finish loading, and ways to
// see what the popup shows and what it stored.
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import type { ExtensionSession } from './harness';

export interface StallingServer {
  origin: string;
  /** Pages served whole, by path; any other path starts arriving and never finishes. */
  complete: Map<string, string>;
  /** The path of every request it received, in order. */
  requests: string[];
  close(): Promise<void>;
}

/** A second local server (another origin than the fixture server) whose pages can stall for ever. */
export async function startStallingServer(): Promise<StallingServer> {
  const open = new Set<ServerResponse>();
  const complete = new Map<string, string>();
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    requests.push(path);
    const body = complete.get(path);
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    if (body !== undefined) {
      response.end(body);
      return;
    }
    open.add(response);
    response.write('<!doctype html><title>Privacy Policy</title><h1>Privacy Policy</h1><p>We collect your name and email address.');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    complete,
    requests,
    close: () => {
      for (const response of open) response.destroy();
      return new Promise<void>((done) => server.close(() => done()));
    },
  };
}


/** Uncaught errors in a page, collected from the moment this is called. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** What the settled popup shows: a report, the no-policy notice, or an error message; never nothing. */
export async function outcome(popup: Page): Promise<{ kind: 'report' | 'no-policy' | 'error'; text: string }> {
  // A report shows what it analysed, graded or not.
  if (await popup.getByTestId('analysed').isVisible()) return { kind: 'report', text: (await popup.getByTestId('analysed').textContent()) ?? '' };
  if (await popup.getByTestId('no-policy').isVisible()) return { kind: 'no-policy', text: (await popup.getByTestId('no-policy').textContent()) ?? '' };
  return { kind: 'error', text: (await popup.getByRole('alert').textContent()) ?? '' };
}

/** URLs in the history store, read from an extension page; none when the store was never made (it is not made here). */
export async function storedUrls(extensionPage: Page): Promise<string[]> {
  return extensionPage.evaluate(async () => {
    if (!(await indexedDB.databases()).some((db) => db.name === 'policy-lens')) return [];
    return new Promise<string[]>((resolve, reject) => {
      const open = indexedDB.open('policy-lens');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        if (!db.objectStoreNames.contains('entries')) {
          db.close();
          resolve([]);
          return;
        }
        const request = db.transaction('entries').objectStore('entries').getAllKeys();
        request.onsuccess = () => {
          db.close();
          resolve(request.result as string[]);
        };
      };
    });
  });
}

/** The id of the tab showing (or loading) `url`, asked of the extension's service worker. */
export async function tabIdFor(session: ExtensionSession, url: string): Promise<number> {
  const worker = await session.serviceWorker();
  return worker.evaluate(async (target) => {
    const { chrome } = globalThis as unknown as {
      chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string; pendingUrl?: string }[]> } };
    };
    const tabs = await chrome.tabs.query({});
    return tabs.find((tab) => tab.url === target || tab.pendingUrl === target)?.id ?? -1;
  }, url);
}

/** The popup, in its own tab, aimed at tab `tabId`. */
export async function openPopupOn(session: ExtensionSession, tabId: number): Promise<Page> {
  const popup = await session.context.newPage();
  await popup.setViewportSize({ width: 380, height: 800 });
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}
