// Draws the toolbar and store icons (public/icon/{16,32,48,128}.png) from one SVG with
// Debian Chromium, so no image tool is needed. Run: `npx tsx scripts/make-icons.ts`.
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const SIZES = [16, 32, 48, 128];
const OUT_DIR = resolve('public/icon');

// A page of text under a magnifying lens, on a dark blue rounded square.
const ICON_SVG = `
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128" width="100%" height="100%">
  <rect x="4" y="4" width="120" height="120" rx="26" fill="#1d4ed8"/>
  <rect x="22" y="20" width="58" height="76" rx="8" fill="#ffffff"/>
  <rect x="32" y="34" width="38" height="7" rx="3.5" fill="#1d4ed8"/>
  <rect x="32" y="50" width="30" height="7" rx="3.5" fill="#1d4ed8"/>
  <rect x="32" y="66" width="22" height="7" rx="3.5" fill="#1d4ed8"/>
  <circle cx="76" cy="76" r="22" fill="#1d4ed8" stroke="#fbbf24" stroke-width="11"/>
  <line x1="92" y1="92" x2="108" y2="108" stroke="#fbbf24" stroke-width="14" stroke-linecap="round"/>
</svg>`;

async function main() {
  await mkdir(OUT_DIR, { recursive: true });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--headless=new'] });
  try {
    for (const size of SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size } });
      await page.setContent(`<html><body style="margin:0;background:transparent">${ICON_SVG}</body></html>`);
      const path = join(OUT_DIR, `${size}.png`);
      await page.locator('svg').screenshot({ path, omitBackground: true });
      await page.close();
      console.log(`wrote ${path}`);
    }
  } finally {
    await browser.close();
  }
}

await main();
