import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_TITLE_CHARS } from '../../src/core/title';
import { ARTEFACT_DIR, FIXTURE_DIR, settled, useBrowser } from './harness';

const browser = useBrowser();
let downloads: string;

beforeAll(async () => {
  downloads = await mkdtemp(join(tmpdir(), 'policy-lens-pdf-'));
  await mkdir(ARTEFACT_DIR, { recursive: true });
});

afterAll(async () => {
  await rm(downloads, { recursive: true, force: true });
});

describe('Export PDF from the popup', () => {
  it('downloads a PDF whose text is the report', async () => {
    const requested: string[] = [];
    browser.session.context.on('request', (request) => requested.push(request.url()));
    const { popup } = await browser.openPopup('privacy.html');
    await settled(popup);
    const grade = (await popup.getByRole('img', { name: /^Grade [A-E]$/ }).first().getAttribute('aria-label'))?.slice(-1);
    const score = /Score (\d+) \/ 100/.exec((await popup.getByTestId('score').textContent()) ?? '')?.[1];

    // The fonts (1.4 MB) load only when a PDF is asked for.
    const fonts = () => requested.filter((url) => url.endsWith('.ttf'));
    expect(fonts()).toEqual([]);
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Export PDF' }).click()]);
    expect(fonts()).toHaveLength(2);
    expect(download.suggestedFilename()).toMatch(/^policy-lens-127\.0\.0\.1-privacy-policy-imaginet-\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2}\.pdf$/);
    const file = join(downloads, download.suggestedFilename());
    await download.saveAs(file);

    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', file, '-'], { encoding: 'utf8' }).replace(/ {2,}/g, ' ');
    expect(text).toContain('Privacy Policy – Imaginet');
    expect(text).toContain(browser.server.url('privacy.html'));
    expect(text).toContain(`Score ${score} / 100`);
    expect(text).toMatch(new RegExp(`Grade ${grade}\\n`));
    expect(text).toMatch(/Analysed \d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
    for (const title of ['What they collect', 'Who they share it with', 'How long they keep it', 'Sending it abroad', 'Your rights']) {
      expect(text).toContain(title);
    }
    expect(text).toMatch(/“[^”]{20,}/);
    expect(text).toContain('Compared with similar providers');
    // Served from 127.0.0.1 and naming no service clearly, Imaginet's page is ranked among all graded providers.
    expect(text).toMatch(/Better than \d+ of \d+ providers\. This policy ranks \d+ of \d+ by score\./);
    expect(text).toContain('IMQS');

    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', file, join(ARTEFACT_DIR, 'pdf-export-page')]);
    expect(browser.session.foreignRequests).toEqual([]);
  });
});

describe('Export PDF of a page with a hostile title', () => {
  async function exportFrom(path: string, html: string): Promise<{ text: string; pages: number; shownTitle: string }> {
    browser.server.setPage(path, html);
    const { popup } = await browser.openPopup(path);
    await settled(popup);
    const shownTitle = (await popup.getByTestId('analysed').locator('strong').first().textContent()) ?? '';
    const [download] = await Promise.all([
      popup.waitForEvent('download', { timeout: 20_000 }),
      popup.getByRole('button', { name: 'Export PDF' }).click(),
    ]);
    const file = join(downloads, path.replace(/\.html$/, '.pdf'));
    await download.saveAs(file);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', file, '-'], { encoding: 'utf8' });
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
    return { text, pages, shownTitle };
  }

  it('a 1 MB <title>: cut to one short line in the popup and the PDF, which keeps its few pages', async () => {
    const policy = await readFile(join(FIXTURE_DIR, 'privacy.html'), 'utf8');
    const html = policy.replace(/<title>[^<]*<\/title>/, `<title>${'Privacy Policy '.repeat(70_000)}</title>`);
    const { pages, shownTitle, text } = await exportFrom('long-title.html', html);
    expect(shownTitle.length).toBeLessThanOrEqual(MAX_TITLE_CHARS);
    expect(text.trimStart()).toMatch(/^Privacy Policy Privacy Policy /);
    expect(pages).toBeLessThan(10);
    expect(text).toContain(`page ${pages} of ${pages}`);
  }, 60_000);

  it('an og:title with line breaks prints no score line above the real one', async () => {
    const policy = await readFile(join(FIXTURE_DIR, 'privacy.html'), 'utf8');
    const html = policy.replace('</head>', '<meta property="og:title" content="Privacy Policy&#10;Score 100 / 100&#10;Grade A"></head>');
    const { text } = await exportFrom('forged-title.html', html);
    expect(text.match(/^\s*(?:Score|Grade)\b.*$/gm)?.map((line) => line.trim().split(/\s+/)[0])).toEqual(['Score', 'Grade']);
    expect(text).toContain('Privacy Policy Score 100 / 100 Grade A');
  }, 60_000);
});
