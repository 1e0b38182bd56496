import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { comparePolicy } from '../../bench/segment-eval';
import { PolicyError } from '../../src/core/errors';
import { MAX_TEXT_CHARS, extractPolicy } from '../../src/core/extract';
import { segmentClauses } from '../../src/core/segment';
import { MAX_TITLE_CHARS } from '../../src/core/title';
import { parseHtml } from '../../src/node/parse-html';

const fixture = (path: string) => readFileSync(fileURLToPath(new URL(`../fixtures/${path}`, import.meta.url)), 'utf8');
const page = (name: string) => fixture(`pages/${name}`);
const fromHtml = (html: string) => extractPolicy({ kind: 'html', content: html }, parseHtml);
const fromText = (text: string) => extractPolicy({ kind: 'text', content: text });

/** Site chrome shared by the generated fixture pages; none of it is policy text. */
const CHROME = [
  'Your cart is empty',
  'Quick! Buy something',
  'Back to top',
  'Skip to main content',
  'We use cookies to improve',
  'Cookie settings',
  'Latest news',
  'Need help?',
  'All rights reserved',
  'PAIA Manual',
  'dataLayer',
  'schema.org',
];

describe('extractPolicy on fixture pages', () => {
  it.each([
    {
      file: 'privacy.html',
      title: 'Privacy Policy – Imaginet',
      has: [
        'Privacy Policy\n\nLast Update: 2021-06-30\n\n1. Introduction & Purpose of Policy\n\n1. Imaginet is an Internet Service Provider',
        '2. Clients\n1. Imaginet maintains records of personal information',
        '3. We will never sell or share your information with third parties for marketing purposes.',
        '10. Contact Details\n\n1. If you have any queries',
      ],
      hasNot: CHROME,
    },
    {
      file: 'terms.html',
      title: 'LEGAL – Imagine Standard Terms and Conditions (FTTH) – Imagine',
      has: ['AGREEMENT: means these Standard Terms', '4.6.1 Imagine will suspend', '3.2 Maintenance of Imagine Equipment\n\n3.2.1'],
      hasNot: CHROME,
    },
    {
      file: 'ixanet.html',
      title: 'Privacy Policy | ixanet',
      has: ['• Contact information (names, addresses', '• Information on purchases;\n\nWhy does ixanet', 'Use:\n\n• For billing purposes'],
      hasNot: CHROME,
    },
    {
      file: 'german-policy.html',
      title: 'Datenschutzerklärung – NetzWerk Rhein GmbH',
      has: ['Datenschutzerklärung\n\nStand: 1. März 2023', '• Name und Anschrift\n• E-Mail-Adresse'],
      hasNot: ['Diese Website verwendet Cookies', 'Akzeptieren', 'Impressum', 'Startseite'],
    },
    {
      file: 'xss-policy.html',
      title: 'Privacy Policy – Hostile Hosting',
      has: ['such as <script>alert(1)</script> in support tickets', 'markup like <img src=x onerror=alert(1)> in contact', '• We share data with our payment processor'],
      hasNot: ['MUST-NOT-LEAK', "alert('", 'import(', 'onerror="'],
    },
    {
      file: 'not-a-policy.html',
      title: 'New 1 Gbps fibre packages launched – Imaginet News',
      has: ['New 1 Gbps fibre packages launched', '• Wi-Fi 6 mesh router included'],
      hasNot: ['Related posts'],
    },
    {
      file: 'home.html',
      title: 'Imaginet – Fast, reliable fibre and hosting',
      has: ['Home Fibre 50', 'Local support that answers'],
      hasNot: ['We use cookies', 'Skip to main content', 'Careers'],
    },
  ])('$file: keeps the content and drops the chrome', ({ file, title, has, hasNot }) => {
    const policy = fromHtml(page(file));
    expect(policy.title).toBe(title);
    expect(policy.source).toBe('html');
    for (const text of has) expect(policy.text).toContain(text);
    for (const text of hasNot) expect(policy.text).not.toContain(text);
  });

  // The pages render the corpus texts; their segmented text must give back the hand-checked gold items.
  it.each([
    { file: 'privacy.html', policy: 'imaginet' },
    { file: 'terms.html', policy: 'imagine-ftth' },
    { file: 'ixanet.html', policy: 'ixanet' },
  ])('$file segments into exactly the gold items of $policy', ({ file, policy }) => {
    const gold = fixture('labels.jsonl')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as { policy: string; text: string; junk: boolean })
      .filter((item) => item.policy === policy && !item.junk)
      .map((item) => item.text);
    // ixanet's lists are real <ul>s on the page, so they gain bullets the scraped text lacked.
    const clauses = segmentClauses(fromHtml(page(file)).text).map((c) => c.text.replace(/^• /, ''));
    const agreement = comparePolicy(policy, gold, clauses);
    expect(agreement.missed).toEqual([]);
    expect(agreement.predicted).toBe(gold.length);
  });

  it('warns that framed parts of a page were not read', () => {
    const policy = fromHtml(page('iframe-policy.html'));
    expect(policy.text).toContain('Our policy is shown below.');
    expect(policy.warnings.join(' ')).toMatch(/2 embedded frames, which were not read/);
  });

  it('reads a frame part page on its own', () => {
    expect(fromHtml(page('iframe-policy-part2.html')).text).toContain('3. Sharing and retention\n\nWe share your details');
  });
});

describe('extractPolicy markup rendering', () => {
  const body = (html: string) => fromHtml(`<html><head><title>T</title></head><body>${html}</body></html>`).text;
  it.each([
    ['implicit <ol> numbers', '<ol><li>First item.</li><li>Second item.</li></ol>', '1. First item.\n2. Second item.'],
    ['<ol start>', '<ol start="4"><li>Fourth.</li><li>Fifth.</li></ol>', '4. Fourth.\n5. Fifth.'],
    ['<li value>', '<ol><li value="7">Seventh.</li><li>Eighth.</li></ol>', '7. Seventh.\n8. Eighth.'],
    ['<ol type="a">', '<ol type="a"><li>One.</li><li>Two.</li></ol>', 'a. One.\nb. Two.'],
    ['<ol type="i">', '<ol type="i"><li>One.</li><li>Two.</li><li>Three.</li><li>Four.</li></ol>', 'i. One.\nii. Two.\niii. Three.\niv. Four.'],
    ['<ol reversed>', '<ol reversed><li>A.</li><li>B.</li></ol>', '2. A.\n1. B.'],
    ['<ul> bullets', '<ul><li>Name</li><li>Email</li></ul>', '• Name\n• Email'],
    ['explicit numbers kept', '<ol><li>4.6.1 Suspension.</li><li>4.6.2 Reconnection.</li></ol>', '4.6.1 Suspension.\n4.6.2 Reconnection.'],
    ['explicit bullets kept', '<ul><li>• Name</li><li>(a) Email</li></ul>', '• Name\n(a) Email'],
    ['nested lists', '<ol><li>Clients<ol><li>Names.</li></ol></li><li>Visitors</li></ol>', '1. Clients\n1. Names.\n2. Visitors'],
    ['headings and paragraphs', '<h2>Rights</h2><p>You may ask.</p><p>We answer.</p>', 'Rights\n\nYou may ask.\n\nWe answer.'],
    ['<br> and inline markup', '<p>Line <b>one</b><br>line <a href="#">two</a></p>', 'Line one\nline two'],
    ['entities and nbsp', '<p>Fees&nbsp;&nbsp;apply &amp; more&hellip;</p>', 'Fees apply & more…'],
    ['table rows', '<table><tr><th>Cookie</th><th>Purpose</th></tr><tr><td>sid</td><td>Login</td></tr></table>', 'Cookie | Purpose\nsid | Login'],
    ['numbers laid out apart from their text', '<div class="row"><div class="num">4.6.1</div><div class="text">Suspension.</div></div><div><span>(b)</span><p>Reconnection.</p></div>', '4.6.1 Suspension.\n\n(b) Reconnection.'],
    ['a lone number at the end', '<p>Total</p><p>2.</p>', 'Total\n\n2.'],
    ['hidden elements', '<p>Seen.</p><p hidden>Hidden one.</p><p style="display: none">Hidden two.</p>', 'Seen.'],
    ['form controls', '<p>Choose.</p><select><option>Opt</option></select><button>Go</button><textarea>Typed</textarea>', 'Choose.'],
  ])('%s', (_name, html, expected) => {
    expect(body(html)).toBe(expected);
  });
});

describe('extractPolicy page-junk removal', () => {
  const clause = 'The customer shall pay all fees in advance, and Imagine may suspend any unpaid service until payment is received in full. ';
  const longClause = clause.repeat(8);
  const page = (body: string) => fromHtml(`<html><head><title>Terms</title></head><body><main><h1>Terms</h1><p>${clause}</p>${body}</main></body></html>`).text;
  it.each([
    ['a OneTrust-style cookie banner', '<div id="onetrust-banner-sdk"><p>We use cookies to personalise content.</p></div>', 'personalise content'],
    ['a consent pop-up by class', '<div class="cc-window cc-banner">This website uses cookies.</div>', 'This website uses cookies'],
    ['a cart widget', '<div class="widget_shopping_cart_content"><p>No products in the basket.</p></div>', 'No products'],
    ['a small dialog', '<div role="dialog"><p>Subscribe to our newsletter!</p></div>', 'Subscribe to our'],
    ['a small hidden element', '<div hidden><p>Loading…</p></div>', 'Loading'],
    ['a "back to top" link', '<p><a href="#top">Back to top</a></p>', 'Back to top'],
    ['a skip link', '<a class="skip" href="#main">Skip to content</a>', 'Skip to content'],
    ['a breadcrumb', '<div class="breadcrumbs"><a href="/">Home</a> › Legal</div>', '› Legal'],
  ])('drops %s', (_name, junk, junkText) => {
    const text = page(junk);
    expect(text).toContain('The customer shall pay');
    expect(text).not.toContain(junkText);
  });

  it('drops a consent manager\'s preference centre however long it is', () => {
    const centre = `<div id="onetrust-consent-sdk"><div id="onetrust-pc-sdk" role="dialog"><h2>Privacy Preference Center</h2><p>${'Strictly necessary cookies keep the site working. '.repeat(30)}</p></div></div>`;
    expect(page(centre)).not.toContain('Strictly necessary');
  });

  it.each([
    ['a policy inside a "cookie-policy" container', `<div class="cookie-policy"><h2>Cookies</h2><p>${longClause}</p></div>`],
    ['a collapsed accordion section', `<details><summary>4. Billing</summary><div hidden><p>${longClause}</p></div></details>`],
    ['a policy shown in a modal', `<div role="dialog" aria-modal="true"><p>${longClause}</p></div>`],
    ['display:none tab content', `<div style="display:none"><p>${longClause}</p></div>`],
  ])('keeps %s', (_name, content) => {
    expect(page(content)).toContain(longClause.trim());
  });
});

describe('extractPolicy on pages without main or article', () => {
  const section = (n: number) => `<div class="section"><h2>${n}. Section ${n}</h2><p>${`Clause ${n} says what we do with your personal information and for how long we keep it. `.repeat(4)}</p></div>`;
  const links = Array.from({ length: 40 }, (_, i) => `<li><a href="#${i}">Footer link number ${i}</a></li>`).join('');

  it('keeps every section and drops the site header, sidebar and footer', () => {
    const html = `<html><head><title>Policy</title></head><body><header><p>ISP Co — fast fibre for everyone in the city and beyond</p></header><div id="page"><aside><p>Sidebar: call our sales team today for a great deal on fibre.</p></aside><div id="content">${[1, 2, 3, 4, 5].map(section).join('')}</div></div><footer><ul>${links}</ul><p>Copyright ISP Co</p></footer></body></html>`;
    const text = fromHtml(html).text;
    for (const n of [1, 2, 3, 4, 5]) expect(text).toContain(`${n}. Section ${n}\n\nClause ${n} says`);
    expect(text).not.toMatch(/fast fibre|Sidebar|Footer link|Copyright/);
  });

  it('keeps a header that belongs to the article', () => {
    const html = `<html><body><article><header><h1>Privacy Notice</h1><p>Updated 2024</p></header>${section(1)}</article><footer>Site footer</footer></body></html>`;
    const text = fromHtml(html).text;
    expect(text).toMatch(/^Privacy Notice\n\n/);
    expect(text).toContain('1. Section 1');
    expect(text).not.toContain('Site footer');
  });
});

describe('extractPolicy on plain text', () => {
  it.each([
    ['CRLF and CR line endings', 'One.\r\nTwo.\rThree.', 'One.\nTwo.\nThree.'],
    ['non-breaking and odd spaces', 'a\u00a0\u00a0b\u2009c\u3000d', 'a b c d'],
    ['zero-width characters and soft hyphens', 'pri\u200bva\u00adcy\ufeff policy', 'privacy policy'],
    ['runs of spaces and tabs', 'We  \t collect   data.', 'We collect data.'],
    ['line edges and blank-line runs', '  Title  \n\n\n\n  Body text.  \n', 'Title\n\nBody text.'],
    ['Unicode line separators', 'One.\u2028Two.\u2029Three.', 'One.\nTwo.\nThree.'],
    ['control characters', 'We\u0007 collect\u001b data.', 'We collect data.'],
  ])('normalises %s', (_name, input, expected) => {
    expect(fromText(input).text).toBe(expected);
  });

  it('takes the title from the input, else from a short first line', () => {
    expect(fromText('Privacy Policy\n\nWe collect data.').title).toBe('Privacy Policy');
    expect(extractPolicy({ kind: 'text', content: 'We collect data.', title: 'Given' }).title).toBe('Given');
    expect(fromText(`${'long '.repeat(40)}\nmore`).title).toBe('');
  });

  it('warns when pasted text is really HTML markup', () => {
    const markup = `<div><p>${'We collect data. '.repeat(3)}</p></div>`.repeat(20);
    expect(fromText(markup).warnings.join(' ')).toMatch(/HTML markup/);
    expect(fromText('We use <b>no</b> tags much.').warnings.join(' ')).not.toMatch(/markup/);
  });
});

describe('extractPolicy on bad input', () => {
  it.each([
    ['empty text', 'text', '', 'empty', /empty/],
    ['whitespace-only text', 'text', ' \n\t \u00a0 ', 'empty', /empty/],
    ['invisible characters only', 'text', '\u200b\u200b\ufeff', 'empty', /empty/],
    ['empty HTML page', 'html', page('empty.html'), 'empty', /no readable text/],
    ['script-only HTML', 'html', '<html><body><script>var policy = "x";</script></body></html>', 'empty', /no readable text/],
    ['a PDF', 'text', '%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>', 'pdf', /cannot read PDF policies yet.*copy/],
    ['a PDF given as HTML', 'html', '\ufeff  %PDF-1.4 binary', 'pdf', /PDF/],
    ['Chrome\'s PDF viewer page', 'html', '<html><body style="margin:0"><embed name="x" src="about:blank" type="application/pdf" width="100%"></body></html>', 'pdf', /cannot read PDF/],
    ['binary junk', 'text', '\u0000\u0001\u0002\u0003PNG\u001a\u0000\u0000\u0000\rIHDR\u0000\u0000\u0001\u0000\ufffd\ufffd', 'binary', /does not look like text/],
    ['mis-decoded bytes', 'text', `Privacy ${'\ufffd'.repeat(200)}`, 'binary', /does not look like text/],
    ['more than 20 MB', 'text', 'a'.repeat(20_000_001), 'too-large', /too large.*20\.0 MB/],
  ] as const)('%s: PolicyError %s', (_name, kind, content, code, message) => {
    const run = () => extractPolicy({ kind, content }, parseHtml);
    expect(run).toThrow(PolicyError);
    expect(run).toThrow(message);
    try {
      run();
    } catch (error) {
      expect((error as PolicyError).code).toBe(code);
    }
  });

  it('refuses content that is not a string', () => {
    const content = undefined as unknown as string;
    expect(() => extractPolicy({ kind: 'text', content })).toThrow(new PolicyError('unreadable', 'There is no text to analyse: the input is not text.'));
  });

  it('reads text whose lines end in vertical tabs (manual line breaks from Word) as lines, not as binary', () => {
    const content = `Privacy Policy\vWe collect:\v${'name\vemail\vphone\v'.repeat(100)}We share it with couriers.`;
    const { text } = fromText(content);
    expect(text.split('\n').slice(0, 4)).toEqual(['Privacy Policy', 'We collect:', 'name', 'email']);
    expect(text.endsWith('\nWe share it with couriers.')).toBe(true);
  });

  it('keeps a policy that only mentions a few control characters', () => {
    expect(fromText(`We collect data.\u0007 ${'More text. '.repeat(20)}`).text).toMatch(/^We collect data\. More/);
  });

  it('reads HTML without a parser by stripping tags, never leaking scripts', () => {
    const policy = extractPolicy({ kind: 'html', content: page('xss-policy.html') });
    expect(policy.text).toContain('such as <script>alert(1)</script> in support tickets');
    expect(policy.text).toContain('• We keep billing records');
    expect(policy.text).not.toContain('MUST-NOT-LEAK');
  });
});

describe('extractPolicy titles', () => {
  const body = '<main><h1>Privacy Policy</h1><p>We collect your name and share it with couriers.</p></main>';
  const html = (head: string) => `<html><head>${head}</head><body>${body}</body></html>`;

  it.each([
    ['an og:title with line breaks', '<meta property="og:title" content="Privacy Policy&#10;Score 100 / 100&#10;Grade A">', 'Privacy Policy Score 100 / 100 Grade A'],
    ['a <title> with line and paragraph separators', '<title>Privacy\u2028Policy\r\n\tof  ISP</title>', 'Privacy Policy of ISP'],
  ])('keeps %s on one line', (_name, head, title) => {
    expect(fromHtml(html(head)).title).toBe(title);
  });

  it('cuts a 1 MB title to a few hundred characters, at a word', () => {
    const { title } = fromHtml(html(`<title>${'Privacy policy '.repeat(70_000)}</title>`));
    expect(title.length).toBeLessThanOrEqual(MAX_TITLE_CHARS);
    expect(title.length).toBeGreaterThan(MAX_TITLE_CHARS - 20);
    expect(title).toMatch(/^Privacy policy Privacy policy .*(?:Privacy|policy)…$/);
  });

  it('keeps a title given with plain text on one line too', () => {
    expect(extractPolicy({ kind: 'text', content: 'We collect data.', title: 'privacy\nScore 100 / 100' }).title).toBe('privacy Score 100 / 100');
  });
});

describe('extractPolicy and inline event handlers', () => {
  // In an extension page, Blink reports a CSP violation for every handler attribute a
  // DOMParser document holds: 50 000 of them made the popup 16 times slower.
  it('hands the parser a page with no event-handler attribute, whatever its spelling, and loses no text', () => {
    const seen: string[] = [];
    const spy = (html: string) => {
      seen.push(html);
      return parseHtml(html);
    };
    const html = `<html><head><title>Policy</title></head><body onload="init()"><main>
      <p onclick="track(this)">We collect your name.</p>
      <p ONMOUSEOVER='hover("a > b")' class="x">We share it with couriers.</p>
      <p title="onclick=kept" data-onclick="kept" onfocus=go()>We keep it for a year.</p>
      <img src="x.png" onerror=alert(1)><a href="/rights"
        onpointerdown = "a()" >You may ask for a copy.</a>
      <textarea><p onclick="x">as text</p></textarea></main></body></html>`;
    const { text } = extractPolicy({ kind: 'html', content: html }, spy);
    expect(seen).toHaveLength(1);
    const doc = parseHtml(seen[0]!);
    const handlers = [...doc.querySelectorAll('*')].flatMap((el) => el.getAttributeNames().filter((name) => /^on/i.test(name)));
    expect(handlers).toEqual([]);
    expect(doc.querySelector('p[title="onclick=kept"][data-onclick="kept"]')).not.toBeNull();
    expect(doc.querySelector('textarea')?.textContent).toBe('<p onclick="x">as text</p>');
    expect(text).toBe('We collect your name.\n\nWe share it with couriers.\n\nWe keep it for a year.\n\nYou may ask for a copy.');
  });
});

describe('extractPolicy on deeply nested markup', () => {
  const policy = '<h1>Privacy Policy</h1><p>We collect your name.</p><p>We share it with couriers.</p>';

  it('reads a page nested thousands of levels deep without its layout, and says so', () => {
    const { text, warnings } = fromHtml(`<html><body>${'<div><span>'.repeat(2_000)}${policy}</body></html>`);
    expect(text).toBe('Privacy Policy\n\nWe collect your name.\n\nWe share it with couriers.');
    expect(warnings).toEqual([expect.stringMatching(/nested too deeply/), expect.stringMatching(/Only \d+ characters/)]);
  });

  it.each([
    ['10 000 unclosed paragraphs', '<p>We collect your name. '.repeat(10_000)],
    ['10 000 unclosed list items', `<ul>${'<li>Name '.repeat(10_000)}</ul>`],
    ['10 000 unclosed table rows and cells', `<table>${'<tr><td>Name<td>Email'.repeat(10_000)}</table>`],
    ['an SVG of 10 000 self-closed paths', `<svg>${'<path d="M0 0"/>'.repeat(10_000)}</svg>${policy}`],
    ['5 000 elements closed in the wrong order', `${'<b><i>text</b></i>'.repeat(5_000)}${policy}`],
  ])('keeps the layout of a page with %s, which a parser does not nest', (_name, body) => {
    expect(fromHtml(`<html><body>${body}</body></html>`).warnings.join(' ')).not.toMatch(/nested too deeply|without its layout/);
  });
});

describe('extractPolicy on very large input', () => {
  const policyHtml = page('privacy.html');

  it('reads a 5 MB page made mostly of scripts through the DOM, with no script text', () => {
    const script = `<script>var blob = "${'SCRIPT-LEAK '.repeat(450_000)}";</script>`;
    const html = policyHtml.replace('</head>', `${script}</head>`);
    expect(html.length).toBeGreaterThan(5_000_000);
    const policy = fromHtml(html);
    expect(policy.text).toContain('3. We will never sell or share your information');
    expect(policy.text).not.toContain('SCRIPT-LEAK');
    expect(policy.text).not.toContain('Your cart is empty');
  });

  it('cuts a 5 MB page of text to the limit and says so', () => {
    const paragraph = '<p>We keep your records for five years. We share them with couriers.</p>\n';
    const html = policyHtml.replace('</article>', `${paragraph.repeat(70_000)}</article>`);
    expect(html.length).toBeGreaterThan(5_000_000);
    const policy = fromHtml(html);
    expect(policy.text.length).toBeLessThanOrEqual(MAX_TEXT_CHARS);
    expect(policy.text.length).toBeGreaterThan(MAX_TEXT_CHARS * 0.9);
    expect(policy.text.includes('1. Imaginet is an Internet Service Provider')).toBe(true);
    expect(policy.text.includes('Your cart is empty')).toBe(false);
    expect(policy.text.includes('Back to top')).toBe(false);
    expect(policy.warnings.join(' ')).toMatch(/very large \(5\.\d MB\)/);
    expect(policy.warnings.join(' ')).toMatch(/cut to its first 1\.5 MB/);
  });

  it('cuts 2 MB of plain text at a line break', () => {
    const policy = fromText('We collect data.\n'.repeat(120_000));
    expect(policy.text.length).toBeLessThanOrEqual(MAX_TEXT_CHARS);
    expect(policy.text.endsWith('We collect data.')).toBe(true);
    expect(policy.warnings).toEqual([expect.stringMatching(/cut to its first 1\.5 MB \(of 2\.0 MB\)/)]);
  });
});

describe('extractPolicy joins a sentence a dump wrapped over lines', () => {
  const text = (content: string) => extractPolicy({ kind: 'text', content }).text;
  it('across one blank line, as PDF dumps that put a blank line after every line do', () => {
    expect(text('You have the right to lodge a complaint with a competent data protection supervisory\n\nauthority.\n\nThe information was last amended in July 2020.')).toBe(
      'You have the right to lodge a complaint with a competent data protection supervisory authority.\n\nThe information was last amended in July 2020.',
    );
  });
  it('but not across two blank lines, nor after a heading, a table row, a short line or a closed clause, nor into a list item', () => {
    const apart = [
      'We share data with the partners that help us run the service and\n\n\nthey are bound by contract.',
      '## Your rights under the data protection laws of your country\n\nyou may ask us at any time.',
      '| Cookie | Purpose | Lifetime of the cookie in our systems |\n\nstored for a year.',
      'Protection of Personal Information\n\nixanet endeavors to protect data.',
      'We keep records of every request that we receive from you.\n\nthey are deleted after a year.',
      'We process the following data about you for our services\n\ng. Bank account',
    ];
    // Every line is still there (blank lines may be collapsed).
    const lines = (t: string) => t.split('\n').filter((l) => l.trim() !== '');
    for (const content of apart) expect(lines(text(content))).toEqual(lines(content));
  });
});
