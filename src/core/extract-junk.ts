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

/**
 * How far `isSmall` reads into a candidate before calling it large: hundreds of nested
 * candidates around a long policy must not each read the whole policy.
 */
const MAX_NODES_READ = 1_000;
const MAX_CHARS_READ = 100_000;
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

function collapse(text: string | null): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** What `\s` matches in a regular expression. */
function isSpace(code: number): boolean {
  return (
    code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** The node after `node` in document order, within `root`. */
function nextInside(node: Node, root: Node): Node | null {
  if (node.nodeType === ELEMENT_NODE && node.firstChild) return node.firstChild;
  for (let at: Node | null = node; at && at !== root; at = at.parentNode) if (at.nextSibling) return at.nextSibling;
  return null;
}

/**
 * True when `el` holds no `<h1>`/`<h2>` and at most `JUNK_MAX_CHARS` of text (as `collapse`
 * counts it). Reads the text node by node and stops as soon as the answer is no.
 */
function isSmall(el: Element): boolean {
  let length = 0;
  let afterSpace = true; // leading whitespace counts for nothing
  let nodes = 0;
  let chars = 0;
  for (let node: Node | null = el.firstChild; node; node = nextInside(node, el)) {
    if (++nodes > MAX_NODES_READ) return false;
    if (node.nodeType === ELEMENT_NODE) {
      const tag = (node as Element).localName;
      if (tag === 'h1' || tag === 'h2') return false;
    } else if (node.nodeType === TEXT_NODE) {
      const text = node.nodeValue ?? '';
      for (let i = 0; i < text.length; i++) {
        if (++chars > MAX_CHARS_READ) return false;
        const space = isSpace(text.charCodeAt(i));
        if (!space || !afterSpace) length++;
        afterSpace = space;
        // One more than the limit may still be a trailing space that trimming drops.
        if (length > JUNK_MAX_CHARS + 1) return false;
      }
    }
  }
  return (afterSpace && length > 0 ? length - 1 : length) <= JUNK_MAX_CHARS;
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
