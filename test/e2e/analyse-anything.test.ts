// "Analyse a policy" on the options page, and the popup's ways there, in real Chromium:
// pasted text, .txt, .html and .pdf files (the PDF made here with pdf-lib), bad input, and
// the links from the popup's PDF and "no policy found" messages. Keyboard only where a user
// would type or pick.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractPolicy } from '../../src/core/extract';
import { parseHtml } from '../../src/node/parse-html';
import { axeViolations, describeViolations } from './axe';
import { makePdf } from './make-pdf';
import { FIXTURE_DIR, openOptionsPage, saveScreenshot, serveArticleWithoutLinks, settled, useBrowser } from './harness';

const browser = useBrowser();
/** The readable text of the Imaginet policy fixture, as a user would save or copy it. */
let policyText: string;
/** The title the core gives that text when pasted: its first line. */
let pastedTitle: string;

beforeAll(async () => {
  const html = await readFile(join(FIXTURE_DIR, 'privacy.html'), 'utf8');
  policyText = extractPolicy({ kind: 'html', content: html }, parseHtml).text;
  pastedTitle = extractPolicy({ kind: 'text', content: policyText }).title;
});

const openOptions = (hash = '#analyse'): Promise<Page> => openOptionsPage(browser.session, hash, 'table.history, [data-testid="history-empty"]');

const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');

type FileToOpen = { name: string; mimeType: string; buffer: Buffer };
/** What each page's file chooser is to be given next. */
const choosing = new WeakMap<Page, (file: FileToOpen) => void>();

/**
 * Opens `file` in the section's file input by keyboard: focus it, press Space, pick the file
 * in the chooser. The page listens for choosers all along: a listener added for each press
 * would switch Chromium's chooser interception off and on, and a press in between opens a
 * real dialog that never answers.
 */
async function openByKeyboard(page: Page, file: FileToOpen) {
  if (!choosing.has(page)) {
    let next: FileToOpen | undefined;
    page.on('filechooser', (chooser) => next && void chooser.setFiles(next));
    choosing.set(page, (f) => (next = f));
  }
  choosing.get(page)!(file);
  await page.getByLabel('Open a policy file').focus();
  await page.keyboard.press('Space');
}

/** What the section shows now: the report's heading, or the message. */
const shown = (page: Page) =>
  page.evaluate(() => document.querySelector('#analysed-heading, [data-testid="analyse-problem"]')?.textContent ?? '');

/** Waits until the section shows a report headed, or a message, matching `expected` (what was shown before may still be there at first). */
async function outcome(page: Page, expected: RegExp): Promise<string> {
  await expect.poll(() => shown(page), { timeout: 45_000, interval: 200 }).toMatch(expected);
  return shown(page);
}

const historyTitles = (page: Page) => page.locator('table.history tbody tr').evaluateAll((rows) => rows.map((row) => row.textContent ?? ''));

describe('“Analyse a policy” on the options page', () => {
  it('opened at #analyse, puts the focus on the section; pasted text, typed by keyboard, gives a report kept in the history', async () => {
    const page = await openOptions();
    await expect(focusedText(page)).resolves.toBe('Analyse a policy');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe('TEXTAREA');
    await page.keyboard.insertText(policyText);
    await page.keyboard.press('Tab');
    await expect(focusedText(page)).resolves.toBe('Analyse the pasted text');
    await page.keyboard.press('Enter');
    expect(pastedTitle.length).toBeGreaterThan(3);
    await outcome(page, /^Report on/);
    // The report's heading takes the focus; the grade and score are the report view's.
    await expect(focusedText(page)).resolves.toBe(`Report on “${pastedTitle}”`);
    const report = page.getByTestId('analysed-report');
    await expect(report.getByTestId('score').textContent()).resolves.toMatch(/Score \d+ \/ 100/);
    await expect(report.getByRole('img', { name: /^Grade [A-E]$/ }).count()).resolves.toBeGreaterThan(0);
    await expect(page.getByTestId('analysed-saved').textContent()).resolves.toMatch(/^Saved to your history\./);
    await page.locator('table.history tbody tr').first().waitFor();
    expect((await historyTitles(page)).filter((row) => row.includes(pastedTitle))).toHaveLength(1);
    const key = await page.locator('table.history tbody tr td.url').first().textContent();
    expect(key).toMatch(/^pasted:[0-9a-f]{16}$/);

    // The same text again is the stored analysis, not a second entry.
    await page.getByRole('button', { name: 'Analyse the pasted text' }).click();
    await expect.poll(() => page.getByTestId('analysed-saved').textContent(), { timeout: 30_000 }).toMatch(/^Unchanged since you analysed it on/);
    expect(await historyTitles(page)).toHaveLength(1);
    await page.close();
  });

  it('opens a .txt, an .html and a .pdf file: each gives a report, kept under its file name, and can be compared', async () => {
    const page = await openOptions();
    const html = await readFile(join(FIXTURE_DIR, 'privacy.html'));
    const files = [
      { name: 'imaginet.txt', mimeType: 'text/plain', buffer: Buffer.from(policyText), title: 'imaginet.txt' },
      { name: 'imaginet.html', mimeType: 'text/html', buffer: html, title: 'Privacy Policy – Imaginet' },
      { name: 'imaginet.pdf', mimeType: 'application/pdf', buffer: await makePdf(policyText), title: 'imaginet.pdf' },
    ];
    const scores: number[] = [];
    for (const { title, ...file } of files) {
      await openByKeyboard(page, file);
      await outcome(page, new RegExp(`^Report on “${title.replace('.', '\\.')}”$`));
      await expect(focusedText(page)).resolves.toBe(`Report on “${title}”`);
      const score = await page.getByTestId('analysed-report').getByTestId('score').textContent();
      scores.push(Number(/Score (\d+) \/ 100/.exec(score ?? '')?.[1]));
    }
    // One policy, three ways: the same text reads the same (PDF lines re-joined by the core).
    expect(scores[0]).toBeGreaterThan(30);
    expect(new Set(scores).size, `scores ${scores.join(', ')}`).toBe(1);
    await page.locator('table.history tbody tr td.url', { hasText: 'file:imaginet.pdf' }).waitFor();
    const keys = await page.locator('table.history tbody tr td.url').allTextContents();
    expect(keys).toEqual(expect.arrayContaining(['file:imaginet.txt', 'file:imaginet.html', 'file:imaginet.pdf']));

    // "Compare it side by side" picks the PDF's entry for the comparison above.
    await page.getByRole('link', { name: 'Compare it side by side' }).click();
    expect(decodeURIComponent(new URL(page.url()).hash)).toBe('#compare=file:imaginet.pdf');
    await expect(page.getByRole('checkbox', { name: /imaginet\.pdf/ }).isChecked()).resolves.toBe(true);

    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const found = describeViolations(await axeViolations(page));
      expect(found, `axe found (${scheme}):\n${found.join('\n')}`).toEqual([]);
      await saveScreenshot(page, `options-analyse-pdf-${scheme}`);
    }
    await page.close();
  });

  it('gives bad input a clear message and keeps what is stored', async () => {
    const page = await openOptions();
    const stored = await historyTitles(page);
    expect(stored.length).toBeGreaterThan(0);

    await page.getByRole('button', { name: 'Analyse the pasted text' }).click();
    await outcome(page, /^There is nothing to analyse: paste the text of a privacy policy into the box first\.$/);

    const big = Buffer.alloc(5 * 1024 * 1024, 'We collect your name. ');
    await page.getByLabel('Open a policy file').setInputFiles({ name: 'everything.txt', mimeType: 'text/plain', buffer: big });
    await outcome(page, /^“everything\.txt” is 5\.0 MB, more than the 4\.0 MB Policy Lens opens as a text or web page file/);

    await page.getByLabel('Open a policy file').setInputFiles({ name: 'scan.pdf', mimeType: 'application/pdf', buffer: await makePdf() });
    await outcome(page, /^“scan\.pdf” has no text to read: its page is pictures \(a scan, or an image-only PDF\)/);

    const png = await readFile(join('public', 'icon', '48.png'));
    await page.getByLabel('Open a policy file').setInputFiles({ name: 'policy.png', mimeType: 'image/png', buffer: png });
    await outcome(page, /^“policy\.png” is not text: it looks like an image/);

    // Not a policy, under the key of one already stored: refused, and the stored one stays.
    const article = await readFile(join(FIXTURE_DIR, 'not-a-policy.html'));
    await page.getByLabel('Open a policy file').setInputFiles({ name: 'imaginet.html', mimeType: 'text/html', buffer: article });
    await outcome(page, /does not read like a privacy policy or terms of service, so it was not graded or saved/);

    const german = await readFile(join(FIXTURE_DIR, 'german-policy.html'));
    await page.getByLabel('Open a policy file').setInputFiles({ name: 'datenschutz.html', mimeType: 'text/html', buffer: german });
    await outcome(page, /^Report on “Datenschutzerklärung – NetzWerk Rhein GmbH”$/);
    await expect(page.getByTestId('analysed-report').textContent()).resolves.toContain("Policy Lens can't read German policies yet");

    await page.reload();
    await page.locator('table.history').waitFor();
    const after = await historyTitles(page);
    expect(after.length).toBe(stored.length + 1);
    expect(after.filter((row) => row.includes('file:imaginet.html'))[0]).toContain('Privacy Policy – Imaginet');
    await page.close();
  });
});

describe('the popup’s ways to “Analyse a policy”', () => {
  /** Activates the popup's link by keyboard and returns the options page it opened. */
  async function follow(popup: Page): Promise<Page> {
    const link = popup.getByTestId('analyse-link');
    await link.focus();
    const [opened] = await Promise.all([browser.session.context.waitForEvent('page'), popup.keyboard.press('Enter')]);
    await opened.locator('table.history, [data-testid="history-empty"]').first().waitFor();
    return opened;
  }

  it('a PDF in the browser’s viewer links to the section, and the link opens it', async () => {
    browser.server.setPage('docs/privacy.pdf', await makePdf(policyText), 'application/pdf');
    const { page, popup } = await browser.openPopup('docs/privacy.pdf');
    await expect(popup.getByRole('alert').textContent({ timeout: 30_000 })).resolves.toMatch(/Save the PDF, then open it under “Analyse a policy”/);
    await expect(popup.getByTestId('analyse-link').textContent()).resolves.toBe('Open “Analyse a policy” in a new tab');
    const options = await follow(popup);
    expect(new URL(options.url()).hash).toBe('#analyse');
    expect(new URL(options.url()).pathname).toBe('/options.html');
    await expect(focusedText(options)).resolves.toBe('Analyse a policy');
    await Promise.all([page.close(), popup.close(), options.close()]);
  });

  it('“no policy found” links to the section, and offers the site’s policy from the history once there is one', async () => {
    await serveArticleWithoutLinks(browser.server, 'news.html');
    const first = await browser.openPopup('news.html');
    await first.popup.getByTestId('no-policy').waitFor({ timeout: 30_000 });
    await expect(first.popup.getByTestId('stored-policy').count()).resolves.toBe(0);
    const options = await follow(first.popup);
    await expect(focusedText(options)).resolves.toBe('Analyse a policy');
    await Promise.all([first.page.close(), first.popup.close(), options.close()]);

    const policy = await browser.openPopup('privacy.html');
    await settled(policy.popup);
    await Promise.all([policy.page.close(), policy.popup.close()]);

    const again = await browser.openPopup('news.html');
    const offer = again.popup.getByTestId('stored-policy');
    await offer.waitFor({ timeout: 30_000 });
    await expect(offer.textContent()).resolves.toMatch(/^Open your last analysis of 127\.0\.0\.1’s privacy policy \(.+\)$/);
    for (const scheme of ['light', 'dark'] as const) {
      await again.popup.emulateMedia({ colorScheme: scheme });
      const found = describeViolations(await axeViolations(again.popup));
      expect(found, `axe found (${scheme}):\n${found.join('\n')}`).toEqual([]);
      await saveScreenshot(again.popup, `popup-no-policy-offer-${scheme}`);
    }
    await offer.focus();
    await again.popup.keyboard.press('Enter');
    await expect(again.popup.getByTestId('analysed').textContent()).resolves.toContain('Privacy Policy – Imaginet');
    await expect(again.popup.getByTestId('score').isVisible()).resolves.toBe(true);
    await Promise.all([again.page.close(), again.popup.close()]);
  });

  it('made no request to any host but 127.0.0.1', () => {
    expect(browser.session.foreignRequests).toEqual([]);
  });
});
