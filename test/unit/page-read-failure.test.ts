import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyseTab } from '../../src/page/analyse-tab';
import type { PageSnapshot } from '../../src/page/in-page';
import { scriptingFailureMessage, TAB_CLOSED } from '../../src/page/restricted';
import { fetchInTab, snapshotTab } from '../../src/page/tab';
import { nextEntry } from '../../src/storage/entry';
import type { History } from '../../src/storage/types';

// A tab that goes away or changes while its scripts run: the browser's words vary
// ("Frame with ID 0 was removed.", "No tab with id: 7."), the popup's must not.
vi.mock('../../src/page/tab', () => ({ snapshotTab: vi.fn(), fetchInTab: vi.fn() }));

const ORIGIN = 'https://isp.example';
const FRAME_REMOVED = new Error('Frame with ID 0 was removed.');

const home: PageSnapshot = {
  url: `${ORIGIN}/`,
  loadedFrom: `${ORIGIN}/`,
  title: 'ISP – Home',
  lang: 'en',
  contentType: 'text/html',
  html: '<!doctype html><html><body><main><h1>Fibre</h1></main></body></html>',
  headings: ['Fibre'],
  links: [{ href: `${ORIGIN}/privacy`, text: 'Privacy Policy', inFooter: true }],
  frames: 0,
  unreadFrames: [],
};

/** A history that records nothing but whether anything was saved. */
function recordingHistory(): History & { saved: string[] } {
  const saved: string[] = [];
  return {
    saved,
    get: async () => undefined,
    version: async () => undefined,
    list: async () => ({ entries: [], damaged: [] }),
    save: async (report) => {
      saved.push(report.url);
      return nextEntry(undefined, report, 1);
    },
    delete: async () => {},
    clear: async () => {},
  };
}

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
  vi.mocked(snapshotTab).mockReset();
  vi.mocked(fetchInTab).mockReset();
});

/**
 * A script run that fails because the tab was closed (or navigated) while it ran. A closed
 * tab is simulated by `tabs.get` rejecting as Chrome's does (fakeBrowser's `tabs.remove`
 * throws on tabs made by `tabs.create`).
 */
const failsAfter = (closeTab: boolean, tabId: () => number) => async () => {
  if (closeTab) vi.spyOn(fakeBrowser.tabs, 'get').mockRejectedValue(new Error(`No tab with id: ${tabId()}.`));
  throw FRAME_REMOVED;
};

describe('a tab that goes away while it is read', () => {
  it.each(['reading the page', 'fetching the linked policy'])(
    'closed while %s: says the tab was closed and saves nothing',
    async (when) => {
      const { id } = await fakeBrowser.tabs.create({ url: `${ORIGIN}/` });
      if (when === 'reading the page') vi.mocked(snapshotTab).mockImplementation(failsAfter(true, () => id!));
      else {
        vi.mocked(snapshotTab).mockResolvedValue(home);
        vi.mocked(fetchInTab).mockImplementation(failsAfter(true, () => id!));
      }
      const history = recordingHistory();
      await expect(analyseTab(id!, { history })).resolves.toEqual({ kind: 'error', message: TAB_CLOSED });
      expect(history.saved).toEqual([]);
    },
  );

  it('navigated away while its linked policy was fetched: says the page changed', async () => {
    const { id } = await fakeBrowser.tabs.create({ url: `${ORIGIN}/` });
    vi.mocked(snapshotTab).mockResolvedValue(home);
    vi.mocked(fetchInTab).mockImplementation(failsAfter(false, () => id!));
    await expect(analyseTab(id!, { history: recordingHistory() })).resolves.toEqual({
      kind: 'error',
      message: expect.stringMatching(/^The page changed .* while Policy Lens was reading it/),
    });
  });
});

describe('scriptingFailureMessage', () => {
  it.each([
    ['No tab with id: 7.', TAB_CLOSED],
    ['Tab was closed.', TAB_CLOSED],
    ['Frame with ID 0 was removed.', expect.stringMatching(/^The page changed/)],
    ['The page returned nothing.', expect.stringMatching(/^The page changed/)],
    ['Something else broke.', 'Policy Lens could not read this page (Something else broke.).'],
  ])('%s', (detail, message) => {
    expect(scriptingFailureMessage('https://isp.example/', new Error(detail))).toEqual(message);
  });
});
