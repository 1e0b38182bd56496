export const TAB_CLOSED = 'The tab to analyse has been closed.';

export const PAGE_CHANGED = 'The page changed (it reloaded or went to another page) while Policy Lens was reading it. Open the popup again.';

export const PDF_VIEWER =
  'This is a PDF shown in the browser’s viewer, which extensions cannot read. Save the PDF, then open it under “Analyse a policy” on Policy Lens’s options page.';

/** The popup's words for the core's PDF refusal (a page showing only a PDF): it links to where a saved PDF can be read. */
export const PDF_IN_PAGE =
  'This page shows a PDF, which Policy Lens cannot read inside a web page. Save the PDF, then open it under “Analyse a policy” on Policy Lens’s options page.';

const STORE_HOSTS = ['chromewebstore.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com'];

/**
 * Why the browser will not let an extension read the page at `url`, in words for the user;
 * `undefined` when the page should be readable.
 */
export function unreadablePageReason(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const scheme = parsed.protocol;
  if (['chrome:', 'edge:', 'brave:', 'about:', 'chrome-extension:', 'moz-extension:', 'devtools:', 'view-source:'].includes(scheme)) {
    return 'This is a browser page. Extensions may not read it. Open a website and try again.';
  }
  if (STORE_HOSTS.includes(parsed.hostname) || (parsed.hostname === 'chrome.google.com' && parsed.pathname.startsWith('/webstore'))) {
    return 'The browser does not let extensions read its add-on store. Open the site’s own privacy policy instead.';
  }
  if (/\.pdf$/i.test(parsed.pathname)) return PDF_VIEWER;
  if (scheme === 'file:') {
    return 'Policy Lens cannot read files on this computer unless you allow it: turn on “Allow access to file URLs” on the extension’s details page, or open the file under “Analyse a policy” on Policy Lens’s options page.';
  }
  if (scheme !== 'http:' && scheme !== 'https:') {
    return `Policy Lens can only read web pages, not ${scheme} addresses.`;
  }
  return undefined;
}

/** A page the tab cannot give Policy Lens, but which it reads as a file opened under "Analyse a policy" (a PDF, a file on this computer). */
export function readableAsFile(url: string | undefined): boolean {
  if (!url || !URL.canParse(url)) return false;
  const { protocol, pathname } = new URL(url);
  return protocol === 'file:' || (/^https?:$/.test(protocol) && /\.pdf$/i.test(pathname));
}

/** A user-facing message for a failed `scripting.executeScript` on a tab. */
export function scriptingFailureMessage(url: string | undefined, error: unknown): string {
  const known = unreadablePageReason(url);
  if (known) return known;
  const detail = error instanceof Error ? error.message : String(error);
  if (/cannot be scripted|cannot access|permission|extensions gallery/i.test(detail)) {
    return 'The browser does not let Policy Lens read this page. Click the Policy Lens button while the page is open to allow it, or open the site’s privacy policy directly.';
  }
  if (/no tab with id|tab was closed/i.test(detail)) return TAB_CLOSED;
  // The injected function always returns a snapshot; nothing comes back when its document went away.
  if (/frame with id \d+ was removed|frame was removed|page returned nothing/i.test(detail)) {
    return PAGE_CHANGED;
  }
  if (/did not answer within/i.test(detail)) {
    return 'The page did not answer: it is still loading, or its own scripts keep it busy. Wait until it has loaded and open the popup again.';
  }
  return `Policy Lens could not read this page (${detail}).`;
}
