import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analysePolicy } from '../../src/core/analyse';
import { parseHtml } from '../../src/node/parse-html';
import { lastPolicyOfSite, siteOf, storedResult } from '../../src/page/site-history';
import { openHistory } from '../../src/storage/history';

const POLICY = `Privacy Policy

We collect your name, email address and phone number when you sign up.
We share your details with our payment processor to bill you.
We keep billing records for five years and then delete them.
You may ask for a copy of your personal information or ask us to delete it.`;
const ARTICLE = 'New fibre packages. Our fastest fibre packages yet are here, with a new router and free installation for every customer who upgrades this month.';

const reportOf = (url: string, text: string) => ({ ...analysePolicy({ kind: 'text', content: text, url }, { parseHtml }), url });

describe('siteOf', () => {
  it.each([
    ['https://www.isp.example/privacy', 'isp.example'],
    ['http://isp.example:8080/x', 'isp.example'],
    ['file:///home/me/policy.html', undefined],
    ['file:policy.pdf', undefined],
    ['not a url', undefined],
  ])('%s → %s', (url, site) => expect(siteOf(url)).toBe(site));
});

describe('lastPolicyOfSite', () => {
  afterEach(() => vi.restoreAllMocks());

  it('finds the newest policy of the same site, passing over its pages that are not policies and other sites', async () => {
    const history = openHistory('site-history-1');
    let now = Date.UTC(2026, 10, 1);
    vi.spyOn(Date, 'now').mockImplementation(() => (now += 60_000));
    await history.save(reportOf('https://isp.example/old-privacy', POLICY));
    await history.save(reportOf('https://www.isp.example/privacy', `${POLICY}\nWe never sell your data.`));
    await history.save(reportOf('https://isp.example/news', ARTICLE));
    await history.save(reportOf('https://other.example/privacy', POLICY));
    const found = await lastPolicyOfSite(history, 'https://isp.example/home');
    expect(found?.url).toBe('https://www.isp.example/privacy');
    expect(storedResult(found!)).toEqual({
      kind: 'report',
      report: found!.report,
      key: 'https://www.isp.example/privacy',
      analysed: { url: 'https://www.isp.example/privacy', title: 'Privacy Policy' },
    });
  }, 30_000);

  it('finds nothing for a site with no policy in the history, or a page that is not on the web', async () => {
    const history = openHistory('site-history-2');
    await history.save(reportOf('https://isp.example/news', ARTICLE));
    await history.save(reportOf('file:policy.txt', POLICY));
    expect(await lastPolicyOfSite(history, 'https://isp.example/home')).toBeUndefined();
    expect(await lastPolicyOfSite(history, 'https://unknown.example/')).toBeUndefined();
    expect(await lastPolicyOfSite(history, 'file:///home/me/page.html')).toBeUndefined();
  }, 30_000);
});
