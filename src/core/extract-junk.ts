// Page junk that is not part of any policy: navigation, cookie banners, cart
// widgets, "skip to content" and "back to top" links.

/** Elements removed wherever they are. */
const JUNK_SELECTOR = [
  'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'object', 'embed', 'svg', 'canvas', 'button',
  'nav', '[role="navigation"]',
  // Consent managers' banners and preference centres, whatever their size: they never hold the site's own policy.
  '#onetrust-consent-sdk', '#onetrust-banner-sdk', '#onetrust-pc-sdk', '#CybotCookiebotDialog', '#usercentrics-root',
  '#didomi-host', '.osano-cm-window', '#truste-consent-track', '#consent_blackbar', '#qc-cmp2-container', '.cc-window',
  '#cookie-law-info-bar', '#cmplz-cookiebanner-container',
].join(',');
/** Dialogs and hidden elements: banners and pop-ups when small, but a policy shown in a modal or a collapsed accordion when large. */
const SMALL_JUNK_SELECTOR = [
  'dialog', '[role="dialog"]', '[role="alertdialog"]', '[aria-modal="true"]', '[hidden]', '[aria-hidden="true"]',
  '[style*="display:none"]', '[style*="display: none"]', '[style*="visibility:hidden"]', '[style*="visibility: hidden"]',
].join(',');

/** id or class names of cookie banners, cart widgets and page furniture. */
const JUNK_NAME = /cookie|consent|gdpr|(?:^|[-_\s])(?:mini-?)?cart(?:$|[-_\s])|basket|skip-?link|skip-?to|screen-reader|sr-only|back-?to-?top|scroll-?top|to-?top|breadcrumb|share-?buttons|social-?links/i;
/** Whole-element texts that are page furniture. */
const JUNK_TEXT = /^(?:skip to (?:the )?(?:main )?content|skip navigation|back to top|scroll to top|top of page|your (?:shopping )?(?:cart|basket) is (?:currently )?empty\.?|quick! buy something!?|parallax background|print this page|share this page)$/i;
/** A junk-named, hidden or dialog element is only removed when this small, so a `<div class="cookie-policy">` wrapping a whole policy survives. */
const JUNK_MAX_CHARS = 600;
const FURNITURE_TAGS = 'a,p,span,div,li,strong,em,small';
/** Bounds the work on hostile pages with thousands of nested candidates. */
const MAX_NAMED_CHECKS = 500;

function collapse(text: string | null): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

function isSmall(el: Element): boolean {
  if (el.querySelector('h1,h2')) return false;
  return collapse(el.textContent).length <= JUNK_MAX_CHARS;
}

/** Removes page junk from `doc` in place and returns how many elements went. */
export function removePageJunk(doc: Document): number {
  let removed = 0;
  const drop = (el: Element) => {
    el.remove();
    removed++;
  };
  doc.querySelectorAll(JUNK_SELECTOR).forEach(drop);
  const body = doc.body ?? doc.documentElement;
  if (!body) return removed;
  const named = [...body.querySelectorAll('[id],[class]')].filter((el) => JUNK_NAME.test(`${el.id} ${el.getAttribute('class') ?? ''}`));
  const candidates = [...body.querySelectorAll(SMALL_JUNK_SELECTOR), ...named];
  for (const el of candidates.slice(0, MAX_NAMED_CHECKS)) {
    if (el.isConnected && isSmall(el)) drop(el);
  }
  // Leaves only: their text is cheap to read, and junk links and notes are leaves.
  body.querySelectorAll(FURNITURE_TAGS).forEach((el) => {
    if (el.childElementCount === 0 && JUNK_TEXT.test(collapse(el.textContent))) drop(el);
  });
  return removed;
}

/** For text read without a DOM: drops lines that are page furniture on their own ("Back to top"). */
export function dropFurnitureLines(text: string): string {
  return text
    .split('\n')
    .filter((line) => !JUNK_TEXT.test(line.replace(/\s+/g, ' ').trim()))
    .join('\n');
}

/** Page-level chrome: site header, footer and sidebars, when they are not part of the main content. */
const CHROME_SELECTOR = 'header, footer, aside, [role="banner"], [role="contentinfo"], [role="complementary"]';
const CONTENT_SELECTOR = 'main, [role="main"], article';

/** Removes the site header, footer and sidebars that sit outside any main/article element. */
export function removePageChrome(doc: Document): number {
  let removed = 0;
  for (const el of [...doc.querySelectorAll(CHROME_SELECTOR)].slice(0, MAX_NAMED_CHECKS)) {
    if (!el.isConnected || el.closest(CONTENT_SELECTOR) || el.querySelector(CONTENT_SELECTOR)) continue;
    el.remove();
    removed++;
  }
  return removed;
}
