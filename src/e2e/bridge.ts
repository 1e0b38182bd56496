import { browser } from 'wxt/browser';

/** What a test may ask the background of an e2e build. */
export type BridgeRequest = { bridge: 'tabs' } | { bridge: 'open'; path: string };

/**
 * E2e builds only. Firefox's WebDriver BiDi cannot open moz-extension:// pages, and an
 * extension page framed by a web page gets only content-script APIs there (no tabs, no
 * scripting); so a test frames options.html and asks the background, through this, for the
 * tab list and to open the popup in a tab of its own, where it has every API.
 */
export function listenForTests(): void {
  browser.runtime.onMessage.addListener((message: unknown) => {
    const request = message as Partial<BridgeRequest> | null;
    if (request?.bridge === 'tabs') return browser.tabs.query({}).then((tabs) => tabs.map((tab) => ({ id: tab.id, url: tab.url })));
    if (request?.bridge === 'open' && typeof request.path === 'string' && request.path.startsWith('/')) {
      return browser.tabs.create({ url: browser.runtime.getURL(request.path as '/popup.html') }).then((tab) => tab.id);
    }
    return undefined;
  });
}
