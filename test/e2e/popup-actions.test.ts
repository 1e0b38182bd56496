import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { saveScreenshot, settled, useBrowser } from './harness';

const browser = useBrowser();
let popup: Page;

beforeAll(async () => {
  ({ popup } = await browser.openPopup('ixanet.html'));
  await settled(popup);
});

describe('popup actions', () => {
  it('exports the report as a PDF download', async () => {
    const [download] = await Promise.all([
      popup.waitForEvent('download', { timeout: 45_000 }),
      popup.getByRole('button', { name: 'Export PDF' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^policy-lens-127\.0\.0\.1-privacy-policy-ixanet-\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2}\.pdf$/);
    const bytes = await readFile((await download.path())!);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('opens the side-by-side comparison with this policy preselected, from the keyboard', async () => {
    await popup.bringToFront();
    const compare = popup.getByRole('button', { name: 'Compare side by side' });
    for (let presses = 0; presses < 80 && !(await compare.evaluate((el) => el === document.activeElement)); presses++) {
      await popup.keyboard.press('Tab');
    }
    const [options] = await Promise.all([browser.session.context.waitForEvent('page'), popup.keyboard.press('Enter')]);
    await options.waitForURL(/options\.html/);
    expect(options.url()).toBe(
      `chrome-extension://${browser.session.extensionId}/options.html#compare=${encodeURIComponent(browser.server.url('ixanet.html'))}`,
    );
  });

  it('follows the system colour scheme', async () => {
    const background = () => popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await popup.emulateMedia({ colorScheme: 'light' });
    const light = await background();
    await popup.emulateMedia({ colorScheme: 'dark' });
    await saveScreenshot(popup, 'popup-dark');
    expect(await background()).not.toBe(light);
    expect(light).toBe('rgb(255, 255, 255)');
  });

  it('labels every control', async () => {
    const unlabelled = await popup.evaluate(() =>
      [...document.querySelectorAll('button, summary, a[href]')]
        .filter((control) => (control.textContent ?? '').trim() === '' && !control.getAttribute('aria-label'))
        .map((control) => control.outerHTML),
    );
    expect(unlabelled).toEqual([]);
  });

  it('made no request to any host but 127.0.0.1', () => {
    expect(browser.session.foreignRequests).toEqual([]);
  });
});
