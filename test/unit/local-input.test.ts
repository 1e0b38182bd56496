import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { PolicyError } from '../../src/core/errors';
import { extractPolicy } from '../../src/core/extract';
import { hashText } from '../../src/core/hash';
import { analyseLocal } from '../../src/local-input/analyse-local';
import { fileKindOf } from '../../src/local-input/file-kind';
import { MAX_PASTE_CHARS, MAX_PDF_BYTES, MAX_TEXT_FILE_BYTES } from '../../src/local-input/limits';
import { pageText, type PdfTextItem } from '../../src/local-input/pdf-lines';
import { pastedSource, readOpenedFile, type ReadPdf } from '../../src/local-input/read-input';
import { parseHtml } from '../../src/node/parse-html';
import { analyseSource } from '../../src/page/analyse-html';
import { policyInput } from '../../src/page/extract-html';
import type { PageAnalyser } from '../../src/page/page-analyser';
import { openHistory } from '../../src/storage/history';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/pages/${name}`, import.meta.url));
const bytes = (text: string) => new TextEncoder().encode(text);
const head = (name: string, content: Uint8Array | string, type = '') => ({ name, type, head: typeof content === 'string' ? bytes(content) : content });
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]);

/** A file of `size` bytes (by default, those of `content`) whose content is `content` repeated. */
function fileOf(name: string, content: string | Uint8Array, type = '', size?: number): File {
  const part = typeof content === 'string' ? bytes(content) : content;
  const data = new Uint8Array(size ?? part.length);
  data.set(part.subarray(0, data.length));
  for (let filled = Math.min(part.length, data.length); filled > 0 && filled < data.length; filled *= 2) data.copyWithin(filled, 0, filled);
  return new File([data], name, { type });
}

const noPdf: ReadPdf = () => Promise.reject(new Error('no PDF expected'));

async function refusal(read: Promise<unknown> | (() => unknown)): Promise<PolicyError> {
  const error = await (typeof read === 'function' ? Promise.resolve().then(read) : read).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PolicyError);
  return error as PolicyError;
}

describe('fileKindOf', () => {
  it.each([
    ['policy.pdf', 'anything', '', 'pdf'],
    ['policy.txt', '%PDF-1.7\n', '', 'pdf'], // the magic number wins over the name
    ['download', 'x', 'application/pdf', 'pdf'],
    ['policy.html', 'Privacy policy', '', 'html'],
    ['policy.htm', 'Privacy policy', 'text/html', 'html'],
    ['policy.txt', '<!doctype html><html><body><p>Hi</p></body></html>', '', 'text'], // a .txt is read as text
    ['policy', '<!doctype html><html><body><p>Hi</p></body></html>', '', 'html'], // no extension: sniffed
    ['policy', 'We collect your name.', '', 'text'],
    ['policy.md', '# Privacy\n\nWe collect your name.', 'text/markdown', 'text'],
  ] as const)('%s (%j, type %j) is %s', (name, content, type, kind) => {
    expect(fileKindOf(head(name, content, type))).toBe(kind);
  });

  it('reads UTF-16 text without a byte-order mark as text', () => {
    const utf16 = new Uint8Array([...'We collect your name.'].flatMap((c) => [c.charCodeAt(0), 0]));
    expect(fileKindOf(head('policy.txt', utf16))).toBe('text');
  });

  it.each([
    ['scan.png', PNG, 'image/png'],
    ['scan.png', PNG, ''], // no type: the NUL bytes give it away
    ['policy.txt', PNG, 'text/plain'],
    ['photo.jpg', 'looks like text', 'image/jpeg'],
  ])('%s (type %j) is not a file Policy Lens reads', (name, content, type) => {
    expect(fileKindOf(head(name, content, type))).toBeUndefined();
  });
});

describe('readOpenedFile', () => {
  it('reads a text file as text, kept under the file name', async () => {
    const source = await readOpenedFile(fileOf('acme privacy.txt', 'Privacy Policy\n\nWe collect your name.', 'text/plain'), noPdf);
    expect(source).toEqual({ key: 'file:acme privacy.txt', url: 'file:acme privacy.txt', title: 'acme privacy.txt', html: 'Privacy Policy\n\nWe collect your name.', kind: 'text' });
  });

  it('reads a Markdown file as the text its markup stands for', async () => {
    const source = await readOpenedFile(fileOf('PRIVACY.md', '# Privacy\n\nWe **never** sell [your data](https://acme.test).', ''), noPdf);
    expect(source.html).toBe('Privacy\n\nWe never sell your data.');
    expect(source.kind).toBe('text');
  });

  it('reads an HTML file with the extractor the tab uses: the same text as the page itself, without its menus and footer', async () => {
    const html = fixture('privacy.html');
    const source = await readOpenedFile(fileOf('privacy.html', html, 'text/html'), noPdf);
    expect(source.kind).toBe('html');
    const fromFile = extractPolicy(policyInput(source), parseHtml);
    const fromTab = extractPolicy(policyInput({ html: html.toString('utf8'), url: 'https://imaginet.example/privacy', title: '' }), parseHtml);
    expect(fromFile.text).toBe(fromTab.text);
    expect(fromFile.title).toBe('Privacy Policy – Imaginet');
    expect(fromFile.text).toContain('Imaginet is an Internet Service Provider (ISP) in South Africa');
    expect(fromFile.text).not.toContain('Quick! Buy something!');
    expect(fromFile.text).not.toContain('All rights reserved');
  });

  it('reads a PDF through its text layer, as text', async () => {
    const readPdf = vi.fn<ReadPdf>(async () => ({ text: 'Privacy Policy\n\nWe collect your name and email address when you sign up.', pages: 1 }));
    const source = await readOpenedFile(fileOf('policy.pdf', '%PDF-1.7\n%…', 'application/pdf'), readPdf);
    expect(readPdf).toHaveBeenCalledOnce();
    expect(source).toMatchObject({ key: 'file:policy.pdf', kind: 'text', html: expect.stringContaining('We collect your name') });
  });

  it('says plainly that a PDF without a text layer (a scan) cannot be read', async () => {
    const readPdf: ReadPdf = async () => ({ text: ' \n 3 \n', pages: 3 });
    const error = await refusal(readOpenedFile(fileOf('scan.pdf', '%PDF-1.4\n'), readPdf));
    expect(error.message).toMatch(/^“scan\.pdf” has no text to read: its 3 pages are pictures \(a scan, or an image-only PDF\)/);
  });

  it('opens a 5 MB PDF, whose size is mostly pictures and fonts', async () => {
    const readPdf = vi.fn<ReadPdf>(async () => ({ text: 'We collect your name and email address when you sign up for our fibre service.', pages: 40 }));
    await readOpenedFile(fileOf('big.pdf', '%PDF-1.7\n', '', 5 * 1024 * 1024), readPdf);
    expect(readPdf).toHaveBeenCalledOnce();
  });

  it.each([
    ['a 5 MB text file', fileOf('huge.txt', 'We collect your name. ', 'text/plain', 5 * 1024 * 1024), /^“huge\.txt” is 5\.0 MB, more than the 4\.0 MB Policy Lens opens as a text or web page file/],
    ['a PDF over the limit', fileOf('huge.pdf', '%PDF-1.7\n', '', MAX_PDF_BYTES + 1), /^“huge\.pdf” is 16\.0 MB, more than the 16\.0 MB Policy Lens opens as a PDF/],
    ['an empty file', fileOf('empty.txt', ''), /^“empty\.txt” is empty/],
    ['a file of blank lines', fileOf('blank.html', '\n\n   \n'), /^“blank\.html” is empty/],
    ['an image', fileOf('scan.png', PNG, 'image/png'), /^“scan\.png” is not text: it looks like an image/],
  ])('refuses %s with a message in words', async (_what, file, message) => {
    const error = await refusal(readOpenedFile(file, noPdf));
    expect(error.message).toMatch(message);
  });

  it('refuses a text file just over its limit, and opens one at it', async () => {
    await refusal(readOpenedFile(fileOf('over.txt', 'a', 'text/plain', MAX_TEXT_FILE_BYTES + 1), noPdf));
    await expect(readOpenedFile(fileOf('at.txt', 'a', 'text/plain', MAX_TEXT_FILE_BYTES), noPdf)).resolves.toMatchObject({ kind: 'text' });
  });
});

describe('pastedSource', () => {
  it('keeps pasted text under a key from its text, the same whatever surrounds it', () => {
    const source = pastedSource('  We collect your name.\n');
    expect(source).toMatchObject({ key: `pasted:${hashText('We collect your name.')}`, kind: 'text', title: '' });
    expect(pastedSource('We collect your name.').key).toBe(source.key);
    expect(pastedSource('We collect your email.').key).not.toBe(source.key);
  });

  it.each([
    ['nothing', '', /paste the text of a privacy policy into the box first/],
    ['only blanks', ' \n\t ', /paste the text of a privacy policy into the box first/],
    ['too much', 'a'.repeat(MAX_PASTE_CHARS + 1), /^The pasted text is 4\.0 million characters, more than the 4 million/],
  ])('refuses %s', async (_what, text, message) => {
    expect((await refusal(() => pastedSource(text))).message).toMatch(message);
  });
});

describe('pageText', () => {
  const item = (str: string, y: number, hasEOL = true, height = 10): PdfTextItem => ({ str, y, height, hasEOL });

  it('puts each line on its own line and a blank line where the gap above is a paragraph’s', () => {
    const items = [
      item('Privacy', 700, false),
      item(' ', 700, false),
      item('Policy', 700),
      item('We collect your name and', 670),
      item('email address.', 658),
      item('We never sell it.', 630),
    ];
    expect(pageText(items)).toBe('Privacy Policy\n\nWe collect your name and\nemail address.\n\nWe never sell it.');
  });

  it('keeps the last line when no line end follows it, and leaves out empty lines', () => {
    expect(pageText([item('', 700), item('One.', 688), item('Two', 676, false)])).toBe('One.\nTwo');
  });
});

/** The popup's analyser, in this thread with linkedom (the worker's parser). */
const analyser: PageAnalyser = {
  textHash: async (source) => hashText(extractPolicy(policyInput(source), parseHtml).text),
  analyse: async (source) => analyseSource(source, { parseHtml }),
};

describe('analyseLocal', () => {
  const policy = fixture('privacy.html').toString('utf8');

  it('keeps the report in the history under its key, and shows the stored one when the same text comes again', async () => {
    const history = openHistory('local-input-1');
    const source = { key: 'file:privacy.html', url: 'file:privacy.html', title: 'privacy.html', html: policy, kind: 'html' as const };
    const first = await analyseLocal(source, { history, analyser });
    expect(first).toMatchObject({ kind: 'report', key: 'file:privacy.html', report: { title: 'Privacy Policy – Imaginet' } });
    expect(first).not.toHaveProperty('fromHistory');
    const stored = await history.get('file:privacy.html');
    expect(stored?.report.textHash).toBe(first.kind === 'report' && first.report.textHash);
    const again = await analyseLocal(source, { history, analyser: { ...analyser, analyse: () => Promise.reject(new Error('analysed twice')) } });
    expect(again).toMatchObject({ kind: 'report', fromHistory: stored?.analysedAt });
  }, 30_000);

  it('does not keep a text that is not a policy, and leaves what was stored under its key', async () => {
    const history = openHistory('local-input-2');
    const key = 'file:policy.html';
    await analyseLocal({ key, url: key, title: 'policy.html', html: policy, kind: 'html' }, { history, analyser });
    const article = fixture('not-a-policy.html').toString('utf8');
    const result = await analyseLocal({ key, url: key, title: 'policy.html', html: article, kind: 'html' }, { history, analyser });
    expect(result).toEqual({ kind: 'not-a-policy', title: expect.any(String) });
    expect((await history.get(key))?.report.title).toBe('Privacy Policy – Imaginet');
    expect((await history.list()).entries).toHaveLength(1);
  }, 30_000);

  it('keeps a policy in another language, ungraded, with the reason', async () => {
    const history = openHistory('local-input-3');
    const key = 'file:datenschutz.html';
    const result = await analyseLocal({ key, url: key, title: 'datenschutz.html', html: fixture('german-policy.html').toString('utf8'), kind: 'html' }, { history, analyser });
    expect(result).toMatchObject({ kind: 'report', report: { score: { grade: null, gradeWithheld: { reason: 'not-english', message: "Policy Lens can't read German policies yet" } } } });
    expect(await history.get(key)).toBeDefined();
  }, 30_000);
});
