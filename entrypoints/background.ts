import { defineBackground } from 'wxt/utils/define-background';

// The popup does all the work; the service worker exists so the extension has an id
// tests can find, and as the place for a message dispatcher should one be needed.
export default defineBackground(() => {});
