import { describe, expect, it } from 'vitest';
import { pageNamesItselfPolicy, rankPolicyLinks, type PageLink } from '../../src/page/policy-links';

const PAGE = 'https://isp.example/home.html';
const link = (text: string, href: string, inFooter = false): PageLink => ({ text, href, inFooter });
const rankedUrls = (links: PageLink[]) => rankPolicyLinks(links, PAGE).map((l) => l.url);

describe('rankPolicyLinks', () => {
  it.each([
    { label: 'Privacy Policy', href: '/privacy.html', kind: 'privacy' },
    { label: 'Privacy Notice', href: '/legal/notice', kind: 'privacy' },
    { label: 'Datenschutz', href: '/ds', kind: 'privacy' },
    { label: 'Datenschutzerklärung', href: '/ds', kind: 'privacy' },
    { label: 'Privacy', href: '/p', kind: 'privacy' },
    { label: 'Terms', href: '/terms.html', kind: 'terms' },
    { label: 'Terms and Conditions', href: '/tc', kind: 'terms' },
    { label: 'AGB', href: '/agb', kind: 'terms' },
    { label: 'Read more', href: '/privacy-policy', kind: 'privacy' },
  ])('recognises "$label" ($href) as $kind', ({ label, href, kind }) => {
    expect(rankPolicyLinks([link(label, href)], PAGE)).toEqual([
      expect.objectContaining({ url: new URL(href, PAGE).href, kind }),
    ]);
  });

  it.each([
    { name: 'unrelated link', links: [link('About us', '/about.html'), link('PAIA Manual', '/paia.html')] },
    { name: 'other origin', links: [link('Privacy Policy', 'https://tracker.example/privacy')] },
    { name: 'other scheme', links: [link('Privacy Policy', 'javascript:alert(1)'), link('Privacy', 'mailto:p@isp.example')] },
    { name: 'the page itself', links: [link('Privacy Policy', '/home.html#privacy')] },
    { name: 'a sentence mentioning privacy', links: [link('We care about your privacy and we want you to know everything we do with data', '/blog/1')] },
    { name: 'an unparsable href', links: [link('Privacy Policy', 'http://[bad')] },
  ])('ignores $name', ({ links }) => {
    expect(rankPolicyLinks(links, PAGE)).toEqual([]);
  });

  it('puts the privacy policy before the terms, and footer links before others', () => {
    const links = [
      link('Terms', '/terms.html', true),
      link('Privacy', '/privacy-header.html'),
      link('Privacy', '/privacy-footer.html', true),
    ];
    expect(rankedUrls(links)).toEqual([
      'https://isp.example/privacy-footer.html',
      'https://isp.example/privacy-header.html',
      'https://isp.example/terms.html',
    ]);
  });

  it('lists each target once, with its best label, without the fragment', () => {
    const links = [link('Read', '/privacy.html#top'), link('Privacy Policy', '/privacy.html', true)];
    expect(rankPolicyLinks(links, PAGE)).toEqual([
      { url: 'https://isp.example/privacy.html', text: 'Privacy Policy', kind: 'privacy', score: 15 },
    ]);
  });
});

describe('pageNamesItselfPolicy', () => {
  it.each([
    { title: 'Privacy Policy – Imaginet', headings: [], expected: true },
    { title: 'LEGAL – Imagine Standard Terms and Conditions (FTTH)', headings: [], expected: true },
    { title: 'Datenschutzerklärung – NetzWerk Rhein GmbH', headings: [], expected: true },
    { title: 'Untitled', headings: ['Privacy Notice'], expected: true },
    { title: 'Imaginet – Fast, reliable fibre and hosting', headings: ['Fibre for everyone'], expected: false },
    { title: 'New 1 Gbps fibre packages launched – Imaginet News', headings: [], expected: false },
    { title: 'Terminal emulators compared', headings: [], expected: false },
  ])('$title → $expected', ({ title, headings, expected }) => {
    expect(pageNamesItselfPolicy(title, headings)).toBe(expected);
  });
});
