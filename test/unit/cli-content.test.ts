import { describe, expect, it } from 'vitest';
import { looksLikeHtml, toPolicyInput, type ContentHints } from '../../src/cli/content';
import { CliError, EXIT } from '../../src/cli/exit-codes';

const bytes = (text: string) => new TextEncoder().encode(text);

function errorOf(run: () => unknown): CliError {
  try {
    run();
  } catch (error) {
    if (error instanceof CliError) return error;
    throw error;
  }
  throw new Error('expected a CliError');
}

describe('looksLikeHtml', () => {
  it.each<[string, ContentHints, boolean]>([
    ['We collect your name.', { source: 'policy.html' }, true],
    ['We collect your name.', { source: 'policy.HTM' }, true],
    ['<p>We collect</p>', { source: 'policy.txt' }, false],
    ['<p>We collect</p>', { source: 'https://x.test/p', contentType: 'text/plain; charset=utf-8' }, false],
    ['We collect.', { source: 'https://x.test/p', contentType: 'text/html; charset=utf-8' }, true],
    ['  <!DOCTYPE html><title>x</title>', { source: 'policy' }, true],
    ['<html lang="en"><body>x</body></html>', { source: 'policy.data' }, true],
    ['Intro\n<div class="c"><p>We collect</p></div>', { source: 'saved-page' }, true],
    ['1. We collect your name.\n2. We keep it for 5 years.', { source: 'policy' }, false],
    ['Data is shared if x < 3 and y > 2.', { source: 'policy' }, false],
  ])('%j with %j → %s', (text, hints, expected) => {
    expect(looksLikeHtml(text, hints)).toBe(expected);
  });
});

describe('toPolicyInput', () => {
  it('reads UTF-8 text, drops the BOM and keeps the source as url and file name as title', () => {
    const input = toPolicyInput(bytes('\uFEFFWe collect your e-mail — and café orders.'), { source: 'dir/my policy.txt' });
    expect(input).toEqual({ kind: 'text', content: 'We collect your e-mail — and café orders.', url: 'dir/my policy.txt', title: 'my policy.txt' });
  });

  it('reads a Markdown file as the text its markup stands for, and a .txt file as it is', () => {
    const markdown = '## Your rights\n\n* **Access:** ask for [a copy](https://acme.test/copy) of your data';
    expect(toPolicyInput(bytes(markdown), { source: 'PRIVACY.md' }).content).toBe('Your rights\n\n• Access: ask for a copy of your data');
    expect(toPolicyInput(bytes(markdown), { source: 'https://acme.test/privacy', contentType: 'text/markdown; charset=utf-8' }).content).toBe('Your rights\n\n• Access: ask for a copy of your data');
    expect(toPolicyInput(bytes(markdown), { source: 'https://raw.acme.test/PRIVACY.md', contentType: 'text/plain' }).content).toBe('Your rights\n\n• Access: ask for a copy of your data');
    expect(toPolicyInput(bytes(markdown), { source: 'privacy.txt' }).content).toBe(markdown);
  });

  it.each([
    ['https://isp.test/', 'isp.test'],
    ['https://isp.test/legal/privacy%20policy?x=1', 'privacy policy'],
    ['policies/imqs.txt', 'imqs.txt'],
  ])('falls back on a title from %j: %j', (source, title) => {
    expect(toPolicyInput(bytes('We collect data.'), { source }).title).toBe(title);
  });

  it('decodes UTF-16 with a byte-order mark instead of calling it binary', () => {
    const utf16 = Uint8Array.from([0xff, 0xfe, ...[...'Hi'].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(toPolicyInput(utf16, { source: 'p.txt' }).content).toBe('Hi');
  });

  it.each([
    ['little-endian', (code: number) => [code & 0xff, code >> 8]],
    ['big-endian', (code: number) => [code >> 8, code & 0xff]],
  ])('decodes %s UTF-16 without a byte-order mark instead of calling it binary', (_name, encode) => {
    const text = 'Privacy Policy\r\nWe collect your name — and café orders.';
    const utf16 = Uint8Array.from([...text].flatMap((c) => encode(c.charCodeAt(0))));
    expect(toPolicyInput(utf16, { source: 'p.txt' }).content).toBe(text);
  });

  it('honours the charset of the Content-Type header', () => {
    const latin1 = Uint8Array.from([0x63, 0x61, 0x66, 0xe9]); // "café" in ISO-8859-1
    expect(toPolicyInput(latin1, { source: 'https://x.test/p', contentType: 'text/plain; charset=iso-8859-1' }).content).toBe('café');
  });

  it.each<[string, Uint8Array, ContentHints, RegExp]>([
    ['a PDF by magic bytes', bytes('%PDF-1.7\n...'), { source: 'policy.bin' }, /is a PDF; convert it to text first/],
    ['a PDF by extension', bytes('whatever'), { source: 'policy.pdf' }, /is a PDF/],
    ['a PDF by Content-Type', bytes('whatever'), { source: 'https://x.test/p', contentType: 'application/pdf' }, /is a PDF/],
    ['a binary file', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]), { source: 'logo.png' }, /logo\.png is a binary file/],
    ['an empty file', bytes(''), { source: 'empty.txt' }, /empty\.txt is empty/],
    ['a whitespace-only file', bytes(' \n\t\n'), { source: 'blank.txt' }, /blank\.txt is empty/],
  ])('refuses %s with a clear message', (_name, content, hints, message) => {
    const error = errorOf(() => toPolicyInput(content, hints));
    expect(error.exitCode).toBe(EXIT.unusable);
    expect(error.message).toMatch(message);
  });
});
