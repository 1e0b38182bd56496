import { defineBackground } from 'wxt/utils/define-background';
import { listenForTests } from '../src/e2e/bridge';

// The popup does all the work; the background exists so the extension has an id tests can
// find, and in e2e builds it opens extension pages for Firefox tests (src/e2e/bridge.ts).
export default defineBackground(() => {
  if (import.meta.env.MODE === 'e2e') listenForTests();
});
