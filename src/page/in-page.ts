// These functions run inside the analysed tab via `scripting.executeScript`, which
// sends their source text, not their closure: each must be self-contained (no
// imports, no module-level helpers) and return only structured-clonable data.
import type { PageLink } from './policy-links';

export interface PageSnapshot {
  url: string;
  title: string;
  lang: string;
  /** The document's MIME type: `application/pdf` in the browser's PDF viewer. */
  contentType: string;
  /** The page's current DOM with scripts removed and same-origin iframe contents inlined. */
  html: string;
  /** First-level headings, to tell whether the page calls itself a policy. */
  headings: string[];
  links: PageLink[];
  /** How many same-origin frames were inlined. */
  frames: number;
  /** Addresses of the frames from other sites, which the extension may not read (at most 10). */
  unreadFrames: string[];
}

export interface FetchedPage {
  ok: boolean;
  /** The final URL after redirects. */
  url: string;
  html?: string;
  error?: string;
}

export function collectPage(): PageSnapshot {
  const footer = 'footer, [role="contentinfo"], #footer, .footer, .site-footer';
  const clone = document.documentElement.cloneNode(true) as HTMLElement;
  const copies = [...clone.querySelectorAll('iframe')];
  let frames = 0;
  const unreadFrames: string[] = [];
  document.querySelectorAll('iframe').forEach((frame, i) => {
    const copy = copies[i];
    if (!copy) return;
    let body: HTMLElement | null = null;
    try {
      body = frame.contentDocument?.body ?? null;
    } catch {
      body = null; // cross-origin: not ours to read
    }
    if (!body) {
      if (frame.src && /^https?:/.test(frame.src) && unreadFrames.length < 10) unreadFrames.push(frame.src);
      copy.remove();
      return;
    }
    const section = document.createElement('section');
    for (const child of [...body.childNodes]) section.append(document.importNode(child, true));
    copy.replaceWith(section);
    frames++;
  });
  clone.querySelectorAll('script, noscript, template, object, embed, iframe').forEach((node) => node.remove());
  const links = [...document.querySelectorAll('a[href]')].map((anchor) => ({
    href: (anchor as HTMLAnchorElement).href,
    text: (anchor.textContent?.trim() || anchor.getAttribute('aria-label') || anchor.getAttribute('title') || '').slice(0, 200),
    inFooter: anchor.closest(footer) !== null,
  }));
  const headings = [...document.querySelectorAll('h1')].slice(0, 3).map((h) => h.textContent?.trim() ?? '');
  return {
    url: location.href,
    title: document.title,
    lang: document.documentElement.lang,
    contentType: document.contentType,
    html: `<!doctype html>${clone.outerHTML}`,
    headings,
    links,
    frames,
    unreadFrames,
  };
}

export async function fetchPage(url: string): Promise<FetchedPage> {
  try {
    const response = await fetch(url, { credentials: 'same-origin' });
    const finalUrl = response.url || url;
    if (new URL(finalUrl).origin !== location.origin) return { ok: false, url: finalUrl, error: 'it redirects to another site' };
    if (!response.ok) return { ok: false, url: finalUrl, error: `the server answered ${response.status}` };
    const type = response.headers.get('content-type') ?? '';
    if (type && !/html|text\/plain/i.test(type)) return { ok: false, url: finalUrl, error: `it is not a web page (${type})` };
    return { ok: true, url: finalUrl, html: await response.text() };
  } catch (error) {
    return { ok: false, url, error: error instanceof Error ? error.message : String(error) };
  }
}
