import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TAB_CLOSED } from '../../src/page/restricted';
import { FIXTURE_DIR, openPopupFor, saveScreenshot, settled, useBrowser } from './harness';
import { collectErrors, openPopupOn, outcome, startStallingServer, storedUrls, tabIdFor, type StallingServer } from './hostile-helpers';

// Tabs that go away under the popup: closed before or while it reads them, or navigated
// elsewhere meanwhile. The popup must say what happened and store nothing for them.

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
  // One stored analysis, so "nothing saved" below is checked against a history that works.
  const { page, popup } = await browser.openPopup('privacy.html');
  await popup.getByTestId('score').waitFor({ timeout: 45_000 });
  await page.close();
  await popup.close();
});

/** The history holds the one analysis made in beforeAll, and nothing for the closed tabs. */
const onlyTheFirstAnalysis = () => [browser.server.url('privacy.html')];

describe('a tab closed before the popup has read it', () => {
  it('closed at once: the popup says so and nothing is saved', async () => {
    const url = browser.server.url('privacy.html?closed-at-once');
    const page = await browser.session.context.newPage();
    await page.goto(url);
    const tabId = await tabIdFor(browser.session, url);
    expect(tabId).toBeGreaterThanOrEqual(0);
    await page.close();
    const popup = await openPopupOn(browser.session, tabId);
    await expect(popup.getByRole('alert').textContent({ timeout: 30_000 })).resolves.toBe(TAB_CLOSED);
    expect(await storedUrls(popup)).toEqual(onlyTheFirstAnalysis());
  });

  it('closed while its page is still loading: the popup says so and nothing is saved', async () => {
    const url = `${stalling.origin}/privacy`;
    const page = await browser.session.context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    const tabId = await tabIdFor(browser.session, url);
    expect(tabId).toBeGreaterThanOrEqual(0);
    const popup = await openPopupOn(browser.session, tabId);
    await popup.getByRole('status').filter({ hasText: 'Reading the page' }).waitFor();
    await page.close();
    await expect(popup.getByRole('alert').textContent({ timeout: 30_000 })).resolves.toBe(TAB_CLOSED);
    await saveScreenshot(popup, 'hostile-closed-while-loading');
    expect(await storedUrls(popup)).toEqual(onlyTheFirstAnalysis());
  });

  it('closed while the policy it links to is being fetched: the popup says so and nothing is saved', async () => {
    // The home page and its policy link on the same (stalling) origin; the policy never arrives.
    const home = (await readFile(join(FIXTURE_DIR, 'home.html'), 'utf8')).replace(/href="privacy\.html"/g, 'href="/linked-privacy"');
    expect(home).toContain('href="/linked-privacy"');
    stalling.complete.set('/home', home);
    const { page, popup } = await openPopupFor(browser.session, `${stalling.origin}/home`);
    await popup.getByRole('status').filter({ hasText: /Opening/ }).waitFor({ timeout: 30_000 });
    await page.close();
    await expect(popup.getByRole('alert').textContent({ timeout: 30_000 })).resolves.toBe(TAB_CLOSED);
    expect(await storedUrls(popup)).toEqual(onlyTheFirstAnalysis());
  });
});

describe('a tab that navigates while the popup waits to read it', () => {
  it('says the page changed, or reports the page the tab went to', async () => {
    const url = `${stalling.origin}/navigating`;
    const page = await browser.session.context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    const tabId = await tabIdFor(browser.session, url);
    const popup = await openPopupOn(browser.session, tabId);
    const errors = collectErrors(popup);
    await popup.getByRole('status').filter({ hasText: 'Reading the page' }).waitFor();
    await page.goto(browser.server.url('privacy.html'));
    await settled(popup);
    await saveScreenshot(popup, 'hostile-navigated-while-loading');
    const shown = await outcome(popup);
    if (shown.kind === 'report') expect(shown.text).toContain(browser.server.url('privacy.html'));
    else expect(shown.text).toMatch(/^The page changed .* while Policy Lens was reading it/);
    expect(errors).toEqual([]);
  });

  it('navigating away while it is read: a report or a clear message', async () => {
    browser.server.setPage('leaving-policy.html', policy.replace('</body>', `<script>setTimeout(() => location.replace('privacy.html?left'), 20);</script></body>`));
    const { popup } = await browser.openPopup('leaving-policy.html');
    const errors = collectErrors(popup);
    await settled(popup);
    const shown = await outcome(popup);
    expect(shown.kind === 'report' || /^The page changed .* while Policy Lens was reading it/.test(shown.text), shown.text).toBe(true);
    expect(errors).toEqual([]);
  });
});
