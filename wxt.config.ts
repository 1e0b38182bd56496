import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The e2e build (`wxt build --mode e2e`) may read the local test server, because
// a test cannot click the toolbar button that grants activeTab.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  imports: false,
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ mode, browser }) => ({
    name: 'Policy Lens',
    description:
      'Reads the privacy policy of the site you are on, explains it in plain words, scores it and compares it. Nothing leaves your browser.',
    permissions: ['activeTab', 'scripting'],
    ...(mode === 'e2e' ? { host_permissions: ['http://127.0.0.1/*'] } : {}),
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
