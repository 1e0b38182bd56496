import { defineConfig } from 'wxt';
import { existsSync } from 'node:fs';
import preact from '@preact/preset-vite';

// `npm run dev` opens Debian's Chromium when there is no Chrome to find; as root (a container)
// Chromium needs --no-sandbox; with no display it cannot open at all, so dev only builds and
// watches `.output/chrome-mv3-dev` for you to load by hand.
const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const HEADLESS_LINUX = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;

// The e2e build (`wxt build --mode e2e`) may read the local test server, because
// a test cannot click the toolbar button that grants activeTab.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  imports: false,
  webExt: {
    disabled: HEADLESS_LINUX,
    ...(existsSync(DEBIAN_CHROMIUM) ? { binaries: { chrome: DEBIAN_CHROMIUM } } : {}),
    ...(process.getuid?.() === 0 ? { chromiumArgs: ['--no-sandbox'] } : {}),
  },
  vite: () => ({
    plugins: [preact()],
    // The analysis worker is a module worker: ES output lets it share chunks with the pages.
    worker: { format: 'es' },
  }),
  manifest: ({ mode, browser }) => ({
    name: 'Policy Lens',
    description:
      'Reads the privacy policy of the site you are on, explains it in plain words, scores it and compares it. Nothing leaves your browser.',
    permissions: ['activeTab', 'scripting'],
    ...(mode === 'e2e' ? { host_permissions: ['http://127.0.0.1/*'] } : {}),
    // Firefox's WebDriver BiDi will not open moz-extension:// pages in a tab, so the Firefox
    // e2e run shows the popup and options page framed by a 127.0.0.1 page (test/e2e/drivers.ts).
    ...(mode === 'e2e' ? { web_accessible_resources: [{ resources: ['popup.html', 'options.html'], matches: ['http://127.0.0.1/*'] }] } : {}),
    action: { default_title: 'Analyse this site’s privacy policy' },
    // Firefox only: Chrome warns about keys it does not know.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'policy-lens@example.org',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
