// These functions run inside the analysed tab via `scripting.executeScript`, which
// sends their source text, not their closure: each must be self-contained (no
// imports, no module-level helpers) and return only structured-clonable data.
import type { PageLink } from './policy-links';

export interface PageSnapshot {
  url: string;
  /**
   * The address the document was loaded from (after redirects). A page's own script can
   * change `url` with `history.replaceState`, and the tab's URL follows; it cannot change this.
   */
  loadedFrom: string;
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

  // Web components keep their text in shadow trees, which cloneNode leaves out. Each host's
  // copy gets what the host shows: its shadow tree, with each slot filled by the host's own
  // children assigned to it. Closed trees are read through the extension API for them.
  type DomApi = { dom?: { openOrClosedShadowRoot?(element: Element): ShadowRoot | null } };
  const dom = (globalThis as { chrome?: DomApi }).chrome?.dom;
  const shadowOf = (el: Element): ShadowRoot | null =>
    el.shadowRoot ??
    (el.localName.includes('-')
      ? (dom?.openOrClosedShadowRoot?.(el) ?? (el as { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot ?? null)
      : null);
  const shadowLinks: Element[] = [];
  const inlineShadowTrees = (original: Element | ShadowRoot, copy: Element, depth: number) => {
    const originals = [...original.querySelectorAll('*')];
    const hosts = originals.flatMap((el, i) => {
      const root = shadowOf(el);
      return root ? [{ el, root, i }] : [];
    });
    if (hosts.length === 0 || depth > 30) return;
    const elementCopies = [...copy.querySelectorAll('*')];
    for (const { el, root, i } of hosts) {
      const host = elementCopies[i];
      if (!host) continue;
      shadowLinks.push(...root.querySelectorAll('a[href]'));
      const rendered = document.createElement('div');
      for (const child of root.childNodes) rendered.append(child.cloneNode(true));
      const slots = [...root.querySelectorAll('slot')];
      const slotCopies = [...rendered.querySelectorAll('slot')];
      const hostCopies = [...host.childNodes];
      const copyOf = new Map([...el.childNodes].map((child, k) => [child, hostCopies[k]]));
      inlineShadowTrees(root, rendered, depth + 1);
      slots.forEach((slot, k) => {
        const assigned = slot.assignedNodes().flatMap((node) => copyOf.get(node as ChildNode) ?? []);
        if (assigned.length > 0) slotCopies[k]?.replaceWith(...assigned);
      });
      host.replaceChildren(rendered);
    }
  };
  inlineShadowTrees(document.documentElement, clone, 0);

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
  // An embedded PDF leaves a bare marker, so a page showing only a PDF is called a PDF, not empty.
  clone.querySelectorAll('object, embed').forEach((node) => {
    if (/application\/pdf/i.test(node.getAttribute('type') ?? '')) {
      const marker = document.createElement('embed');
      marker.setAttribute('type', 'application/pdf');
      node.replaceWith(marker);
    }
  });
  clone.querySelectorAll('script, noscript, template, object, embed:not([type="application/pdf"]), iframe').forEach((node) => node.remove());
  const links = [...document.querySelectorAll('a[href]'), ...shadowLinks].map((anchor) => ({
    href: (anchor as HTMLAnchorElement).href,
    text: (anchor.textContent?.trim() || anchor.getAttribute('aria-label') || anchor.getAttribute('title') || '').slice(0, 200),
    inFooter: anchor.closest(footer) !== null,
  }));
  const headings = [...document.querySelectorAll('h1')].slice(0, 3).map((h) => h.textContent?.trim() ?? '');
  const navigation = performance.getEntriesByType('navigation')[0];
  return {
    url: location.href,
    loadedFrom: navigation?.name || location.href,
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
  let response: Response;
  try {
    // 'same-origin' mode fails a redirect to another origin before requesting it (Fetch
    // standard, main fetch), where checking response.url afterwards was too late: the
    // other site had been asked already. Redirects within the site are still followed.
    response = await fetch(url, { credentials: 'same-origin', mode: 'same-origin' });
  } catch (error) {
    // Ask once more without following anything, to tell a redirect from a network failure.
    const probe = await fetch(url, { credentials: 'same-origin', mode: 'same-origin', redirect: 'manual' }).catch(() => undefined);
    if (probe?.type === 'opaqueredirect') return { ok: false, url, error: 'it redirects to another site' };
    return { ok: false, url, error: error instanceof Error ? error.message : String(error) };
  }
  try {
    const finalUrl = response.url || url;
    if (new URL(finalUrl).origin !== location.origin) return { ok: false, url: finalUrl, error: 'it redirects to another site' };
    if (!response.ok) return { ok: false, url: finalUrl, error: `the server answered ${response.status}` };
    const type = response.headers.get('content-type') ?? '';
    if (type && !/html|text\/plain/i.test(type)) return { ok: false, url: finalUrl, error: `it is not a web page (${type})` };
    // The analysis refuses more than 20 MB anyway; a bigger page read whole used to exhaust
    // the tab (600 MB came back as no text at all, "it is empty").
    const maxBytes = 20 * 1024 * 1024;
    const tooLarge = { ok: false, url: finalUrl, error: 'it is larger than 20 MB' };
    if (Number(response.headers.get('content-length')) > maxBytes) {
      await response.body?.cancel();
      return tooLarge;
    }
    const reader = response.body?.getReader();
    const decoder = new TextDecoder('utf-8');
    let html = '';
    let bytes = 0;
    for (let chunk = await reader?.read(); chunk && !chunk.done; chunk = await reader?.read()) {
      bytes += chunk.value.byteLength;
      if (bytes > maxBytes) {
        await reader?.cancel();
        return tooLarge;
      }
      html += decoder.decode(chunk.value, { stream: true });
    }
    return { ok: true, url: finalUrl, html: html + decoder.decode() };
  } catch (error) {
    return { ok: false, url, error: error instanceof Error ? error.message : String(error) };
  }
}
