// A policy that changes: the change said in words once, kept as a quiet note after, both
// versions kept under one history entry, and any two compared side by side.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, describeViolations } from './axe';
import { ARTEFACT_DIR, FIXTURE_DIR, openOptionsPage, saveScreenshot, settled, useBrowser } from './harness';

const browser = useBrowser();
let policy: string;

const PATH = 'versioned-policy.html';
const PROMISE = '<li>We will never sell or share your information with third parties for marketing purposes.</li>';
const TRANSFER = 'We may transfer your personal information to our service providers in the United States.';

beforeAll(async () => {
  policy = await readFile(join(FIXTURE_DIR, 'privacy.html'), 'utf8');
  expect(policy).toContain(PROMISE);
  browser.server.setPage(PATH, policy);
});

async function openPopup(): Promise<Page> {
  const { page, popup } = await browser.openPopup(PATH);
  await settled(popup);
  await popup.getByTestId('score').waitFor();
  await page.close();
  return popup;
}

/** The popup's first screen only (380 × 600), as a user sees it on opening. */
async function firstScreen(popup: Page, name: string): Promise<void> {
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.screenshot({ path: join(ARTEFACT_DIR, `${name}.png`) });
  await popup.setViewportSize({ width: 380, height: 800 });
}

const openOptions = (hash = ''): Promise<Page> => openOptionsPage(browser.session, hash, 'table.history');

const compareHeaders = (page: Page) =>
  page.locator('table.compare thead th').evaluateAll((cells) => cells.map((cell) => cell.firstChild?.textContent ?? ''));

describe('versions of a policy', () => {
  it('says a change in words first, the clauses folded below', async () => {
    const first = await openPopup();
    await expect(first.getByTestId('change').count()).resolves.toBe(0);
    await first.close();

    browser.server.setPage(PATH, policy.replace(PROMISE, `<li>${TRANSFER}</li>`));
    const popup = await openPopup();
    await firstScreen(popup, 'popup-policy-changed-in-words');
    const words = await popup.getByTestId('change').textContent();
    expect(words).toMatch(/^This policy changed since you last analysed it on .+: /);
    expect(words).toContain('no longer says it never sells your data');
    expect(words).toContain('now may send data abroad');
    expect(words).toMatch(/score \d+ → \d+ \([A-E] → [A-E]\)\.$/);
    // The clauses are there, folded away until asked for.
    const added = popup.getByText(TRANSFER).first();
    await expect(added.isVisible()).resolves.toBe(false);
    await popup.getByText(/Show the text that changed: 1 clause added, 1 clause removed/).click();
    await expect(added.isVisible()).resolves.toBe(true);
    expect(describeViolations(await axeViolations(popup))).toEqual([]);
    await popup.close();
  });

  it('keeps the change as one quiet line on later opens, the whole change one click away', async () => {
    const popup = await openPopup();
    await firstScreen(popup, 'popup-last-change-note');
    await expect(popup.getByTestId('change').count()).resolves.toBe(0);
    const note = popup.getByTestId('history-note');
    const line = await note.locator(':scope > summary').textContent();
    expect(line).toMatch(/^Changed on .+: no longer says it never sells your data; now may send data abroad; score \d+ → \d+ \([A-E] → [A-E]\)\.$/);
    // Quiet: no notice box, one line below the verdict, so it never pushes the grade down (cut short when it does not fit).
    const style = await note.evaluate((el) => ({ background: getComputedStyle(el).backgroundColor, role: el.getAttribute('role'), height: el.getBoundingClientRect().height }));
    expect(style.background).toBe('rgba(0, 0, 0, 0)');
    expect(style.role).toBeNull();
    const lineHeight = await note.locator(':scope > summary').evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
    expect(style.height).toBeLessThan(lineHeight * 1.5);
    const [noteBox, scoreBox] = await Promise.all([note.boundingBox(), popup.getByTestId('score').boundingBox()]);
    expect(noteBox!.y).toBeGreaterThan(scoreBox!.y + scoreBox!.height);

    await expect(popup.getByTestId('last-change').isVisible()).resolves.toBe(false);
    await note.locator(':scope > summary').focus();
    await popup.keyboard.press('Enter');
    await expect(popup.getByTestId('last-change').textContent()).resolves.toMatch(/This policy changed since you last analysed it on .+: no longer says it never sells your data/);
    expect(describeViolations(await axeViolations(popup))).toEqual([]);
    await popup.emulateMedia({ colorScheme: 'dark' });
    expect(describeViolations(await axeViolations(popup))).toEqual([]);
    await firstScreen(popup, 'popup-last-change-opened-dark');
    await popup.close();
  });

  it('lists both versions under one history entry, marked changed, and compares them side by side', async () => {
    const page = await openOptions();
    const rows = page.locator('table.history tbody tr.has-versions');
    await expect(rows.count()).resolves.toBe(1);
    await expect(rows.first().locator('.changed').textContent()).resolves.toMatch(/^Changed on .+: 2 versions$/);
    await expect(page.locator('table.history tbody th[scope="row"]').count()).resolves.toBe(1);
    const versions = page.getByTestId('versions');
    await expect(versions.getByRole('checkbox').count()).resolves.toBe(2);
    await expect(versions.getByText(/Current version of /).count()).resolves.toBe(1);
    await saveScreenshot(page, 'options-versions');

    await versions.getByRole('button', { name: 'Compare the last two versions' }).click();
    await page.locator('table.compare').waitFor();
    const headers = await compareHeaders(page);
    expect(headers).toEqual([expect.stringMatching(/, version of .+[^)]$/), expect.stringMatching(/, version of .+ \(current\)$/)]);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('compare-heading');
    const sells = await page.locator('table.compare tr[data-row="sells_data"] td').allTextContents();
    // The earlier text promised never to sell (its clause quoted); the current one does not say.
    expect(sells).toEqual([expect.stringMatching(/No.*We will never sell/), expect.not.stringMatching(/never sell/)]);
    expect(sells[1]).toContain('Not stated');
    await expect(versions.getByRole('checkbox', { checked: true }).count()).resolves.toBe(2);
    expect(describeViolations(await axeViolations(page))).toEqual([]);

    // The selection is in the URL: reloaded, the same two versions are compared; unticking one leaves one.
    const hash = await page.evaluate(() => location.hash);
    expect(decodeURIComponent(hash)).toMatch(new RegExp(`^#compare=${browser.server.url(PATH).replace(/[.?]/g, '\\$&')}@[0-9a-f]{16},`));
    const reloaded = await openOptions(hash);
    await reloaded.locator('table.compare').waitFor();
    await expect(compareHeaders(reloaded)).resolves.toEqual(headers);
    await reloaded.getByTestId('versions').getByRole('checkbox').first().uncheck();
    await expect(reloaded.locator('table.compare').count()).resolves.toBe(0);
    await page.close();
    await reloaded.close();
  });

  it('made no request to any host but 127.0.0.1', () => {
    expect(browser.session.foreignRequests).toEqual([]);
  });
});
