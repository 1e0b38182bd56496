import { describe, expect, it } from 'vitest';
import { pdfFilename } from '../../src/pdf/filename';
import { fitToFont } from '../../src/pdf/glyphs';
import { wrapText } from '../../src/pdf/wrap';

// One point per character keeps widths easy to reason about.
const measure = (s: string) => [...s].length;

describe('wrapText', () => {
  it.each([
    ['short text stays on one line', 'a b c', 10, ['a b c']],
    ['wraps at word boundaries', 'aaa bbb ccc', 7, ['aaa bbb', 'ccc']],
    ['keeps explicit line breaks', 'one\ntwo', 10, ['one', 'two']],
    ['breaks a word longer than the line', 'abcdefghij', 4, ['abcd', 'efgh', 'ij']],
    ['breaks a long word after a short one', 'ab cdefghij', 4, ['ab', 'cdef', 'ghij']],
    ['collapses runs of spaces', 'a    b', 10, ['a b']],
    ['gives one empty line for empty text', '', 10, ['']],
  ])('%s', (_name, text, width, expected) => {
    expect(wrapText(text, width, measure)).toEqual(expected);
  });

  it('never returns a line wider than the limit when words fit', () => {
    const text = 'the quick brown fox jumps over the lazy dog '.repeat(20);
    for (const line of wrapText(text, 17, measure)) expect(measure(line)).toBeLessThanOrEqual(17);
  });
});

describe('fitToFont', () => {
  const latin = new Set([...'abc Ж—□'].map((c) => c.codePointAt(0)!));
  it.each([
    ['keeps characters the font has', 'a Ж—c', 'a Ж—c'],
    ['boxes a missing character', 'a🍪b', 'a□b'],
    ['boxes a joined emoji sequence once', 'a👨‍👩‍👧b', 'a□b'],
    ['drops variation selectors', 'a✓️', 'a□'],
    ['turns tabs into spaces', 'a\tb', 'a b'],
    ['keeps line breaks', 'a\nb', 'a\nb'],
  ])('%s', (_name, text, expected) => {
    expect(fitToFont(text, latin)).toBe(expected);
  });
});

describe('pdfFilename', () => {
  const day = new Date(2026, 0, 5, 23, 59);
  it.each([
    ['https://www.example.co.za/privacy', 'policy-lens-example.co.za-2026-01-05.pdf'],
    ['http://127.0.0.1:8080/p.html', 'policy-lens-127.0.0.1-2026-01-05.pdf'],
    ['https://xn--bcher-kva.example/x', 'policy-lens-xn--bcher-kva.example-2026-01-05.pdf'],
    ['file:///home/me/policy.html', 'policy-lens-policy-2026-01-05.pdf'],
    ['not a url / ../..', 'policy-lens-not-a-url-2026-01-05.pdf'],
    [undefined, 'policy-lens-policy-2026-01-05.pdf'],
  ])('%s → %s', (url, expected) => {
    expect(pdfFilename(url, day)).toBe(expected);
  });
});
