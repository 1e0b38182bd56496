import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { referenceSet } from '../../src/data/reference';
import {
  launchExtension,
  openPopupFor,
  saveScreenshot,
  settled,
  startFixtureServer,
  type ExtensionSession,
  type FixtureServer,
} from './harness';

let server: FixtureServer;
let session: ExtensionSession;

beforeAll(async () => {
  server = await startFixtureServer();
  session = await launchExtension();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

async function openOptions(hash = ''): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/options.html${hash}`);
  // Loaded: the history list, its empty state or an error is showing.
  await page.locator('table.history, [data-testid="history-empty"], [role="alert"]').first().waitFor();
  return page;
}

/** Column headers of the comparison table, without the "Reference policy" / "From your history" note. */
async function comparedNames(page: Page): Promise<string[]> {
  return page.locator('table.compare thead th').evaluateAll((cells) => cells.map((cell) => cell.firstChild?.textContent ?? ''));
}

async function rowTexts(page: Page, key: string): Promise<{ text: string; differs: boolean }[]> {
  return page.locator(`table.compare tr[data-row="${key}"] td`).evaluateAll((cells) =>
    cells.map((cell) => ({ text: cell.textContent ?? '', differs: cell.classList.contains('differs') })),
  );
}

/** Analyses a fixture page through the popup, which stores it in the history. */
async function analyse(path: string): Promise<void> {
  const { page, popup } = await openPopupFor(session, server.url(path));
  await settled(popup);
  await popup.getByTestId('score').waitFor();
  await page.close();
  await popup.close();
}

const historyRows = (page: Page) => page.locator('table.history tbody tr');

describe('options page: side-by-side comparison', () => {
  it('starts empty, then compares two reference policies with rows and marked differences', async () => {
    const page = await openOptions();
    await expect(page.getByTestId('history-empty').isVisible()).resolves.toBe(true);
    await expect(page.getByRole('group', { name: 'Reference policies' }).getByRole('checkbox').count()).resolves.toBe(5);

    await page.getByRole('checkbox', { name: /IMQS/ }).check();
    await expect(page.getByText('“IMQS” is picked: pick at least one more policy to compare it with.').isVisible()).resolves.toBe(true);
    await page.getByRole('checkbox', { name: /Imagine\b/ }).check();

    expect(await comparedNames(page)).toEqual(['IMQS', 'Imagine']);
    expect(new URL(page.url()).hash).toBe('#compare=imqs,imagine-ftth');
    const rowKeys = await page.locator('table.compare tr[data-row]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-row')));
    expect(rowKeys.slice(0, 8)).toEqual(['score', 'grade', 'coverage', 'collection', 'sharing', 'retention', 'transfer', 'rights']);
    expect(rowKeys).toContain('sells_data');
    expect(rowKeys).toContain('breach_notification');

    const score = await rowTexts(page, 'score');
    // The scores the bundled reference set carries (a unit test keeps it in step with the core).
    const scoreOf = (id: string) => referenceSet.find((p) => p.id === id)?.report.score.score;
    expect(score.map((c) => c.text)).toEqual([`≠ Differs${scoreOf('imqs')} / 100`, `≠ Differs${scoreOf('imagine-ftth')} / 100`]);
    expect(score.every((c) => c.differs)).toBe(true);
    const sameAndDifferent = await page.locator('table.compare td.differs').count();
    expect(sameAndDifferent).toBeGreaterThan(2);
    await expect(page.locator('table.compare td:not(.differs)').count()).resolves.toBeGreaterThan(0);
    await saveScreenshot(page, 'options-compare-references');

    await page.getByRole('checkbox', { name: 'Show only rows that differ' }).check();
    const shownRows = await page.locator('table.compare tr[data-row]').count();
    const differingRows = await page.locator('table.compare tr[data-row]:has(td.differs)').count();
    expect(shownRows).toBe(differingRows);
    expect(shownRows).toBeLessThan(rowKeys.length);
    await page.close();
  });

  it('takes its selection from the URL hash and ignores unknown ids', async () => {
    const page = await openOptions('#compare=ixanet,no-such-policy,i-image,imaginet');
    expect(await comparedNames(page)).toEqual(['ixanet', 'i-Image IT', 'Imaginet']);
    await expect(page.getByRole('checkbox', { name: /ixanet/ }).isChecked()).resolves.toBe(true);
    await page.close();
  });

  it('can be driven from the keyboard', async () => {
    const page = await openOptions();
    await page.getByRole('checkbox', { name: /IMQS/ }).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    expect(await comparedNames(page)).toEqual(['IMQS', 'i-Image IT']);
    await page.close();
  });
});

describe('options page: history', () => {
  it('lists an analysed page, compares it with a reference, deletes it after confirmation', async () => {
    await analyse('privacy.html');
    const url = server.url('privacy.html');
    const page = await openOptions(`#compare=${encodeURIComponent(url)},imqs`);
    await expect(historyRows(page).count()).resolves.toBe(1);
    const row = historyRows(page).first();
    await expect(row.textContent()).resolves.toContain('Privacy Policy – Imaginet');
    await expect(row.getByRole('link').getAttribute('href')).resolves.toBe(url);
    await expect(row.getByRole('img', { name: /^Grade [A-E]$/ }).isVisible()).resolves.toBe(true);
    await expect(row.locator('time').getAttribute('datetime')).resolves.toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(await comparedNames(page)).toEqual(['Privacy Policy – Imaginet', 'IMQS']);
    await saveScreenshot(page, 'options-history');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      row.getByRole('button', { name: 'Export PDF of Privacy Policy – Imaginet' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^policy-lens-127\.0\.0\.1-\d{4}-\d{2}-\d{2}\.pdf$/);
    const pdf = await readFile((await download.path()) ?? '');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await expect(page.getByRole('status').textContent()).resolves.toBe('PDF ready: check your downloads.');

    // Escape and Cancel both keep the entry.
    await row.getByRole('button', { name: /^Delete .* from history$/ }).click();
    await expect(page.getByRole('dialog').textContent()).resolves.toMatch(/Delete “Privacy Policy – Imaginet” from your history\?/);
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Cancel');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog').count()).resolves.toBe(0);
    await row.getByRole('button', { name: /^Delete .* from history$/ }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
    await expect(historyRows(page).count()).resolves.toBe(1);

    await row.getByRole('button', { name: /^Delete .* from history$/ }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete', exact: true }).click();
    await page.getByTestId('history-empty').waitFor();
    await expect(page.getByRole('status').textContent()).resolves.toContain('Deleted “Privacy Policy – Imaginet”');
    await expect(page.getByRole('group', { name: 'Your history' }).count()).resolves.toBe(0);
    await expect(page.getByRole('group', { name: 'Reference policies' }).getByRole('checkbox').count()).resolves.toBe(5);

    await page.reload();
    await page.getByTestId('history-empty').waitFor();
    await page.close();
  });

  it('deletes all history after confirmation; references remain', async () => {
    await analyse('privacy.html');
    await analyse('ixanet.html');
    const page = await openOptions();
    await expect(historyRows(page).count()).resolves.toBe(2);
    await page.getByRole('button', { name: 'Delete all history' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete all' }).click();
    await page.getByTestId('history-empty').waitFor();
    await expect(page.getByRole('group', { name: 'Reference policies' }).getByRole('checkbox').count()).resolves.toBe(5);
    await page.close();
  });

  it('shows a storage error clearly and deletes nothing', async () => {
    await analyse('privacy.html');
    const page = await openOptions();
    await expect(historyRows(page).count()).resolves.toBe(1);
    // Make the browser's IndexedDB refuse every delete from now on in this page.
    await page.evaluate(() => {
      const refuse = (): never => {
        throw new DOMException('The disk is unavailable', 'UnknownError');
      };
      IDBObjectStore.prototype.delete = refuse;
      IDBObjectStore.prototype.clear = refuse;
    });
    await historyRows(page).first().getByRole('button', { name: /^Delete .* from history$/ }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete', exact: true }).click();
    const alert = await page.getByRole('alert').textContent();
    expect(alert).toMatch(/Could not delete from your history: The disk is unavailable\. Your earlier history is untouched\./);
    await expect(historyRows(page).count()).resolves.toBe(1);

    await page.getByRole('button', { name: 'Delete all history' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete all' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/Could not clear your history/);
    await saveScreenshot(page, 'options-storage-error');

    await page.reload();
    await historyRows(page).first().waitFor();
    await expect(historyRows(page).count()).resolves.toBe(1);
    await page.close();
  });

  it('explains a history that cannot be read and still compares the references', async () => {
    const page = await session.context.newPage();
    await page.addInitScript(() => {
      IDBIndex.prototype.getAll = () => {
        throw new DOMException('The disk is unavailable', 'UnknownError');
      };
    });
    await page.goto(`chrome-extension://${session.extensionId}/options.html#compare=imqs,ixanet`);
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/^Could not read your history: The disk is unavailable\./);
    expect(await comparedNames(page)).toEqual(['IMQS', 'ixanet']);
    await page.close();
  });

  it('made no request beyond the local test server', () => {
    expect(session.foreignRequests).toEqual([]);
  });
});

describe('options page: about', () => {
  it('names the licence and carries the notice of every data source the model and references come from', async () => {
    const page = await openOptions();
    const about = page.locator('section.about');
    const text = (await about.textContent()) ?? '';
    expect(text).toContain('GPL-3.0-or-later');
    for (const name of ['GDPR-Transparency-200', 'PrivacySpy', 'Open Terms Archive', 'DMOZ', 'DejaVu Sans']) expect(text).toContain(name);
    expect(await about.locator('a[href^="https://github.com/tomcory/privacy-policy-annotator"]').count()).toBe(1);
    await page.close();
  });
});
