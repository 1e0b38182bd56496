import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FIXTURE_DIR,
  launchExtension,
  openPopupFor,
  saveScreenshot,
  settled,
  startFixtureServer,
  type ExtensionSession,
  type FixtureServer,
} from './harness';

let server: FixtureServer;
let session: ExtensionSession;
let userDataDir: string;
let policy: string;

const ADDED_CLAUSE = 'We sell your browsing history to advertising networks.';

beforeAll(async () => {
  server = await startFixtureServer();
  userDataDir = await mkdtemp(join(tmpdir(), 'policy-lens-history-'));
  session = await launchExtension({ userDataDir });
  policy = await readFile(join(FIXTURE_DIR, 'privacy.html'), 'utf8');
  server.setPage('changing-policy.html', policy);
});

afterAll(async () => {
  await session?.close();
  await server?.close();
  await rm(userDataDir, { recursive: true, force: true });
});


const unchangedNotice = (popup: Page) => popup.getByText(/Unchanged since you analysed it on/);

/** Reads the history store directly, from an extension page. */
async function storedUrls(popup: Page): Promise<string[]> {
  return popup.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('policy-lens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('entries').objectStore('entries').getAllKeys();
          request.onsuccess = () => {
            open.result.close();
            resolve((request.result as string[]).sort());
          };
        };
      }),
  );
}

/**
 * Makes the stored analysis of `key` look like an older Policy Lens's: another analyser version
 * (or none, as before versions existed) and a score of 12 (E), so the re-analysis must move it.
 */
async function ageStoredAnalysis(popup: Page, key: string, analyserVersion: string | undefined): Promise<void> {
  await popup.evaluate(
    ({ key, analyserVersion }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('policy-lens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['entries', 'reports'], 'readwrite');
          const entries = tx.objectStore('entries');
          const reports = tx.objectStore('reports');
          reports.get(key).onsuccess = (event) => {
            const record = (event.target as IDBRequest).result as { report: Record<string, unknown> & { score: Record<string, unknown> } };
            if (analyserVersion === undefined) delete record.report.analyserVersion;
            else record.report.analyserVersion = analyserVersion;
            record.report.score = { ...record.report.score, score: 12, grade: 'E' };
            reports.put(record);
          };
          entries.get(key).onsuccess = (event) => {
            entries.put({ ...((event.target as IDBRequest).result as object), score: 12, grade: 'E' });
          };
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { key, analyserVersion },
  );
}

/** The analyser version of the report stored under `key`, or `null` when it has none. */
async function storedAnalyserVersion(popup: Page, key: string): Promise<string | null> {
  return popup.evaluate(
    (key) =>
      new Promise<string | null>((resolve, reject) => {
        const open = indexedDB.open('policy-lens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('reports').objectStore('reports').get(key);
          request.onsuccess = () => {
            open.result.close();
            resolve(((request.result as { report: { analyserVersion?: string } }).report.analyserVersion ?? null) as string | null);
          };
        };
      }),
    key,
  );
}

describe('history', () => {
  it('stores the first analysis and reuses it when the popup reopens on the unchanged policy', async () => {
    const { popup } = await openPopupFor(session, server.url('changing-policy.html'));
    await settled(popup);
    await expect(popup.getByTestId('score').isVisible()).resolves.toBe(true);
    await expect(unchangedNotice(popup).count()).resolves.toBe(0);
    await popup.reload();
    await settled(popup);
    await expect(unchangedNotice(popup).isVisible()).resolves.toBe(true);
    await expect(popup.getByTestId('score').isVisible()).resolves.toBe(true);
  });

  it('keeps the history across a browser restart', async () => {
    expect(session.foreignRequests).toEqual([]);
    await session.close();
    session = await launchExtension({ userDataDir });
    const { popup } = await openPopupFor(session, server.url('changing-policy.html'));
    await settled(popup);
    await expect(unchangedNotice(popup).isVisible()).resolves.toBe(true);
  });

  it.each([
    ['another analyser version', 'an-older-one'],
    ['no analyser version, as before there were versions', undefined],
  ])('analyses an unchanged policy again when its stored analysis has %s, and says Policy Lens now reads it differently', async (_name, version) => {
    const url = server.url('changing-policy.html');
    const { popup: first } = await openPopupFor(session, url);
    await settled(first);
    const current = await storedAnalyserVersion(first, url);
    expect(current).toMatch(/^[0-9a-f]{12}$/);
    await ageStoredAnalysis(first, url, version);
    const { popup } = await openPopupFor(session, url);
    await settled(popup);
    if (version === 'an-older-one') await saveScreenshot(popup, 'popup-reads-differently');
    await expect(unchangedNotice(popup).count()).resolves.toBe(0);
    const change = await popup.getByTestId('change').textContent();
    expect(change).toMatch(/^Policy Lens now reads this policy differently: the policy has not changed since you analysed it on /);
    expect(change).toMatch(/: score 12 → \d+ \(E → [A-E]\)\.$/);
    expect(change).not.toMatch(/This policy changed/);
    await expect(popup.getByTestId('score').isVisible()).resolves.toBe(true);
    await expect(storedAnalyserVersion(popup, url)).resolves.toBe(current);
    // Analysed again and stored, it is reused on the next visit.
    await popup.reload();
    await settled(popup);
    await expect(unchangedNotice(popup).isVisible()).resolves.toBe(true);
  });

  it('says the policy changed and shows what changed', async () => {
    server.setPage('changing-policy.html', policy.replace(/(<h2[^>]*>)/, `<p>${ADDED_CLAUSE}</p>\n$1`));
    const { popup } = await openPopupFor(session, server.url('changing-policy.html'));
    await settled(popup);
    await saveScreenshot(popup, 'popup-policy-changed');
    const change = popup.getByTestId('change');
    await expect(change.textContent()).resolves.toMatch(/This policy changed.*score \d+ → \d+ \(/);
    await popup.getByText(/clauses? added/).click();
    await expect(popup.getByText(ADDED_CLAUSE, { exact: false }).first().isVisible()).resolves.toBe(true);
  });

  it('loses nothing when two popups save at once', async () => {
    const [first, second] = await Promise.all([
      openPopupFor(session, server.url('ixanet.html')),
      openPopupFor(session, server.url('terms.html')),
    ]);
    await Promise.all([settled(first.popup), settled(second.popup)]);
    await expect(storedUrls(first.popup)).resolves.toEqual([
      server.url('changing-policy.html'),
      server.url('ixanet.html'),
      server.url('terms.html'),
    ]);
  });

  it('keeps apart a page that took another address with history.replaceState: that address’s analysis stays', async () => {
    const policyUrl = server.url('changing-policy.html');
    server.setPage(
      'blog-post.html',
      '<!doctype html><html lang="en"><head><title>Privacy Policy</title></head><body><main><h1>Privacy Policy</h1>' +
        '<p>We never collect, keep or share any of your personal information, and we never will.</p>' +
        '<p>You may ask us what we hold about you; the answer is always nothing.</p></main>' +
        `<script>history.replaceState(null, '', '/changing-policy.html');</script></body></html>`,
    );
    const { page, popup } = await openPopupFor(session, server.url('blog-post.html'));
    expect(page.url()).toBe(policyUrl);
    await settled(popup);
    await expect(popup.getByTestId('analysed').textContent()).resolves.toContain(policyUrl);
    await expect(popup.getByTestId('change').count()).resolves.toBe(0);
    await expect(storedUrls(popup)).resolves.toContain(`${policyUrl} via ${server.url('blog-post.html')}`);
    await page.close();

    const again = await openPopupFor(session, policyUrl);
    await settled(again.popup);
    // Reused from history: its last change (made in the test before) is still told, quietly.
    await expect(again.popup.getByTestId('history-note').textContent()).resolves.toMatch(/^Changed on /);
  });

  it('still says the policy changed, and what changed, when the new version cannot be saved (storage full)', async () => {
    const further = 'We share your call recordings with our quality assurance partners.';
    server.setPage('changing-policy.html', policy.replace(/(<h2[^>]*>)/, `<p>${ADDED_CLAUSE}</p>\n<p>${further}</p>\n$1`));
    const { popup } = await openPopupFor(session, server.url('changing-policy.html'), () => {
      IDBObjectStore.prototype.put = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await settled(popup);
    await expect(popup.getByRole('alert').textContent()).resolves.toMatch(/Could not save to your history: the browser’s storage for this extension is full/);
    await expect(popup.getByTestId('change').textContent()).resolves.toMatch(/This policy changed/);
    await popup.getByText(/clauses? added/).click();
    await expect(popup.getByText(further, { exact: false }).first().isVisible()).resolves.toBe(true);
  });

  it('reports a storage failure in the popup, still shows the analysis, and keeps the stored entries', async () => {
    const { popup } = await openPopupFor(session, server.url('ixanet.html'));
    await settled(popup);
    // A database from a "newer version" makes every read and write fail.
    await popup.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('policy-lens', 99);
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            open.result.close();
            resolve();
          };
        }),
    );
    await popup.reload();
    await settled(popup);
    await saveScreenshot(popup, 'popup-storage-failure');
    await expect(popup.getByRole('alert').textContent()).resolves.toMatch(/Could not .* your history.*untouched/);
    await expect(popup.getByTestId('score').isVisible()).resolves.toBe(true);
    await expect(storedUrls(popup)).resolves.toHaveLength(4);
  });

  it('made no request to any host but 127.0.0.1', () => {
    expect(session.foreignRequests).toEqual([]);
  });
});
