import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FIXTURE_DIR, isLocalRequest, openPopupFor, saveScreenshot, serveArticleWithoutLinks, settled, useBrowser } from './harness';

// A one-page PDF with no text; what matters is that the browser shows it in its viewer.
const MINIMAL_PDF = [
  '%PDF-1.4',
  '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
  '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
  '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj',
  'trailer << /Root 1 0 R >>',
  '%%EOF',
].join('\n');

const browser = useBrowser();

describe('popup on a policy page', () => {
  it('shows grade, score, coverage, one card per category and the comparison', async () => {
    const { popup } = await browser.openPopup('privacy.html');
    await settled(popup);
    await saveScreenshot(popup, 'popup-privacy');
    await expect(popup.getByTestId('analysed').textContent()).resolves.toMatch(/Privacy Policy – Imaginet.*\/privacy\.html/);
    await expect(popup.getByRole('img', { name: /^Grade [A-E]$/ }).first().isVisible()).resolves.toBe(true);
    await expect(popup.getByTestId('score').textContent()).resolves.toMatch(/Score \d+ \/ 100/);
    await expect(popup.getByText(/Covers \d+% of what we check/).isVisible()).resolves.toBe(true);
    const cards = await popup.locator('section[data-category]').evaluateAll((nodes) =>
      nodes.map((node) => node.getAttribute('data-category')),
    );
    expect(cards).toEqual(['collection', 'sharing', 'retention', 'transfer', 'rights']);
    await expect(popup.getByTestId('rank').textContent()).resolves.toMatch(/^Better than \d+ of \d+ [a-z ]+\. Ranks \d+(st|nd|rd|th) of \d+/);
    await expect(popup.getByRole('button', { name: 'Compare side by side' }).isEnabled()).resolves.toBe(true);
    await expect(popup.getByRole('button', { name: 'Export PDF' }).isEnabled()).resolves.toBe(true);
  });
});

/** A web host's policy, served from 127.0.0.1: only its words say what kind of provider it is. */
const HOSTING_POLICY = `<!doctype html><html lang="en"><head><title>Privacy Policy – Example Hosting</title></head><body><main>
  <h1>Privacy Policy</h1>
  <p>Example Hosting provides web hosting, shared hosting, managed hosting and dedicated servers to small businesses.</p>
  <p>When you open a hosting account we collect your name, e-mail address, postal address and payment details.</p>
  <p>Your control panel (cPanel) records the IP address you log in from. Our dedicated servers and colocation racks log access.</p>
  <p>We share your data with our payment processor and with the data centre that runs our web hosting platform.</p>
  <p>We never sell your personal information.</p>
  <p>We keep your hosting account records for six years after your account closes, then delete them.</p>
  <p>You may ask for a copy of your data, ask us to correct or delete it, and complain to the Information Commissioner's Office.</p>
  <p>We protect your data with encryption and notify you of a data breach without undue delay.</p>
</main></body></html>`;

describe('popup: compared with similar providers', () => {
  it('ranks a hosting policy among hosting providers in words, lists them by score with this policy placed, and regroups by keyboard', async () => {
    browser.server.setPage('hosting-privacy.html', HOSTING_POLICY);
    const { popup } = await browser.openPopup('hosting-privacy.html');
    await settled(popup);
    const rank = popup.getByTestId('rank');
    // Ten hosting references (nine vendored and ixanet), all graded (communiteq was not until its
    // "we do not sell, trade, or rent Users personal identification information" was read).
    await expect(rank.textContent()).resolves.toMatch(/^Better than \d+ of 10 hosting providers\. Ranks \d+(st|nd|rd|th) of 11, this policy included\.$/);
    await expect(popup.getByTestId('group-kind').inputValue()).resolves.toBe('hosting');
    const list = popup.getByTestId('group-list');
    await expect(list.locator(':scope > li').count()).resolves.toBe(11);
    const details = await list.getByTestId('reference').locator('p').allTextContents();
    expect(details.every((line) => /^Hosting, [A-Z]{2}, (\d{4}-\d{2}(-\d{2})?|undated)$/.test(line))).toBe(true);
    const scores = await list.locator(':scope > li').evaluateAll((items) =>
      items.map((item) => Number(/(\d+) \/ 100/.exec(item.textContent ?? '')?.[1] ?? -1)),
    );
    // By score, highest first (a reference that is not graded comes last: the next test).
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(scores.every((score) => score >= 0)).toBe(true);
    const own = Number(/Score (\d+)/.exec((await popup.getByTestId('score').textContent()) ?? '')?.[1]);
    const place = await list.locator(':scope > li').evaluateAll((items) => items.findIndex((item) => item.getAttribute('data-testid') === 'this-policy'));
    expect(scores[place]).toBe(own);
    await saveScreenshot(popup, 'popup-comparison-hosting');

    // By keyboard: the country select, typed to the United Kingdom, narrows to UK hosts.
    await popup.getByTestId('group-country').focus();
    await popup.keyboard.type('United K');
    await expect(rank.textContent()).resolves.toMatch(/^Better than \d+ of 3 hosting providers in the United Kingdom\./);
    await expect(list.locator(':scope > li').count()).resolves.toBe(4);
    // And the kind select, typed to "All kinds", ranks among every graded provider in the UK.
    await popup.getByTestId('group-kind').focus();
    await popup.keyboard.type('All');
    await expect(rank.textContent()).resolves.toMatch(/^Better than \d+ of \d+ providers in the United Kingdom\./);
    await expect(list.getByTestId('reference').locator('p').allTextContents()).resolves.toContain('Other, GB, 2018-05-01');
  });

  it('lists a reference it cannot grade as such, after the graded ones', async () => {
    const { popup } = await browser.openPopup('hosting-privacy.html');
    await settled(popup);
    await popup.getByTestId('group-kind').selectOption('isp');
    const items = popup.getByTestId('group-list').locator(':scope > li');
    await expect(items.last().textContent()).resolves.toContain('Orange (France)');
    await expect(items.last().textContent()).resolves.toContain('not graded: not in English (French)');
    await expect(popup.getByTestId('rank').textContent()).resolves.toMatch(/ of 8 internet providers\./);
  });
});

/** A policy stating six retention periods, the one kept for ever last. */
const MANY_PERIODS_POLICY = `<!doctype html><html lang="en"><head><title>Privacy Policy – Example Forum</title></head><body><main>
  <h1>Privacy Policy</h1>
  <p>When you register we collect your name, e-mail address and IP address.</p>
  <p>We share your data with our hosting provider. We never sell your personal information.</p>
  <h2>How long we keep your data</h2>
  <p>We keep server logs for 7 days.</p>
  <p>We keep invoices for 7 years.</p>
  <p>We keep support tickets for 2 years.</p>
  <p>We keep backups for 30 days.</p>
  <p>We keep mailing lists for 3 years.</p>
  <p>We keep forum posts indefinitely.</p>
  <p>You may ask for a copy of your data, ask us to correct or delete it, and complain to the Information Commissioner's Office.</p>
</main></body></html>`;

describe('popup: a category with many findings', () => {
  it('shows what decides the score first and folds the rest away until asked for', async () => {
    browser.server.setPage('many-periods.html', MANY_PERIODS_POLICY);
    const { popup } = await browser.openPopup('many-periods.html');
    await settled(popup);
    const card = popup.locator('section[data-category="retention"]');
    const visible = () => card.locator('li').evaluateAll((items) => items.filter((item) => item.checkVisibility()).map((item) => item.firstChild?.textContent ?? ''));
    const shown = await visible();
    expect(shown).toHaveLength(4);
    expect(shown[0]).toBe('Keeps forum posts indefinitely');
    const more = card.getByText('Show 2 more findings');
    await more.click();
    await expect(visible()).resolves.toHaveLength(6);
  });
});

describe('popup on harder policy pages', () => {
  it('reads a policy split over same-origin iframes', async () => {
    const { popup } = await browser.openPopup('iframe-policy.html');
    await settled(popup);
    const text = await popup.locator('main').textContent();
    expect(text).toContain('Framed Fibre collects your name');
    expect(text).toContain('We keep your records for five years');
  });

  it('reads a policy inside web components: open and closed shadow roots, nested, with slotted text in place', async () => {
    browser.server.setPage(
      'shadow-policy.html',
      `<!doctype html><html lang="en"><head><title>Privacy Policy – Shadow Fibre</title></head><body><main>
      <policy-section><p slot="detail">We keep your billing records for five years and then delete them.</p></policy-section>
      </main><script>
        customElements.define('rights-note', class extends HTMLElement {
          constructor() {
            super();
            this.attachShadow({ mode: 'closed' }).innerHTML =
              '<p>You have the right to ask for a copy of your personal information and to ask us to delete it.</p>';
          }
        });
        customElements.define('policy-section', class extends HTMLElement {
          constructor() {
            super();
            this.attachShadow({ mode: 'open' }).innerHTML =
              '<h1>Privacy Policy</h1><p>Shadow Fibre collects your name, email address and phone number when you sign up.</p>' +
              '<p>We share your details with our payment processor to bill you, and with nobody else.</p>' +
              '<slot name="detail"></slot><rights-note></rights-note>';
          }
        });
      </script></body></html>`,
    );
    const { popup } = await browser.openPopup('shadow-policy.html');
    await settled(popup);
    const text = await popup.locator('main').textContent();
    expect(text).not.toMatch(/Only \d+ characters of text were found/);
    expect(text).toContain('“Shadow Fibre collects your name, email address and phone number when you sign up.”');
    expect(text).toContain('“We keep your billing records for five years and then delete them.”');
    expect(text).toContain('“You have the right to ask for a copy of your personal information and to ask us to delete it.”');
  });

  it("says it can't read a German policy yet, with no grade, score, findings or comparison", async () => {
    const { popup } = await browser.openPopup('german-policy.html');
    await settled(popup);
    await saveScreenshot(popup, 'popup-german');
    await expect(popup.getByTestId('grade-withheld').textContent()).resolves.toBe("Policy Lens can't read German policies yet");
    await expect(popup.getByRole('img', { name: /^Grade / }).count()).resolves.toBe(0);
    await expect(popup.getByTestId('score').count()).resolves.toBe(0);
    await expect(popup.locator('section[data-category]').count()).resolves.toBe(0);
    await expect(popup.getByTestId('rank').count()).resolves.toBe(0);
    await expect(popup.locator('main').textContent()).resolves.not.toMatch(/does not say|says nothing clear/i);
    await expect(popup.getByRole('button', { name: 'Compare side by side' }).count()).resolves.toBe(0);
  });
});

describe('popup on a page that is not a policy', () => {
  it('follows the footer privacy link of the home page and says what it analysed', async () => {
    const { popup } = await browser.openPopup('home.html');
    await settled(popup);
    await saveScreenshot(popup, 'popup-home');
    const analysed = await popup.getByTestId('analysed').textContent();
    expect(analysed).toContain(browser.server.url('privacy.html'));
    expect(analysed).toMatch(/Found through the link on “Imaginet – Fast, reliable fibre and hosting”/);
  });

  it('follows the link from a news article and offers to analyse the article instead', async () => {
    const { popup } = await browser.openPopup('not-a-policy.html');
    await settled(popup);
    await expect(popup.getByTestId('analysed').textContent()).resolves.toContain(browser.server.url('privacy.html'));
    await popup.getByRole('button', { name: 'Analyse the page I am on instead' }).click();
    await settled(popup);
    await expect(popup.getByTestId('analysed').textContent()).resolves.toContain(browser.server.url('not-a-policy.html'));
    await saveScreenshot(popup, 'popup-not-enough-to-grade');
    await expect(popup.getByTestId('grade-withheld').textContent()).resolves.toBe('Not enough information to grade');
    await expect(popup.getByRole('img', { name: /^Grade / }).count()).resolves.toBe(0);
    await expect(popup.getByTestId('score').count()).resolves.toBe(0);
    await expect(popup.getByTestId('rank').count()).resolves.toBe(0);
    await expect(popup.getByText(/Covers \d+% of what we check/).isVisible()).resolves.toBe(true);
  });

  it('says no policy was found when the page links to none, and can analyse it anyway', async () => {
    await serveArticleWithoutLinks(browser.server, 'lonely-article.html');
    const { popup } = await browser.openPopup('lonely-article.html');
    await settled(popup);
    await saveScreenshot(popup, 'popup-no-policy');
    await expect(popup.getByTestId('no-policy').textContent()).resolves.toMatch(
      /No privacy policy found.*New 1 Gbps fibre packages launched/,
    );
    await popup.getByRole('button', { name: 'Analyse this page anyway' }).click();
    await settled(popup);
    await expect(popup.getByTestId('analysed').textContent()).resolves.toContain(browser.server.url('lonely-article.html'));
    await expect(popup.getByTestId('grade-withheld').textContent()).resolves.toBe('Not enough information to grade');
  });

  it('says which policy links could not be read', async () => {
    const article = await readFile(join(FIXTURE_DIR, 'not-a-policy.html'), 'utf8');
    const broken = article.replace('href="privacy.html"', 'href="gone-privacy.html"').replace('href="terms.html"', 'href="gone-terms.html"');
    browser.server.setPage('broken-links.html', broken);
    const { popup } = await browser.openPopup('broken-links.html');
    await settled(popup);
    const notice = await popup.getByRole('status').filter({ hasText: 'No privacy policy found' }).textContent();
    expect(notice).toMatch(/“Privacy Policy”: the server answered 404\..*“Terms”: the server answered 404\./);
  });
});

describe('popup safety', () => {
  it('shows hostile page text as text and runs none of its scripts', async () => {
    const { popup, popupDialogs } = await browser.openPopup('xss-policy.html');
    await settled(popup);
    await saveScreenshot(popup, 'popup-xss');
    await expect(popup.getByTestId('analysed').textContent()).resolves.toContain('Privacy Policy – Hostile Hosting');
    expect(popupDialogs).toEqual([]);
    const leaked = await popup.evaluate(() => ({
      global: (window as unknown as { __leak?: string }).__leak,
      markup: document.querySelectorAll('main script, main img, main iframe, main svg').length,
      text: document.body.textContent ?? '',
    }));
    expect(leaked.global).toBeUndefined();
    expect(leaked.markup).toBe(0);
    expect(leaked.text).not.toMatch(/SCRIPT-IN-HEAD|NOSCRIPT-MUST|TEMPLATE-MUST|STYLE-MUST/);
    // The policy's quoted markup is shown literally, as the policy wrote it.
    expect(leaked.text).toContain('<script>alert(1)</script>');
  });

  it('explains that a browser page cannot be read', async () => {
    const { popup } = await openPopupFor(browser.session, 'chrome://version/');
    await expect(popup.getByRole('alert').textContent({ timeout: 30_000 })).resolves.toMatch(
      /browser page|does not let Policy Lens read this page/,
    );
  });

  it('explains that a PDF in the browser’s viewer cannot be read', async () => {
    browser.server.setPage('download/policy', MINIMAL_PDF, 'application/pdf');
    const { popup } = await browser.openPopup('download/policy');
    await expect(popup.getByRole('alert').textContent({ timeout: 30_000 })).resolves.toMatch(/PDF shown in the browser’s viewer/);
  });

  it('explains that a page showing nothing but an embedded PDF is a PDF', async () => {
    browser.server.setPage('embedded/policy.pdf', MINIMAL_PDF, 'application/pdf');
    browser.server.setPage(
      'embedded-pdf.html',
      '<!doctype html><html lang="en"><head><title>Privacy Policy</title></head><body style="margin:0">' +
        '<embed src="/embedded/policy.pdf" type="application/pdf" width="100%" height="600"></body></html>',
    );
    const { popup } = await browser.openPopup('embedded-pdf.html');
    await expect(popup.getByRole('alert').textContent({ timeout: 30_000 })).resolves.toMatch(/This page shows a PDF, which Policy Lens cannot read inside a web page/);
  });

  it('made no request to any host but 127.0.0.1', () => {
    expect(browser.session.foreignRequests).toEqual([]);
  });
});

describe('request recorder', () => {
  it.each([
    ['http://127.0.0.1:4000/privacy.html', true],
    ['chrome-extension://abcdef/popup.html', true],
    ['data:text/plain,hi', true],
    ['blob:chrome-extension://abcdef/1234', true],
    ['https://www.google-analytics.com/collect', false],
    ['http://localhost:4000/', false],
    ['https://127.0.0.1.example.com/', false],
  ])('%s is local: %s', (url, local) => {
    expect(isLocalRequest(url)).toBe(local);
  });
});
