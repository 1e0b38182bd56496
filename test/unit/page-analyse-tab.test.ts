import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PolicyReport } from '../../src/core/types';
import { parseHtml } from '../../src/node/parse-html';
import { analyseTab } from '../../src/page/analyse-tab';
import type { FetchedPage, PageSnapshot } from '../../src/page/in-page';
import { fetchInTab, snapshotTab } from '../../src/page/tab';
import { nextEntry } from '../../src/storage/entry';
import type { History, HistoryEntry } from '../../src/storage/types';

// The tab is simulated: what the injected functions would return from a real page.
vi.mock('../../src/page/tab', () => ({ snapshotTab: vi.fn(), fetchInTab: vi.fn() }));
/** Every page the popup hands to DOMParser. */
const parsed: string[] = [];
vi.stubGlobal(
  'DOMParser',
  class {
    parseFromString(html: string) {
      parsed.push(html);
      return parseHtml(html);
    }
  },
);

const ORIGIN = 'https://isp.example';
const POLICY_BODY = `<main><h1>Privacy Policy</h1>
<p>We collect your name, email address and phone number when you sign up.</p>
<p>We share your details with our payment processor to bill you.</p>
<p>We keep billing records for five years and then delete them.</p>
<p>You may ask for a copy of your personal information or ask us to delete it.</p></main>`;
const ARTICLE_BODY = `<main><h1>New fibre packages</h1><p>Our fastest fibre packages yet are here, with a new router and free installation for every customer who upgrades this month.</p></main>`;

function page(path: string, title: string, body: string, links: PageSnapshot['links'] = []): PageSnapshot {
  return {
    url: `${ORIGIN}${path}`,
    loadedFrom: `${ORIGIN}${path}`,
    title,
    lang: 'en',
    contentType: 'text/html',
    html: `<!doctype html><html><head><title>${title}</title></head><body>${body}</body></html>`,
    headings: [],
    links,
    frames: 0,
    unreadFrames: [],
  };
}

const fetched = (path: string, body: string): FetchedPage => ({
  ok: true,
  url: `${ORIGIN}${path}`,
  html: `<!doctype html><html><head><title>Privacy Policy</title></head><body>${body}</body></html>`,
});

function memoryHistory(failing: { get?: boolean; save?: boolean } = {}): History & { entries: Map<string, HistoryEntry> } {
  const entries = new Map<string, HistoryEntry>();
  const fail = () => Promise.reject(new Error('Could not read your history: disk full. Your earlier history is untouched.'));
  return {
    entries,
    get: (key) => (failing.get ? fail() : Promise.resolve(entries.get(key))),
    version: async () => undefined,
    list: async () => ({ entries: [...entries.values()], damaged: [] }),
    save: async (report: PolicyReport & { url: string }, place = { key: report.url }) => {
      if (failing.save) return fail();
      const { entry, change } = nextEntry(entries.get(place.key), report, 1, place);
      entries.set(place.key, entry);
      return { entry, change };
    },
    delete: async (url) => void entries.delete(url),
    clear: async () => entries.clear(),
  };
}

async function openTab(url: string): Promise<number> {
  return (await fakeBrowser.tabs.create({ url })).id!;
}

beforeEach(() => {
  parsed.length = 0;
  fakeBrowser.reset();
  vi.mocked(snapshotTab).mockReset();
  vi.mocked(fetchInTab).mockReset();
});

describe('analyseTab', () => {
  it('analyses a page that names itself a policy, and stores it', async () => {
    const history = memoryHistory();
    vi.mocked(snapshotTab).mockResolvedValue(page('/privacy#top', 'Privacy Policy – ISP', POLICY_BODY));
    const result = await analyseTab(await openTab(`${ORIGIN}/privacy`), { history });
    expect(result).toMatchObject({ kind: 'report', analysed: { url: `${ORIGIN}/privacy` } });
    expect(result).not.toHaveProperty('foundFrom');
    expect([...history.entries.keys()]).toEqual([`${ORIGIN}/privacy`]);
    expect(fetchInTab).not.toHaveBeenCalled();
  });

  it('parses the page once for a new analysis, and once to see it is unchanged', async () => {
    const history = memoryHistory();
    const tabId = await openTab(`${ORIGIN}/privacy`);
    vi.mocked(snapshotTab).mockResolvedValue(page('/privacy', 'Privacy Policy', POLICY_BODY));
    await analyseTab(tabId, { history });
    expect(parsed).toHaveLength(1);
    expect(await analyseTab(tabId, { history })).toMatchObject({ fromHistory: 1 });
    expect(parsed).toHaveLength(2);
  });

  it.each([
    ['another analyser version', 'older'],
    ['no analyser version', undefined],
  ])('analyses the same text stored with %s again, and says it is read differently', async (_name, version) => {
    const history = memoryHistory();
    const tabId = await openTab(`${ORIGIN}/privacy`);
    vi.mocked(snapshotTab).mockResolvedValue(page('/privacy', 'Privacy Policy', POLICY_BODY));
    await analyseTab(tabId, { history });
    const stored = history.entries.get(`${ORIGIN}/privacy`)!;
    const current = stored.report.analyserVersion;
    const aged = { ...stored.report, analyserVersion: version };
    if (version === undefined) delete aged.analyserVersion;
    history.entries.set(`${ORIGIN}/privacy`, { ...stored, report: aged });
    const result = await analyseTab(tabId, { history });
    expect(result).not.toHaveProperty('fromHistory');
    expect(result).toMatchObject({ kind: 'report', change: { kind: 'analyser', scoreBefore: stored.score, gradeBefore: stored.grade } });
    expect(history.entries.get(`${ORIGIN}/privacy`)?.report.analyserVersion).toBe(current);
    expect(await analyseTab(tabId, { history })).toMatchObject({ fromHistory: 1 });
  });

  it('keeps a page that changed its own address apart: it cannot take the place of that address’s analysis', async () => {
    const history = memoryHistory();
    const tabId = await openTab(`${ORIGIN}/privacy`);
    vi.mocked(snapshotTab).mockResolvedValue(page('/privacy', 'Privacy Policy', POLICY_BODY));
    await analyseTab(tabId, { history });
    const real = history.entries.get(`${ORIGIN}/privacy`);

    // A page of the same site, loaded at /blog/42, that called history.replaceState('/privacy') before the click.
    const forged = { ...page('/privacy', 'Privacy Policy', POLICY_BODY.replace('five', 'fifty')), loadedFrom: `${ORIGIN}/blog/42` };
    vi.mocked(snapshotTab).mockResolvedValue(forged);
    const result = await analyseTab(tabId, { history });
    expect(result).toMatchObject({ kind: 'report', key: `${ORIGIN}/privacy via ${ORIGIN}/blog/42`, analysed: { url: `${ORIGIN}/privacy` } });
    expect(result).toMatchObject({ change: undefined });
    expect(history.entries.get(`${ORIGIN}/privacy`)).toEqual(real);
    expect(history.entries.get(`${ORIGIN}/privacy via ${ORIGIN}/blog/42`)).toMatchObject({ loadedFrom: `${ORIGIN}/blog/42` });
  });

  it('names the page by the address the browser reports for the tab, not by what the page says', async () => {
    const history = memoryHistory();
    vi.mocked(snapshotTab).mockResolvedValue({ ...page('/elsewhere', 'Privacy Policy', POLICY_BODY), loadedFrom: `${ORIGIN}/privacy` });
    const result = await analyseTab(await openTab(`${ORIGIN}/privacy#section-2`), { history });
    expect(result).toMatchObject({ kind: 'report', key: `${ORIGIN}/privacy`, analysed: { url: `${ORIGIN}/privacy` } });
  });

  it('follows the best policy link, skipping one that cannot be read', async () => {
    vi.mocked(snapshotTab).mockResolvedValue(
      page('/', 'ISP – Home', ARTICLE_BODY, [
        { href: `${ORIGIN}/terms`, text: 'Terms', inFooter: true },
        { href: `${ORIGIN}/privacy`, text: 'Privacy Policy', inFooter: true },
      ]),
    );
    vi.mocked(fetchInTab).mockImplementation(async (_tab, url) =>
      url.endsWith('/privacy') ? { ok: false, url, error: 'the server answered 404' } : fetched('/terms', POLICY_BODY),
    );
    const tabId = await openTab(`${ORIGIN}/`);
    const result = await analyseTab(tabId, { history: memoryHistory() });
    expect(vi.mocked(fetchInTab).mock.calls).toEqual([
      [tabId, `${ORIGIN}/privacy`],
      [tabId, `${ORIGIN}/terms`],
    ]);
    expect(result).toMatchObject({
      kind: 'report',
      analysed: { url: `${ORIGIN}/terms` },
      foundFrom: { url: `${ORIGIN}/`, title: 'ISP – Home' },
    });
  });

  it('says no policy was found, naming links that failed, when the page is not a policy', async () => {
    vi.mocked(snapshotTab).mockResolvedValue(
      page('/news', 'News', ARTICLE_BODY, [{ href: `${ORIGIN}/privacy`, text: 'Privacy', inFooter: true }]),
    );
    vi.mocked(fetchInTab).mockResolvedValue({ ok: false, url: `${ORIGIN}/privacy`, error: 'it redirects to another site' });
    const history = memoryHistory();
    const result = await analyseTab(await openTab(`${ORIGIN}/news`), { history });
    expect(result).toEqual({
      kind: 'no-policy',
      page: { url: `${ORIGIN}/news`, title: 'News' },
      unreadableLinks: [{ text: 'Privacy', url: `${ORIGIN}/privacy`, error: 'it redirects to another site' }],
      unreadFrames: [],
    });
    expect(history.entries.size).toBe(0);
  });

  it('names the frames from other sites it could not read when the page is not a policy', async () => {
    const framed = 'https://policies.vendor.example/isp/privacy';
    vi.mocked(snapshotTab).mockResolvedValue({ ...page('/legal', 'Legal', '<main><h1>Legal</h1><p>Our legal notices.</p></main>'), unreadFrames: [framed] });
    const result = await analyseTab(await openTab(`${ORIGIN}/legal`), { history: memoryHistory() });
    expect(result).toMatchObject({ kind: 'no-policy', unreadFrames: [framed] });
  });

  it('tells the core about unread frames, so a report of a page titled as the policy says the policy may be framed', async () => {
    vi.mocked(snapshotTab).mockResolvedValue({
      ...page('/privacy', 'Privacy Policy', '<main><h1>Privacy Policy</h1><p>Our policy is shown below.</p></main>'),
      unreadFrames: ['https://policies.vendor.example/isp/privacy'],
    });
    const result = await analyseTab(await openTab(`${ORIGIN}/privacy`), { history: memoryHistory() });
    expect(result.kind).toBe('report');
    const warnings = result.kind === 'report' ? result.report.warnings : [];
    expect(warnings.join('\n')).toMatch(/the policy may be in an embedded frame from another site, which could not be read/);
    expect(warnings).toContainEqual(expect.stringMatching(/^Part of this page is shown in 1 embedded frame, which was not read/));
    expect(warnings).not.toContain('This does not read like a privacy policy or terms of service.');
  });

  it('analyses the page itself when asked, even if it is not a policy', async () => {
    vi.mocked(snapshotTab).mockResolvedValue(page('/news', 'News', ARTICLE_BODY));
    const result = await analyseTab(await openTab(`${ORIGIN}/news`), { history: memoryHistory(), pageItself: true });
    expect(result).toMatchObject({ kind: 'report', analysed: { url: `${ORIGIN}/news` } });
  });

  it('reuses the stored report when the text is unchanged, and not when it changed', async () => {
    const history = memoryHistory();
    const tabId = await openTab(`${ORIGIN}/privacy`);
    vi.mocked(snapshotTab).mockResolvedValue(page('/privacy', 'Privacy Policy', POLICY_BODY));
    const first = await analyseTab(tabId, { history });
    const second = await analyseTab(tabId, { history });
    expect(first).not.toHaveProperty('fromHistory');
    expect(second).toMatchObject({ kind: 'report', fromHistory: 1 });
    vi.mocked(snapshotTab).mockResolvedValue(page('/privacy', 'Privacy Policy', POLICY_BODY.replace('five', 'ten')));
    expect(await analyseTab(tabId, { history })).not.toHaveProperty('fromHistory');
  });

  it('says a change in full once, then, reused from history, keeps it as the last change', async () => {
    const history = memoryHistory();
    const tabId = await openTab(`${ORIGIN}/privacy`);
    vi.mocked(snapshotTab).mockResolvedValue(page('/privacy', 'Privacy Policy', POLICY_BODY));
    const first = await analyseTab(tabId, { history });
    expect(first).not.toHaveProperty('lastChange');
    expect(await analyseTab(tabId, { history })).not.toHaveProperty('lastChange');
    vi.mocked(snapshotTab).mockResolvedValue(page('/privacy', 'Privacy Policy', POLICY_BODY.replace('five years', 'ten years')));
    const changed = await analyseTab(tabId, { history });
    expect(changed).toMatchObject({ kind: 'report', change: { kind: 'text', removed: [expect.stringMatching(/five years/)], facts: { before: expect.any(Object), after: expect.any(Object) } } });
    expect(changed).not.toHaveProperty('fromHistory');
    const reopened = await analyseTab(tabId, { history });
    expect(reopened).toMatchObject({ kind: 'report', fromHistory: 1, lastChange: { kind: 'text', removed: [expect.stringMatching(/five years/)] } });
    expect(reopened).not.toHaveProperty('change');
  });

  it('still says the policy changed when the changed version cannot be saved (storage full)', async () => {
    const failing = { save: false };
    const history = memoryHistory(failing);
    const tabId = await openTab(`${ORIGIN}/privacy`);
    vi.mocked(snapshotTab).mockResolvedValue(page('/privacy', 'Privacy Policy', POLICY_BODY));
    await analyseTab(tabId, { history });
    failing.save = true;
    vi.mocked(snapshotTab).mockResolvedValue(page('/privacy', 'Privacy Policy', POLICY_BODY.replace('five years', 'ten years')));
    const result = await analyseTab(tabId, { history });
    expect(result).toMatchObject({
      kind: 'report',
      storageProblem: expect.stringMatching(/untouched/),
      change: { since: 1, added: [expect.stringMatching(/ten years/)], removed: [expect.stringMatching(/five years/)] },
    });
  });

  it.each([
    { name: 'read', failing: { get: true } },
    { name: 'save', failing: { save: true } },
  ])('still shows the report when the history $name fails', async ({ failing }) => {
    vi.mocked(snapshotTab).mockResolvedValue(page('/privacy', 'Privacy Policy', POLICY_BODY));
    const result = await analyseTab(await openTab(`${ORIGIN}/privacy`), { history: memoryHistory(failing) });
    expect(result).toMatchObject({ kind: 'report', storageProblem: expect.stringMatching(/untouched/) });
  });

  it.each([
    {
      name: 'a browser page',
      url: 'chrome://settings',
      snapshot: undefined,
      message: /browser page/,
      opensAsFile: false,
    },
    {
      name: 'a page the browser will not let us script',
      url: `${ORIGIN}/x`,
      snapshot: new Error('Cannot access contents of the page.'),
      message: /does not let Policy Lens read this page/,
      opensAsFile: false,
    },
    {
      name: 'the PDF viewer',
      url: `${ORIGIN}/doc`,
      snapshot: { ...page('/doc', '', ''), contentType: 'application/pdf' },
      message: /PDF shown in the browser’s viewer.*“Analyse a policy”/,
      opensAsFile: true,
    },
    {
      name: 'a PDF by its address',
      url: `${ORIGIN}/docs/privacy.pdf`,
      snapshot: undefined,
      message: /PDF shown in the browser’s viewer/,
      opensAsFile: true,
    },
    {
      name: 'a page showing nothing but an embedded PDF',
      url: `${ORIGIN}/privacy`,
      snapshot: page('/privacy', 'Privacy Policy', '<embed src="/p.pdf" type="application/pdf">'),
      message: /^This page shows a PDF, which Policy Lens cannot read inside a web page\. Save the PDF, then open it under “Analyse a policy”/,
      opensAsFile: true,
    },
    {
      name: 'an empty page',
      url: `${ORIGIN}/privacy`,
      snapshot: page('/privacy', 'Privacy Policy', ''),
      message: /no readable text/,
      opensAsFile: false,
    },
  ])('explains $name (linking to “Analyse a policy”: $opensAsFile)', async ({ url, snapshot, message, opensAsFile }) => {
    if (snapshot instanceof Error) vi.mocked(snapshotTab).mockRejectedValue(snapshot);
    else if (snapshot) vi.mocked(snapshotTab).mockResolvedValue(snapshot);
    const result = await analyseTab(await openTab(url), { history: memoryHistory() });
    expect(result).toEqual({ kind: 'error', message: expect.stringMatching(message), ...(opensAsFile ? { opensAsFile } : {}) });
    if (!snapshot) expect(snapshotTab).not.toHaveBeenCalled();
  });

  it('explains a tab that has gone', async () => {
    const result = await analyseTab(12345, { history: memoryHistory() });
    expect(result).toEqual({ kind: 'error', message: 'The tab to analyse has been closed.' });
  });

  it('says the page changed when the tab went elsewhere while it was read, rather than file the new text under the old address', async () => {
    const tabId = await openTab(`${ORIGIN}/navigating`);
    // The read returns the page the tab went to; the browser now reports that page's address.
    vi.mocked(snapshotTab).mockImplementation(async () => {
      await fakeBrowser.tabs.update(tabId, { url: `${ORIGIN}/privacy` });
      return page('/privacy', 'Privacy Policy', POLICY_BODY);
    });
    const history = memoryHistory();
    const result = await analyseTab(tabId, { history });
    expect(result).toEqual({ kind: 'error', message: expect.stringMatching(/^The page changed .* while Policy Lens was reading it/) });
    expect(history.entries.size).toBe(0);
  });

  it('reads a page whose address only changed its #fragment while it was read', async () => {
    const tabId = await openTab(`${ORIGIN}/privacy`);
    vi.mocked(snapshotTab).mockImplementation(async () => {
      await fakeBrowser.tabs.update(tabId, { url: `${ORIGIN}/privacy#rights` });
      return page('/privacy', 'Privacy Policy', POLICY_BODY);
    });
    const result = await analyseTab(tabId, { history: memoryHistory() });
    expect(result.kind).not.toBe('error');
  });
});
