// Frames from another site cannot be read by the extension (activeTab covers the tab's own
// origin): the popup says so rather than calling the page "no policy". The second fixture
// server is another origin (another port) on the same 127.0.0.1.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, openPopupFor, saveScreenshot, settled, startFixtureServer, type ExtensionSession, type FixtureServer } from './harness';

let server: FixtureServer;
let otherSite: FixtureServer;
let session: ExtensionSession;

const framing = (title: string, heading: string, frameUrl: string) =>
  `<!doctype html><html lang="en"><head><title>${title}</title></head><body><main><h1>${heading}</h1>
<p>Our notices are shown below.</p><iframe src="${frameUrl}" title="Notice" width="100%" height="600"></iframe></main></body></html>`;

beforeAll(async () => {
  server = await startFixtureServer();
  otherSite = await startFixtureServer();
  session = await launchExtension();
  server.setPage('legal.html', framing('Legal – Framed Elsewhere', 'Legal', otherSite.url('privacy.html')));
  server.setPage('framed-privacy.html', framing('Privacy Policy – Framed Elsewhere', 'Privacy Policy', otherSite.url('privacy.html')));
});

afterAll(async () => {
  await session?.close();
  await otherSite?.close();
  await server?.close();
});

describe('a policy in a frame from another site', () => {
  it('says the policy may be in the frame, and links to it, instead of only "no policy found"', async () => {
    const { popup } = await openPopupFor(session, server.url('legal.html'));
    await settled(popup);
    await saveScreenshot(popup, 'popup-cross-origin-frame');
    await expect(popup.getByTestId('unread-frames').textContent()).resolves.toMatch(
      /The policy may be in a frame from another site on\s+this page, which the extension cannot read/,
    );
    await expect(popup.getByRole('link', { name: otherSite.url('privacy.html') }).getAttribute('href')).resolves.toBe(otherSite.url('privacy.html'));
  });

  it('warns in the report of a page titled as the policy that the framed part was not read', async () => {
    const { popup } = await openPopupFor(session, server.url('framed-privacy.html'));
    await settled(popup);
    const text = await popup.locator('main').textContent();
    expect(text).toMatch(/Part of this page is shown in 1 embedded frame, which was not read/);
    expect(text).toMatch(/the policy may be in an embedded frame from another site, which could not be read/);
    expect(text).not.toContain('This does not read like a privacy policy or terms of service.');
  });

  it('made no request to any host but 127.0.0.1', () => {
    expect(session.foreignRequests).toEqual([]);
  });
});
