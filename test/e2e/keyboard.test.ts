import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { serveArticleWithoutLinks, settled, useBrowser } from './harness';

const browser = useBrowser();

beforeAll(async () => {
  await serveArticleWithoutLinks(browser.server, 'no-links-article.html');
});

const CONTROLS = 'a[href], button, summary, input, select, textarea, [tabindex]:not([tabindex="-1"])';

/** A short name for the focused element (or a control): its tag and text. */
const describeFocused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return 'body';
    return `${element.tagName.toLowerCase()}: ${(element.textContent ?? '').trim().slice(0, 60)}`;
  });

/** Every visible, enabled control of the page, in document order, named like `describeFocused`. */
const visibleControls = (page: Page) =>
  page.locator(CONTROLS).evaluateAll((nodes) =>
    nodes
      .filter((node) => {
        const element = node as HTMLElement;
        if ((element as HTMLButtonElement).disabled) return false;
        // A summary counts; the content of a closed details element does not, however deep
        // (a clause list inside a folded checklist).
        for (let closed = element.closest('details:not([open])'); closed; closed = closed.parentElement?.closest('details:not([open])') ?? null) {
          if (!(element.tagName === 'SUMMARY' && element.parentElement === closed)) return false;
        }
        return element.getClientRects().length > 0;
      })
      .map((node) => `${node.tagName.toLowerCase()}: ${(node.textContent ?? '').trim().slice(0, 60)}`),
  );

/** Presses Tab until focus leaves the page's controls, recording what took focus and whether a ring showed. */
async function tabThrough(page: Page, limit = 200): Promise<{ order: string[]; withoutRing: string[] }> {
  const order: string[] = [];
  const withoutRing: string[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const focused = await describeFocused(page);
    if (focused === 'body' || order[0] === focused) break;
    order.push(focused);
    const ring = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement as Element);
      return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    });
    if (!ring) withoutRing.push(focused);
  }
  return { order, withoutRing };
}

describe('keyboard use of the popup', () => {
  it.each(['privacy.html', 'home.html'])('Tab reaches every control of the report on %s, in reading order, each with a visible focus ring', async (path) => {
    const { popup } = await browser.openPopup(path);
    await settled(popup);
    await popup.getByTestId('score').waitFor();
    const controls = await visibleControls(popup);
    expect(controls).toContain('button: Compare side by side');
    expect(controls.some((name) => name.startsWith('summary: Show the'))).toBe(true);
    const { order, withoutRing } = await tabThrough(popup);
    expect(order).toEqual(controls);
    expect(withoutRing).toEqual([]);
  });

  it('Enter and Space open and close a clause list', async () => {
    const { popup } = await browser.openPopup('privacy.html');
    await settled(popup);
    // The first clause list (the grade legend, also a details element, comes before it).
    const details = popup.locator('details').filter({ has: popup.locator('blockquote') }).first();
    await details.locator('summary').focus();
    await popup.keyboard.press('Enter');
    await expect(details.evaluate((node) => (node as HTMLDetailsElement).open)).resolves.toBe(true);
    await expect(details.locator('blockquote').first().isVisible()).resolves.toBe(true);
    await popup.keyboard.press('Space');
    await expect(details.evaluate((node) => (node as HTMLDetailsElement).open)).resolves.toBe(false);
  });

  it.each(['Enter', 'Space'])('%s on “Compare side by side” opens the comparison', async (key) => {
    const { popup } = await browser.openPopup('privacy.html');
    await settled(popup);
    await popup.getByRole('button', { name: 'Compare side by side' }).focus();
    const [options] = await Promise.all([browser.session.context.waitForEvent('page'), popup.keyboard.press(key)]);
    await options.waitForLoadState();
    expect(new URL(options.url()).pathname).toBe('/options.html');
    expect(new URL(options.url()).hash).toBe(`#compare=${encodeURIComponent(browser.server.url('privacy.html'))}`);
    await options.close();
  });

  it('from “no policy found”, Tab then Space analyses the page anyway', async () => {
    const { popup } = await browser.openPopup('no-links-article.html');
    await settled(popup);
    await popup.getByTestId('no-policy').waitFor();
    // The site's policy, analysed above, is offered first (once the history is read); "Analyse a policy" comes last.
    await popup.getByTestId('stored-policy').waitFor();
    const { order, withoutRing } = await tabThrough(popup);
    expect(order).toEqual([
      expect.stringMatching(/^button: Open your last analysis of 127\.0\.0\.1’s privacy polic/),
      'button: Analyse this page anyway',
      'a: Paste it or open the file under “Analyse a policy”',
    ]);
    expect(withoutRing).toEqual([]);
    await popup.keyboard.press('Tab');
    await popup.keyboard.press('Tab');
    await expect(describeFocused(popup)).resolves.toBe('button: Analyse this page anyway');
    await popup.keyboard.press('Space');
    await settled(popup);
    await expect(popup.getByTestId('analysed').textContent()).resolves.toContain(browser.server.url('no-links-article.html'));
  });
});
