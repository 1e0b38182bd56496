// Builds the larger fixture pages in test/fixtures/pages/ from the corpus texts,
// wrapping each policy in realistic site chrome (nav, cookie banner, cart widget,
// sidebar, footer, scripts). Run: npx tsx scripts/build-fixture-pages.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const pagesDir = join(root, 'test/fixtures/pages');

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function readPolicy(id: string): string[] {
  return readFileSync(join(root, 'src/data/policies', `${id}.txt`), 'utf8').split('\n');
}

interface Site {
  name: string;
  title: string;
}

function siteChrome(site: Site, article: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(site.title)}</title>
<style>
  body { font-family: sans-serif; margin: 0; color: #222; }
  .site-header, .site-footer { background: #0b3d6e; color: #fff; padding: 1em; }
  .site-header a, .site-footer a { color: #fff; margin-right: 1em; }
  .cookie-banner { position: fixed; bottom: 0; left: 0; right: 0; background: #333; color: #fff; padding: 1em; }
  .layout { display: flex; gap: 2em; padding: 1em; }
  .content { flex: 3; }
  .sidebar { flex: 1; font-size: 0.9em; }
</style>
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date());</script>
</head>
<body id="top">
<a class="skip-link screen-reader-text" href="#content">Skip to main content</a>
<header class="site-header">
  <div class="logo">${escapeHtml(site.name)}</div>
  <nav class="main-navigation" aria-label="Main menu">
    <ul>
      <li><a href="home.html">Home</a></li>
      <li><a href="home.html#fibre">Fibre</a></li>
      <li><a href="home.html#hosting">Hosting</a></li>
      <li><a href="home.html#support">Support</a></li>
      <li><a href="home.html#contact">Contact us</a></li>
    </ul>
  </nav>
  <div class="widget_shopping_cart header-cart">
    <p class="woocommerce-mini-cart__empty-message">Your cart is empty.</p>
    <p class="cart-nudge">Quick! Buy something!</p>
  </div>
</header>
<div class="layout">
<main id="content" class="content">
<article class="post page type-page">
${article}
<p class="back-to-top"><a href="#top">Back to top</a></p>
</article>
</main>
<aside class="sidebar widget-area" role="complementary">
  <section class="widget"><h3 class="widget-title">Latest news</h3>
    <ul><li><a href="not-a-policy.html">New 1 Gbps fibre packages launched</a></li><li><a href="not-a-policy.html">Load-shedding and your router</a></li></ul>
  </section>
  <section class="widget"><h3 class="widget-title">Need help?</h3><p>Call our support desk, 8am to 5pm weekdays.</p></section>
</aside>
</div>
<div class="cookie-banner" id="cookie-notice" role="dialog" aria-label="Cookie consent">
  <p>We use cookies to improve your experience on our website. By browsing this website, you agree to our use of cookies.</p>
  <button type="button" onclick="document.getElementById('cookie-notice').remove()">Accept</button>
  <button type="button">Cookie settings</button>
</div>
<footer class="site-footer">
  <nav aria-label="Footer"><a href="privacy.html">Privacy Policy</a><a href="terms.html">Terms</a><a href="home.html#paia">PAIA Manual</a><a href="home.html#contact">Contact</a></nav>
  <p>&copy; 2021 ${escapeHtml(site.name)}. All rights reserved.</p>
</footer>
<script>
  (function () { var banner = document.getElementById('cookie-notice'); if (document.cookie.indexOf('consent=1') >= 0) banner.remove(); })();
</script>
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Organization", "name": "${escapeHtml(site.name)}"}</script>
<noscript><img height="1" width="1" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt=""></noscript>
</body>
</html>
`;
}

interface ListNode {
  text: string;
  children: ListNode[];
}

function renderList(nodes: ListNode[], pad: string): string {
  const items = nodes.map((node) =>
    node.children.length === 0
      ? `${pad}  <li>${escapeHtml(node.text)}</li>`
      : `${pad}  <li>${escapeHtml(node.text)}\n${renderList(node.children, `${pad}    `)}\n${pad}  </li>`,
  );
  return `${pad}<ol>\n${items.join('\n')}\n${pad}</ol>`;
}

/** imaginet: indented "N. text" lines become an <h2> per section and nested implicit <ol>s. */
function imaginetArticle(lines: string[]): string {
  const out: string[] = [];
  let section: ListNode[] = [];
  const flush = () => {
    if (section.length > 0) out.push(renderList(section, ''));
    section = [];
  };
  for (const raw of lines) {
    if (raw.trim() === '' || /Your cart is empty|Quick! Buy/.test(raw)) continue;
    const indent = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (indent === 0) {
      out.push(text === 'Privacy Policy' ? `<h1 class="entry-title">${escapeHtml(text)}</h1>` : `<p class="updated"><em>${escapeHtml(text)}</em></p>`);
      continue;
    }
    const numbered = /^\d+\.\s+(.*)$/.exec(text);
    if (!numbered) throw new Error(`unexpected imaginet line: ${raw}`);
    const level = indent / 2; // 1 = section heading, 2 = item, 3 = sub-item
    if (level === 1) {
      flush();
      out.push(`<h2>${escapeHtml(text)}</h2>`);
    } else if (level === 2) {
      section.push({ text: numbered[1] ?? '', children: [] });
    } else {
      section.at(-1)?.children.push({ text: numbered[1] ?? '', children: [] });
    }
  }
  flush();
  return out.join('\n');
}

const TERMS_HEADINGS = new Set(['3.2 Maintenance of Imagine Equipment', '3.3 Insurance of Equipment']);

/** imagine-ftth: definitions as <p><strong>, numbered clauses as <p> with explicit numbers. */
function termsArticle(lines: string[]): string {
  const out: string[] = [];
  for (const raw of lines) {
    const text = raw.trim();
    if (text === '') continue;
    if (text.startsWith('LEGAL')) {
      out.push(`<h1 class="entry-title">${escapeHtml(text)}</h1>`);
    } else if (TERMS_HEADINGS.has(text)) {
      out.push(`<h3>${escapeHtml(text)}</h3>`);
    } else {
      const def = /^([A-Z/ ]{2,}):(.*)$/.exec(text);
      out.push(def ? `<p><strong>${escapeHtml(def[1] ?? '')}:</strong>${escapeHtml(def[2] ?? '')}</p>` : `<p>${escapeHtml(text)}</p>`);
    }
  }
  return out.join('\n');
}

const IXANET_HEADINGS = new Set([
  'Personal Information collected by ixanet:',
  'Why does ixanet collect CLIENTS’ Personal Information?',
  'Contact information',
  'Technical data',
  'Information on purchases',
  'Consent',
  'Protection of Personal Information',
  'Evolving Practices',
]);
const IXANET_LIST_ITEMS = new Set([
  'For billing purposes and to allow us to communicate with the CLIENT about the measures to be taken to process his/her order.',
  'To manage its relations with CLIENTS.',
  'To allow affiliate organizations and preferred suppliers to provide CLIENTS with products, services and information.',
  'For the purposes of commercial prospecting and marketing.',
  'Manage our services',
  'Diagnose any technical problems',
  'Improve the content of our services',
  'Collect statistical information',
  'To provide customer service',
  'Where required by law or by order or requirement of a court, administrative agency or another governmental tribunal.',
]);

/** ixanet: short lines become headings, the merged "Technical data (...); Information on purchases;" line a proper <ul>. */
function ixanetArticle(lines: string[]): string {
  const out: string[] = [];
  let inList = false;
  const item = (text: string) => {
    if (!inList) out.push('<ul>');
    inList = true;
    out.push(`  <li>${escapeHtml(text)}</li>`);
  };
  for (const raw of lines) {
    const text = raw.trim();
    if (text === '') continue;
    if (text.startsWith('Contact information (') || text.startsWith('Technical data (')) {
      for (const part of text.split(/(?<=;) (?=Information on purchases)/)) item(part);
      continue;
    }
    if (IXANET_LIST_ITEMS.has(text)) {
      item(text);
      continue;
    }
    if (inList) out.push('</ul>');
    inList = false;
    if (text === 'ixanet Privacy Policy') out.push(`<h1>${escapeHtml(text)}</h1>`);
    else if (IXANET_HEADINGS.has(text)) out.push(`<h2>${escapeHtml(text)}</h2>`);
    else if (text.startsWith('Use:')) out.push(`<p><strong>Use:</strong>${escapeHtml(text.slice(4))}</p>`);
    else out.push(`<p>${escapeHtml(text)}</p>`);
  }
  if (inList) out.push('</ul>');
  return out.join('\n');
}

const pages: [string, Site, string][] = [
  ['privacy.html', { name: 'Imaginet', title: 'Privacy Policy – Imaginet' }, imaginetArticle(readPolicy('imaginet'))],
  ['terms.html', { name: 'Imagine', title: 'LEGAL – Imagine Standard Terms and Conditions (FTTH) – Imagine' }, termsArticle(readPolicy('imagine-ftth'))],
  ['ixanet.html', { name: 'ixanet', title: 'Privacy Policy | ixanet' }, ixanetArticle(readPolicy('ixanet'))],
];
for (const [file, site, article] of pages) {
  writeFileSync(join(pagesDir, file), siteChrome(site, article));
  console.log(`wrote ${file}`);
}
