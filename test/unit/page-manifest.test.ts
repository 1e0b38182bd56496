import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';

async function manifestFor(mode: string) {
  const manifest = config.manifest;
  if (typeof manifest !== 'function') throw new Error('wxt.config manifest should depend on the mode');
  return manifest({ mode, browser: 'chrome', manifestVersion: 3, command: 'build' });
}

describe('extension permissions', () => {
  it('ships with activeTab and scripting only: no host permissions, no content scripts', async () => {
    const manifest = await manifestFor('production');
    expect(manifest.permissions).toEqual(['activeTab', 'scripting']);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.content_scripts).toBeUndefined();
  });

  it('lets only the e2e build read the local test server', async () => {
    expect((await manifestFor('e2e')).host_permissions).toEqual(['http://127.0.0.1/*']);
  });
});
