import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TAB_ANSWER_MS } from '../../src/page/tab';
import { FIXTURE_DIR, saveScreenshot, settled, useBrowser } from './harness';
import { collectErrors, outcome, startStallingServer, type StallingServer } from './hostile-helpers';

// Pages that fight back: they rewrite themselves, tamper with the DOM, never yield, hide
// the policy in another origin's frame, or weigh several megabytes.

let stalling: StallingServer;
// Registered before the browser's hooks, so that it closes after the browser has let go of the connections it holds open.
beforeAll(async () => {
  stalling = await startStallingServer();
});
afterAll(async () => {
  await stalling?.close();
});

const browser = useBrowser();
let policy: string;

beforeAll(async () => {
  policy = await readFile(join(FIXTURE_DIR, 'privacy.html'), 'utf8');
});

describe('a page that rewrites itself', () => {
  it('replaced right after load by another policy: the report is of what the tab shows', async () => {
    const rewritten = policy.replace(
      '</body>',
      `<script>addEventListener('load', () => {
        document.title = 'Privacy Policy – Rewritten';
        document.body.innerHTML = '<main><h1>Privacy Policy</h1><p>We collect your name and your email address.</p>' +
          '<p>We share your email address with payment processors.</p><p>We keep your records for two years.</p></main>';
      });</script></body>`,
    );
    browser.server.setPage('rewritten-policy.html', rewritten);
    const { popup } = await browser.openPopup('rewritten-policy.html');
    const errors = collectErrors(popup);
    await settled(popup);
    const shown = await outcome(popup);
    expect(shown.kind).toBe('report');
    expect(shown.text).toContain('Privacy Policy – Rewritten');
    await expect(popup.locator('main').textContent()).resolves.toContain('two years');
    expect(errors).toEqual([]);
  });

  it('rewritten every few milliseconds: a coherent report or a clear message, never a crash or a blank popup', async () => {
    const churning = policy.replace(
      '</body>',
      `<script>
        const original = document.body.innerHTML;
        let turn = 0;
        setInterval(() => {
          turn++;
          document.body.innerHTML = turn % 2 ? '<p>Loading…</p>' : original;
          if (turn % 3 === 0) document.title = 'Privacy Policy – Imaginet (' + turn + ')';
        }, 3);
      </script></body>`,
    );
    browser.server.setPage('churning-policy.html', churning);
    for (let attempt = 0; attempt < 3; attempt++) {
      const { popup, page } = await browser.openPopup('churning-policy.html');
      const errors = collectErrors(popup);
      await settled(popup);
      await saveScreenshot(popup, `hostile-churning-${attempt}`);
      const shown = await outcome(popup);
      expect(shown.text.trim().length).toBeGreaterThan(20);
      if (shown.kind === 'report') {
        const grade = popup.locator('[data-testid="score"], [data-testid="grade-withheld"]');
        await expect(grade.textContent()).resolves.toMatch(/^(Score \d+ \/ 100|Not enough information to grade)$/);
      }
      expect(errors).toEqual([]);
      await page.close();
      await popup.close();
    }
  });
});

/** Page script that breaks the DOM and built-ins the extension's reading relies on, in the page's own world. */
const TAMPERING = `<script>
  Node.prototype.cloneNode = function () { throw new Error('no cloning'); };
  Document.prototype.querySelectorAll = Element.prototype.querySelectorAll = function () { return []; };
  Array.prototype.map = function () { return ['tampered']; };
  Object.defineProperty(Document.prototype, 'title', { get: () => 'Tampered title', configurable: true });
  Object.defineProperty(Element.prototype, 'outerHTML', { get: () => '<p>tampered</p>', configurable: true });
  JSON.stringify = () => '{}';
  window.fetch = () => Promise.reject(new Error('no fetch for you'));
</script>`;

describe('a page that tampers with the DOM and built-ins', () => {
  // The injected functions run in the extension's isolated world, which the page cannot reach.
  it.each([
    ['the policy itself', 'privacy.html', 'meddling-policy.html'],
    ['a home page whose policy link is fetched', 'home.html', 'meddling-home.html'],
  ])('%s is still read as the user sees it', async (_what, fixture, path) => {
    const original = await readFile(join(FIXTURE_DIR, fixture), 'utf8');
    browser.server.setPage(path, original.replace('</head>', `${TAMPERING}</head>`));
    const { page, popup } = await browser.openPopup(path);
    await expect(page.evaluate(() => document.title)).resolves.toBe('Tampered title');
    const errors = collectErrors(popup);
    await settled(popup);
    const shown = await outcome(popup);
    expect(shown.kind, shown.text).toBe('report');
    expect(shown.text).toContain('Privacy Policy – Imaginet');
    await expect(popup.locator('main').textContent()).resolves.not.toMatch(/tampered/i);
    expect(errors).toEqual([]);
  });
});

describe('a page whose content security policy forbids every connection', () => {
  it('still has its policy link followed: the fetch runs in the extension’s world, not the page’s', async () => {
    const home = await readFile(join(FIXTURE_DIR, 'home.html'), 'utf8');
    const csp = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; connect-src 'none'">`;
    browser.server.setPage('locked-down-home.html', home.replace('<head>', `<head>${csp}`));
    const { popup } = await browser.openPopup('locked-down-home.html');
    await settled(popup);
    const shown = await outcome(popup);
    expect(shown.kind, shown.text).toBe('report');
    expect(shown.text).toContain(browser.server.url('privacy.html'));
    expect(shown.text).toMatch(/Found through the link on/);
  });
});

describe('a policy link that redirects', () => {
  const homeLinkingTo = (href: string) =>
    `<!doctype html><html lang="en"><head><title>ISP – Home</title></head><body><main><h1>Welcome</h1>` +
    `<p>Fast fibre for every home in the city, installed this week.</p></main>` +
    `<footer><a href="${href}">Privacy Policy</a></footer></body></html>`;

  it('to another site is refused before any request reaches that site', async () => {
    stalling.complete.set('/elsewhere-policy', policy);
    browser.server.setRedirect('moved-away.html', `${stalling.origin}/elsewhere-policy`);
    browser.server.setPage('home-moved-away.html', homeLinkingTo('/moved-away.html'));
    const before = stalling.requests.length;
    const { popup } = await browser.openPopup('home-moved-away.html');
    await settled(popup);
    expect(stalling.requests.slice(before)).toEqual([]);
    const shown = await outcome(popup);
    expect(shown.kind, shown.text).toBe('no-policy');
    await expect(popup.locator('main').textContent()).resolves.toMatch(/“Privacy Policy”: it redirects to another site\./);
  });

  it('within the site is followed, and the page it lands on is analysed', async () => {
    browser.server.setRedirect('old-privacy.html', '/privacy.html');
    browser.server.setPage('home-moved-within.html', homeLinkingTo('/old-privacy.html'));
    const { popup } = await browser.openPopup('home-moved-within.html');
    await settled(popup);
    const shown = await outcome(popup);
    expect(shown.kind, shown.text).toBe('report');
    expect(shown.text).toContain(browser.server.url('privacy.html'));
  });
});

describe('a page whose own script never lets go', () => {
  it('the popup gives up after a while and says the page did not answer', async () => {
    browser.server.setPage(
      'busy-policy.html',
      policy.replace('</body>', '<script>addEventListener("load", () => setTimeout(() => { for (;;) {} }, 50));</script></body>'),
    );
    const { page, popup } = await browser.openPopup('busy-policy.html');
    const errors = collectErrors(popup);
    await expect(popup.getByRole('alert').textContent({ timeout: TAB_ANSWER_MS + 20_000 })).resolves.toMatch(
      /^The page did not answer: it is still loading, or its own scripts keep it busy/,
    );
    await saveScreenshot(popup, 'hostile-busy-page');
    expect(errors).toEqual([]);
    await page.close(); // its renderer may be shared with the next tests' pages
  }, TAB_ANSWER_MS + 40_000);
});

describe('a policy inside a cross-origin iframe', () => {
  // Same-origin frames are read (popup.test.ts); another origin's frame is not ours to read.
  it('is not read: the popup says no policy was found, and shows none of the frame’s text', async () => {
    stalling.complete.set('/framed-policy', policy);
    browser.server.setPage(
      'cross-origin-frame.html',
      `<!doctype html><html lang="en"><head><title>Imaginet – Legal</title></head><body><main><h1>Legal</h1>` +
        `<iframe title="Policy" src="${stalling.origin}/framed-policy"></iframe></main></body></html>`,
    );
    const { page, popup } = await browser.openPopup('cross-origin-frame.html');
    await expect(page.frameLocator('iframe').locator('h1').textContent()).resolves.toBe('Privacy Policy');
    const errors = collectErrors(popup);
    await settled(popup);
    const shown = await outcome(popup);
    expect(shown.kind, shown.text).toBe('no-policy');
    await expect(popup.locator('main').textContent()).resolves.not.toContain('Imaginet maintains records');
    expect(errors).toEqual([]);
  });
});

describe('a very large policy page', () => {
  it('5 MB of policy: a report, with a warning that the text was cut', async () => {
    const [head, rest] = policy.split('<main id="content" class="content">') as [string, string];
    const [main, tail] = rest.split('</main>') as [string, string];
    const sections: string[] = [];
    for (let copy = 1; sections.join('').length < 5 * 1024 * 1024; copy++) sections.push(main.replace(/<h2>(\d+)\./g, `<h2>${copy}.$1.`));
    const page = `${head}<main id="content" class="content">${sections.join('\n')}</main>${tail}`;
    expect(page.length).toBeGreaterThan(5 * 1024 * 1024);
    browser.server.setPage('huge-policy.html', page);
    const { popup } = await browser.openPopup('huge-policy.html');
    const errors = collectErrors(popup);
    await settled(popup);
    await saveScreenshot(popup, 'hostile-huge-policy');
    const shown = await outcome(popup);
    expect(shown.kind, shown.text).toBe('report');
    await expect(popup.getByRole('list', { name: 'Warnings' }).textContent()).resolves.toMatch(/cut to its first/);
    expect(errors).toEqual([]);
  }, 120_000);
});
