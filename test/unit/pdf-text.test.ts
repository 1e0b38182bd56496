import { describe, expect, it } from 'vitest';
import { pdfFilename } from '../../src/pdf/filename';
import { fitToFont } from '../../src/pdf/glyphs';
import { wrapText } from '../../src/pdf/wrap';

// One point per character keeps widths easy to reason about.
const measure = (s: string) => [...s].length;

describe('wrapText', () => {
  it.each([
    ['short text stays on one line', 'a b c', 10, ['a b c']],
    ['wraps at word boundaries', 'aaa bbb ccc', 7, ['aaa bbb', 'ccc']],
    ['keeps explicit line breaks', 'one\ntwo', 10, ['one', 'two']],
    ['breaks a word longer than the line', 'abcdefghij', 4, ['abcd', 'efgh', 'ij']],
    ['breaks a long word after a short one', 'ab cdefghij', 4, ['ab', 'cdef', 'ghij']],
    ['collapses runs of spaces', 'a    b', 10, ['a b']],
    ['gives one empty line for empty text', '', 10, ['']],
  ])('%s', (_name, text, width, expected) => {
    expect(wrapText(text, width, measure)).toEqual(expected);
  });

  it('never returns a line wider than the limit when words fit', () => {
    const text = 'the quick brown fox jumps over the lazy dog '.repeat(20);
    for (const line of wrapText(text, 17, measure)) expect(measure(line)).toBeLessThanOrEqual(17);
  });
});

describe('fitToFont', () => {
  const latin = new Set([...'abc Ж—□'].map((c) => c.codePointAt(0)!));
  it.each([
    ['keeps characters the font has', 'a Ж—c', 'a Ж—c'],
    ['boxes a missing character', 'a🍪b', 'a□b'],
    ['boxes a joined emoji sequence once', 'a👨‍👩‍👧b', 'a□b'],
    ['drops variation selectors', 'a✓️', 'a□'],
    ['turns tabs into spaces', 'a\tb', 'a b'],
    ['keeps line breaks', 'a\nb', 'a\nb'],
  ])('%s', (_name, text, expected) => {
    expect(fitToFont(text, latin)).toBe(expected);
  });
});

describe('pdfFilename', () => {
  const moment = new Date(2026, 0, 5, 23, 59, 7);
  it.each([
    ['https://www.example.co.za/privacy', 'Privacy Policy – Example', 'policy-lens-example.co.za-privacy-policy-example-2026-01-05_23-59-07.pdf'],
    ['http://127.0.0.1:8080/p.html', 'Privacy Policy – Imaginet', 'policy-lens-127.0.0.1-privacy-policy-imaginet-2026-01-05_23-59-07.pdf'],
    ['https://xn--bcher-kva.example/x', 'Bücher & Co. — Datenschutz', 'policy-lens-xn--bcher-kva.example-bucher-co-datenschutz-2026-01-05_23-59-07.pdf'],
    ['file:///home/me/policy.html', '', 'policy-lens-policy-2026-01-05_23-59-07.pdf'],
    ['not a url / ../..', 'CON', 'policy-lens-not-a-url-con-2026-01-05_23-59-07.pdf'],
    [undefined, '../../etc/passwd', 'policy-lens-etc-passwd-2026-01-05_23-59-07.pdf'],
    [undefined, '隐私政策', 'policy-lens-policy-2026-01-05_23-59-07.pdf'],
  ])('%s, “%s” → %s', (url, title, expected) => {
    expect(pdfFilename({ url, title }, moment)).toBe(expected);
  });

  it('cuts a long title at a word', () => {
    const name = pdfFilename({ url: 'https://example.org/', title: 'Privacy notice for customers of our fibre, mobile and hosting services in Europe' }, moment);
    expect(name).toBe('policy-lens-example.org-privacy-notice-for-customers-of-our-fibre-mobile-2026-01-05_23-59-07.pdf');
  });

  it('names three policies of one site exported in the same minute apart, and one policy exported twice a second apart', () => {
    const site = 'http://127.0.0.1:8080/';
    const names = new Set([
      pdfFilename({ url: `${site}privacy.html`, title: 'Privacy Policy – Imaginet' }, moment),
      pdfFilename({ url: `${site}terms.html`, title: 'Terms of Service – Imaginet' }, moment),
      pdfFilename({ url: `${site}cookies.html`, title: 'Cookie Policy – Imaginet' }, moment),
      pdfFilename({ url: `${site}privacy.html`, title: 'Privacy Policy – Imaginet' }, new Date(2026, 0, 5, 23, 59, 8)),
    ]);
    expect(names.size).toBe(4);
  });

  it('is safe on every file system whatever the page says: short, plain ASCII, no reserved characters', () => {
    const hostile = ['CON', 'a:b|c?d*e"f<g>h\\i/j', ' .. ', '\u0000\u001f\u007f', 'x'.repeat(2000), '.hidden.', 'ＦＵＬＬＷＩＤＴＨ', '🍪🍪'];
    for (const title of hostile) {
      for (const url of [undefined, 'https://exa_mple.org/', `https://${'a'.repeat(200)}.example/`, 'http://[::1]/', 'x:/\\..\\..']) {
        const name = pdfFilename({ url, title }, moment);
        expect(name, `${url} ${title}`).toMatch(/^policy-lens-[a-z0-9](?:[a-z0-9._-]*[a-z0-9])?-2026-01-05_23-59-07\.pdf$/);
        expect(name).not.toMatch(/\.\.|--{2,}/);
        expect(name.length).toBeLessThanOrEqual(150);
      }
    }
  });
});
