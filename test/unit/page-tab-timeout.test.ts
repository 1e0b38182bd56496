import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { scriptingFailureMessage } from '../../src/page/restricted';
import { fetchInTab, snapshotTab, TAB_ANSWER_MS } from '../../src/page/tab';

// A tab whose page never answers (its scripts loop forever, or it never finishes loading):
// the injected script's promise never settles, and the popup must not wait for ever.

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers();
  vi.spyOn(fakeBrowser.scripting, 'executeScript').mockReturnValue(new Promise(() => {}));
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('a tab that never answers', () => {
  it('reading it fails after the time limit, with a message that says why', async () => {
    const reading = snapshotTab(7).catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(TAB_ANSWER_MS);
    const error = await reading;
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/did not answer within/);
    expect(scriptingFailureMessage('https://isp.example/', error)).toMatch(/^The page did not answer: it is still loading, or its own scripts keep it busy/);
  });

  it('is still waited for just before the time limit', async () => {
    let settled = false;
    snapshotTab(7).then(
      () => (settled = true),
      () => (settled = true),
    );
    await vi.advanceTimersByTimeAsync(TAB_ANSWER_MS - 1);
    expect(settled).toBe(false);
  });

  it('a linked policy that never arrives is an unreadable link, not a failure', async () => {
    const fetching = fetchInTab(7, 'https://isp.example/privacy');
    await vi.advanceTimersByTimeAsync(TAB_ANSWER_MS);
    await expect(fetching).resolves.toEqual({
      ok: false,
      url: 'https://isp.example/privacy',
      error: `it did not answer within ${TAB_ANSWER_MS / 1000} s`,
    });
  });

  it('other failures of the fetch still reach the caller', async () => {
    vi.mocked(fakeBrowser.scripting.executeScript).mockRejectedValue(new Error('No tab with id: 7.'));
    await expect(fetchInTab(7, 'https://isp.example/privacy')).rejects.toThrow('No tab with id: 7.');
  });
});
