// The jurisdiction checklist in the real extension: the popup's folded section for a seed
// page, opened from the keyboard, and the options page's "Where do you live?" setting
// bringing the reader's own law into the popup and the side-by-side comparison.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { saveScreenshot, settled, useBrowser } from './harness';

const browser = useBrowser();

async function popupFor(path: string): Promise<Page> {
  const { popup } = await browser.openPopup(path);
  await settled(popup);
  await popup.getByTestId('score').waitFor();
  return popup;
}

describe('checklists', () => {
  it('the popup shows the POPIA checklist for the Imaginet page, folded, not-found items first, opened from the keyboard', async () => {
    const popup = await popupFor('privacy.html');
    const section = popup.getByTestId('checklists');
    await section.waitFor();
    await expect(section.getByRole('heading', { name: 'What the law says it must tell you' }).isVisible()).resolves.toBe(true);
    const law = section.locator('details[data-law="popia"]');
    const summary = law.locator(':scope > summary');
    await expect(summary.textContent()).resolves.toMatch(/^POPIA: \d+ of 12 disclosures found$/);
    await expect(law.getAttribute('open')).resolves.toBeNull();
    await summary.focus();
    await popup.keyboard.press('Enter');
    await expect(law.getAttribute('open')).resolves.toBe('');
    const statuses = await law.locator(':scope > ul > li[data-item]').evaluateAll((items) => items.map((item) => item.getAttribute('data-status')));
    expect(statuses).toHaveLength(12);
    expect(statuses.indexOf('addressed')).toBe(statuses.filter((s) => s === 'not-found').length);
    await expect(law.locator('li[data-item="complaint"]').textContent()).resolves.toContain(
      "Doesn't say that you may complain to the Information Regulator (POPIA s18(1)(h)(v))",
    );
    await saveScreenshot(popup, 'popup-checklists');
    await popup.close();
  });

  it('the reader’s "Where do you live?" answer adds that law in the popup and the comparison, and survives a reload', async () => {
    const options = await browser.session.context.newPage();
    await options.goto(`chrome-extension://${browser.session.extensionId}/options.html`);
    const select = options.getByLabel('Where do you live?');
    await select.selectOption({ label: 'The United Kingdom' });
    await expect(options.getByTestId('residence-status').textContent()).resolves.toBe('Saved: reports will also show the UK GDPR checklist.');
    await options.reload();
    await expect(options.getByLabel('Where do you live?').inputValue()).resolves.toBe('uk');

    const popup = await popupFor('privacy.html');
    await popup.getByTestId('checklists').waitFor();
    const laws = await popup.locator('[data-testid="checklists"] details[data-law]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-law')));
    expect(laws).toEqual(['uk-gdpr', 'popia']);
    await popup.close();

    await options.goto(`chrome-extension://${browser.session.extensionId}/options.html#compare=imaginet,i-image`);
    await options.locator('table.compare tbody[data-section="checklists"]').waitFor();
    const found = await options.locator('table.compare tr[data-row="uk-gdpr:found"] td').allTextContents();
    expect(found).toHaveLength(2);
    // The reference Imaginet report was built without the reader's setting: not re-read for it.
    expect(found[0]).toContain('Not checked for this policy');
    expect(found[1]).toMatch(/\d+ of 20$/);
    await options.getByLabel('Where do you live?').selectOption({ label: 'Not said' });
    await options.close();
  });
});
