// The popup, verdict first: at 380×600 the first screen (no scrolling) holds the grade, the
// one-line verdict with the rank among similar providers and the findings that weigh most,
// with no horizontal scroll in either colour scheme; the A–E legend opens from the keyboard.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, describeViolations } from './axe';
import { saveScreenshot, settled, useBrowser } from './harness';

const FIRST_SCREEN = { width: 380, height: 600 };

const browser = useBrowser();

async function openAtFirstScreen(path: string, scheme: 'light' | 'dark'): Promise<Page> {
  const { popup } = await browser.openPopup(path, {
    beforeLoad: async (page) => {
      await page.setViewportSize(FIRST_SCREEN);
      await page.emulateMedia({ colorScheme: scheme });
    },
  });
  await settled(popup);
  return popup;
}

/** Saves what the first screen shows (no scrolling) as a test artefact. */
const saveFirstScreen = (page: Page, name: string) => saveScreenshot({ screenshot: (options) => page.screenshot({ ...options, fullPage: false }) }, name);

/** The bottom edge of an element in the viewport, and whether it is drawn at all. */
const bottomOf = (page: Page, selector: string) =>
  page.locator(selector).first().evaluate((node) => {
    const box = node.getBoundingClientRect();
    return { bottom: box.bottom, top: box.top, height: box.height };
  });

const horizontalOverflow = (page: Page) =>
  page.evaluate(() => {
    const root = document.scrollingElement!;
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, scrollsVertically: root.scrollHeight > root.clientHeight };
  });

describe.each(['light', 'dark'] as const)('popup verdict first, %s scheme', (scheme) => {
  it('shows grade, verdict and the top findings within the first 380×600 screen, with no horizontal scroll', async () => {
    const popup = await openAtFirstScreen('privacy.html', scheme);
    await expect(popup.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).resolves.toBe(scheme === 'dark');
    await expect(popup.evaluate(() => scrollY)).resolves.toBe(0);

    const verdictText = (await popup.getByTestId('verdict').textContent()) ?? '';
    expect(verdictText).toMatch(/^Better than \d+ of \d+ [a-z ]+\.$/);
    // The same standing as the comparison below says, in the same words.
    await expect(popup.getByTestId('rank').textContent()).resolves.toContain(verdictText);
    const findings = popup.getByTestId('top-findings').locator('li');
    const count = await findings.count();
    expect(count).toBeGreaterThanOrEqual(3);
    expect(count).toBeLessThanOrEqual(5);
    // Each marked by sign and word, with its points: not by colour alone.
    for (const text of await findings.allTextContents()) expect(text).toMatch(/^(✓ Good|✗ Bad|– Neutral|\? Not stated).+[+-]?\d+ of \d+$/);

    const grade = await bottomOf(popup, '[role="img"][aria-label^="Grade "]');
    const verdict = await bottomOf(popup, '[data-testid="verdict"]');
    const lastFinding = await bottomOf(popup, '[data-testid="top-findings"] li:last-child');
    for (const box of [grade, verdict, lastFinding]) {
      expect(box.height).toBeGreaterThan(0);
      expect(box.bottom).toBeLessThanOrEqual(FIRST_SCREEN.height);
    }
    expect(grade.top).toBeLessThan(verdict.top);
    // One line (14 px type, 1.45 line height).
    expect(verdict.height).toBeLessThan(2 * 20);
    expect(verdict.bottom).toBeLessThanOrEqual(lastFinding.top);

    const overflow = await horizontalOverflow(popup);
    // The report is taller than the screen: the vertical scrollbar is there, and still no horizontal scroll.
    expect(overflow.scrollsVertically).toBe(true);
    expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.clientWidth);
    // Last: a full-page screenshot resizes the page while it is taken.
    await saveFirstScreen(popup, `popup-first-screen-${scheme}`);
    await saveScreenshot(popup, `popup-verdict-${scheme}`);
  });

  it('keeps the grade on the first screen when the policy was found through a link, with the way back in one short line', async () => {
    const popup = await openAtFirstScreen('home.html', scheme);
    await saveFirstScreen(popup, `popup-first-screen-found-${scheme}`);
    const way = popup.getByRole('button', { name: 'Analyse the page I am on instead' });
    await expect(way.isVisible()).resolves.toBe(true);
    const line = await bottomOf(popup, '.found-from');
    // One short line of small text, two at most.
    expect(line.height).toBeLessThanOrEqual(2 * 20);
    const lastFinding = await bottomOf(popup, '[data-testid="top-findings"] li:last-child');
    expect(lastFinding.bottom).toBeLessThanOrEqual(FIRST_SCREEN.height);
    const overflow = await horizontalOverflow(popup);
    expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.clientWidth);
  });

  it('shows security, breach notification and laws with their points', async () => {
    const popup = await openAtFirstScreen('privacy.html', scheme);
    const card = popup.getByTestId('security-card');
    await expect(card.getByRole('heading').textContent()).resolves.toBe('Security, breaches and the law');
    const lines = await card.locator('li').allTextContents();
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(line).toMatch(/(✓ Good|✗ Bad|– Neutral|\? Not stated).+[+-]?\d+ of (10|5)/);
  });

  it('is clean for axe with the legend and every clause list open', async () => {
    const popup = await openAtFirstScreen('privacy.html', scheme);
    await popup.locator('details').evaluateAll((nodes) => nodes.forEach((node) => ((node as HTMLDetailsElement).open = true)));
    await expect(popup.getByTestId('grade-legend').getByText(/^A\s*\(80–100\)$/).isVisible()).resolves.toBe(true);
    const found = describeViolations(await axeViolations(popup));
    expect(found, found.join('\n')).toEqual([]);
  });
});

describe('the verdict and the comparison', () => {
  it('say the same thing when the reader picks another kind of provider', async () => {
    const popup = await openAtFirstScreen('privacy.html', 'light');
    const verdict = popup.getByTestId('verdict');
    const rank = popup.getByTestId('rank');
    const before = (await verdict.textContent()) ?? '';
    await expect(rank.textContent()).resolves.toContain(before);
    // This page names no kind of provider, so it is ranked among all; the reader picks internet providers.
    expect(before).toMatch(/^Better than \d+ of \d+ providers\.$/);
    await popup.getByTestId('group-kind').selectOption('isp');
    await expect.poll(() => verdict.textContent()).toMatch(/^Better than \d+ of \d+ internet providers\.$/);
    const after = (await verdict.textContent()) ?? '';
    expect(after).not.toBe(before);
    await expect(rank.textContent()).resolves.toContain(after);
  });
});

describe('the A–E legend', () => {
  it('opens and closes by keyboard alone, one Tab stop from the page line', async () => {
    const popup = await openAtFirstScreen('privacy.html', 'light');
    const legend = popup.getByTestId('grade-legend');
    const summary = legend.locator('summary');
    await expect(summary.textContent()).resolves.toBe('What the grades mean');
    // Tab to the legend: it is the first control of the report.
    await popup.keyboard.press('Tab');
    await expect(popup.evaluate(() => document.activeElement?.textContent)).resolves.toBe('What the grades mean');
    await popup.keyboard.press('Enter');
    await expect(legend.evaluate((node) => (node as HTMLDetailsElement).open)).resolves.toBe(true);
    const bands = await legend.locator('dt').allTextContents();
    expect(bands.map((b) => b.replace(/\s+/g, ' '))).toEqual(['A (80–100)', 'B (65–79)', 'C (50–64)', 'D (35–49)', 'E (0–34)']);
    await expect(legend.getByText(/states less than 30% of what we check/).isVisible()).resolves.toBe(true);
    await saveFirstScreen(popup, 'popup-first-screen-legend');
    await popup.keyboard.press('Space');
    await expect(legend.evaluate((node) => (node as HTMLDetailsElement).open)).resolves.toBe(false);
  });
});

describe('a policy without a grade', () => {
  it('says why in place of the grade, and that it is not ranked, on the first screen', async () => {
    const popup = await openAtFirstScreen('german-policy.html', 'light');
    await expect(popup.getByTestId('grade-withheld').isVisible()).resolves.toBe(true);
    await expect(popup.getByTestId('verdict').textContent()).resolves.toBe('No rank among similar providers: there is no grade to rank by.');
    const verdict = await bottomOf(popup, '[data-testid="verdict"]');
    expect(verdict.bottom).toBeLessThanOrEqual(FIRST_SCREEN.height);
    await expect(popup.getByTestId('top-findings').count()).resolves.toBe(0);
  });
});
