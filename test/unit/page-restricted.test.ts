import { describe, expect, it } from 'vitest';
import { readableAsFile, scriptingFailureMessage, unreadablePageReason } from '../../src/page/restricted';

describe('unreadablePageReason', () => {
  it.each([
    { url: 'chrome://settings', says: /browser page/ },
    { url: 'about:blank', says: /browser page/ },
    { url: 'chrome-extension://abc/popup.html', says: /browser page/ },
    { url: 'https://chromewebstore.google.com/detail/x', says: /add-on store/ },
    { url: 'https://chrome.google.com/webstore/detail/x', says: /add-on store/ },
    { url: 'file:///home/me/policy.html', says: /Allow access to file URLs/ },
    { url: 'https://isp.example/docs/privacy.pdf', says: /PDF/ },
    { url: 'ftp://isp.example/', says: /only read web pages/ },
  ])('$url', ({ url, says }) => {
    expect(unreadablePageReason(url)).toMatch(says);
  });

  it.each(['https://isp.example/privacy', 'http://127.0.0.1:8080/home.html', undefined, 'not a url'])(
    'lets %s through',
    (url) => {
      expect(unreadablePageReason(url)).toBeUndefined();
    },
  );
});

describe('scriptingFailureMessage', () => {
  it.each([
    { url: 'chrome://newtab', error: new Error('Cannot access a chrome:// URL'), says: /browser page/ },
    { url: 'https://x.example/', error: new Error('Cannot access contents of the page. Extension manifest must request permission'), says: /Click the Policy Lens button/ },
    { url: 'https://x.example/', error: new Error('No tab with id: 5.'), says: /closed/ },
    { url: 'https://x.example/', error: 'odd failure', says: /could not read this page \(odd failure\)/ },
  ])('$error', ({ url, error, says }) => {
    expect(scriptingFailureMessage(url, error)).toMatch(says);
  });
});

describe('readableAsFile', () => {
  it.each([
    ['https://isp.example/docs/privacy.pdf', true],
    ['http://127.0.0.1:8080/Policy.PDF', true],
    ['file:///home/me/policy.html', true],
    ['https://isp.example/privacy', false],
    ['chrome://settings', false],
    ['not a url', false],
    [undefined, false],
  ])('%s: %s', (url, readable) => {
    expect(readableAsFile(url)).toBe(readable);
  });
});
