// The extractor must read a page the same way in Chromium (DOMParser) as in Node
// (linkedom), since the extension runs it in the browser and the CLI and tests in Node.
import { readdirSync, readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractPolicy } from '../../src/core/extract';
import { segmentClauses } from '../../src/core/segment';
import { parseHtml } from '../../src/node/parse-html';
import { FIXTURE_DIR } from './harness';

interface Reading {
  title: string;
  text: string;
  warnings: string[];
  clauses: number;
  error?: string;
}

const ENTRY = `
import { extractPolicy } from './src/core/extract';
import { segmentClauses } from './src/core/segment';
globalThis.readPage = (html) => {
  try {
    const p = extractPolicy({ kind: 'html', content: html }, (h) => new DOMParser().parseFromString(h, 'text/html'));
    return { title: p.title, text: p.text, warnings: p.warnings, clauses: segmentClauses(p.text).length };
  } catch (error) {
    return { title: '', text: '', warnings: [], clauses: 0, error: String(error) };
  }
};`;

function readInNode(html: string): Reading {
  try {
    const p = extractPolicy({ kind: 'html', content: html }, parseHtml);
    return { title: p.title, text: p.text, warnings: p.warnings, clauses: segmentClauses(p.text).length };
  } catch (error) {
    return { title: '', text: '', warnings: [], clauses: 0, error: String(error) };
  }
}

const pages = readdirSync(FIXTURE_DIR).filter((file) => file.endsWith('.html'));
let browser: Browser;
let page: Page;

beforeAll(async () => {
  const bundle = await build({ stdin: { contents: ENTRY, resolveDir: process.cwd(), loader: 'ts' }, bundle: true, format: 'iife', write: false });
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--headless=new'] });
  page = await browser.newPage();
  await page.setContent('<!doctype html><title>extractor</title>');
  await page.addScriptTag({ content: bundle.outputFiles[0]?.text ?? '' });
});

afterAll(async () => {
  await browser?.close();
});

describe('extractPolicy in Chromium', () => {
  it.each(pages)('%s reads the same as in Node', async (file) => {
    const html = readFileSync(`${FIXTURE_DIR}/${file}`, 'utf8');
    const inBrowser = await page.evaluate((source) => (globalThis as unknown as { readPage(h: string): Reading }).readPage(source), html);
    expect(inBrowser).toEqual(readInNode(html));
    expect(inBrowser.text).not.toContain('MUST-NOT-LEAK');
  });

  it('reads the imaginet policy page into its 60 gold items', async () => {
    const html = readFileSync(`${FIXTURE_DIR}/privacy.html`, 'utf8');
    const inBrowser = await page.evaluate((source) => (globalThis as unknown as { readPage(h: string): Reading }).readPage(source), html);
    expect(inBrowser.clauses).toBe(60);
    expect(inBrowser.text).not.toContain('Your cart is empty');
  });
});
