import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, describeViolations } from './axe';
import { openOptionsPage, useBrowser } from './harness';

// The options page by keyboard alone: the confirm dialog takes focus, keeps it, and gives
// it back to the button that opened it.

const browser = useBrowser();

beforeAll(async () => {
  const { page, popup } = await browser.openPopup('privacy.html');
  await popup.getByTestId('score').waitFor({ timeout: 45_000 });
  await page.close();
  await popup.close();
});

const openOptions = (): Promise<Page> => openOptionsPage(browser.session, '', 'table.history');

const focusedName = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return 'body';
    return element.getAttribute('aria-label') ?? element.textContent?.trim() ?? element.tagName;
  });

describe('the comparison by keyboard', () => {
  it('opens with the table; the skip link, then Enter, takes focus past it; Space picks one more', async () => {
    const page = await openOptions();
    await page.locator('table.compare').waitFor();
    const columns = () => page.locator('table.compare thead th').count();
    await expect(columns()).resolves.toBe(3);
    await page.getByRole('checkbox', { name: 'Show only rows that differ' }).focus();
    await page.keyboard.press('Tab');
    await expect(focusedName(page)).resolves.toBe('Skip past the comparison table');
    const link = await page.getByRole('link', { name: 'Skip past the comparison table' }).boundingBox();
    expect(link!.x).toBeGreaterThanOrEqual(0);
    expect(link!.width).toBeGreaterThan(0);
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('compare-end');
    // The address still names the compared policies, and the table stays.
    expect(new URL(page.url()).hash).toMatch(/^#compare=[^,]+,[^,]+,[^,]+$/);
    await expect(columns()).resolves.toBe(3);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.closest('.table-scroll, .picker') === null)).resolves.toBe(true);
    await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.not.toBe('BODY');

    await page.getByRole('checkbox', { name: /^IMQS/ }).focus();
    await page.keyboard.press('Space');
    await expect(columns()).resolves.toBe(4);
    await page.close();
  });
});

describe('the delete dialog by keyboard', () => {
  it('opens on Enter with focus on Cancel, and Escape closes it, deletes nothing and returns focus', async () => {
    const page = await openOptions();
    const deleteButton = page.getByRole('button', { name: /^Delete .* from history$/ }).first();
    const name = await deleteButton.getAttribute('aria-label');
    await deleteButton.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor();
    await expect(focusedName(page)).resolves.toBe('Cancel');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await expect(page.locator('table.history tbody tr').count()).resolves.toBe(1);
    await expect(focusedName(page)).resolves.toBe(name);
    await page.close();
  });

  it('keeps Tab inside the open dialog', async () => {
    const page = await openOptions();
    await page.getByRole('button', { name: 'Delete all history' }).focus();
    await page.keyboard.press('Space');
    await page.getByRole('dialog').waitFor();
    const visited = new Set<string>();
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      visited.add(await focusedName(page));
    }
    const inDialog = await page.evaluate(() => document.activeElement?.closest('dialog') !== null);
    expect(inDialog).toBe(true);
    expect([...visited].filter((name) => name !== 'Cancel' && name !== 'Delete all' && name !== 'body')).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(focusedName(page)).resolves.toBe('Delete all history');
    await page.close();
  });

  it.each(['light', 'dark'] as const)('passes axe (WCAG 2 A/AA) with the dialog open, %s', async (scheme) => {
    const page = await openOptions();
    await page.emulateMedia({ colorScheme: scheme });
    await page.getByRole('button', { name: 'Delete all history' }).click();
    await page.getByRole('dialog').waitFor();
    const found = describeViolations(await axeViolations(page));
    expect(found, found.join('\n')).toEqual([]);
    await page.close();
  });
});
