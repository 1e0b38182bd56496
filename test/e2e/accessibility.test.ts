import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, describeViolations } from './axe';
import { openPopupFor, saveScreenshot, serveArticleWithoutLinks, settled, useBrowser } from './harness';

const browser = useBrowser();

beforeAll(async () => {
  await serveArticleWithoutLinks(browser.server, 'no-links-article.html');
});

/** Opens every folded section, so axe checks what a user can reveal too. */
async function unfoldAll(page: Page) {
  await page.locator('details').evaluateAll((nodes) => nodes.forEach((node) => ((node as HTMLDetailsElement).open = true)));
}

async function expectNoViolations(page: Page, name: string) {
  await saveScreenshot(page, `a11y-${name}`);
  const found = describeViolations(await axeViolations(page));
  expect(found, `axe found on ${name}:\n${found.join('\n')}`).toEqual([]);
}

describe.each(['light', 'dark'] as const)('WCAG 2 A/AA (axe-core) in the %s scheme', (scheme) => {
  it('the popup showing a report', async () => {
    const { popup } = await browser.openPopup('privacy.html');
    await popup.emulateMedia({ colorScheme: scheme });
    await settled(popup);
    await popup.getByTestId('score').waitFor();
    await unfoldAll(popup);
    await expectNoViolations(popup, `popup-report-${scheme}`);
  });

  it('the popup saying no policy was found', async () => {
    const { popup } = await browser.openPopup('no-links-article.html');
    await popup.emulateMedia({ colorScheme: scheme });
    await settled(popup);
    await popup.getByTestId('no-policy').waitFor();
    await expectNoViolations(popup, `popup-no-policy-${scheme}`);
  });

  it('the popup showing a policy found through a link, with its way back to the page', async () => {
    const { popup } = await browser.openPopup('home.html');
    await popup.emulateMedia({ colorScheme: scheme });
    await settled(popup);
    await popup.getByRole('button', { name: 'Analyse the page I am on instead' }).waitFor();
    await expectNoViolations(popup, `popup-found-through-link-${scheme}`);
  });

  it('the popup showing a saved analysis from history', async () => {
    const { popup } = await browser.openPopup('privacy.html');
    await popup.emulateMedia({ colorScheme: scheme });
    await settled(popup);
    await popup.reload();
    await settled(popup);
    await popup.getByText(/Unchanged since you analysed it on/).waitFor();
    await expectNoViolations(popup, `popup-from-history-${scheme}`);
  });

  it('the popup explaining a page it may not read', async () => {
    const { popup } = await openPopupFor(browser.session, 'chrome://version/');
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.getByRole('alert').waitFor({ timeout: 30_000 });
    await expectNoViolations(popup, `popup-error-${scheme}`);
  });

  it('the options page comparing two policies, with the history list', async () => {
    const page = await browser.session.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`chrome-extension://${browser.session.extensionId}/options.html#compare=imqs,imagine-ftth`);
    await page.locator('table.history').waitFor();
    await page.locator('table.compare').waitFor();
    await unfoldAll(page);
    await expectNoViolations(page, `options-compare-${scheme}`);
  });

  it('the options page as the popup opens it: this policy, its two closest references, every verdict and the skip link shown', async () => {
    const { page: tab, popup } = await browser.openPopup('privacy.html');
    await settled(popup);
    await tab.close();
    await popup.close();
    const page = await browser.session.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`chrome-extension://${browser.session.extensionId}/options.html#compare=${encodeURIComponent(browser.server.url('privacy.html'))}`);
    await page.locator('table.compare thead th:nth-of-type(3)').waitFor();
    for (const verdict of ['current', 'better', 'worse', 'same', 'not-stated']) {
      expect(await page.locator(`table.compare td.${verdict}`).count(), verdict).toBeGreaterThan(0);
    }
    await page.getByRole('link', { name: 'Skip past the comparison table' }).focus();
    await unfoldAll(page);
    await expectNoViolations(page, `options-compare-opened-${scheme}`);
    await page.close();
  });
});

describe('the axe check itself', () => {
  it('finds an unnamed button and unreadable text when a page has them', async () => {
    const { popup } = await browser.openPopup('no-links-article.html');
    await settled(popup);
    await popup.evaluate(() => {
      const main = document.querySelector('main')!;
      main.append(document.createElement('button'));
      const faint = document.createElement('p');
      faint.textContent = 'Faint text';
      faint.style.cssText = 'color:#999;background:#aaa';
      main.append(faint);
    });
    const ids = (await axeViolations(popup)).map((v) => v.id);
    expect(ids).toEqual(expect.arrayContaining(['button-name', 'color-contrast']));
  });
});
