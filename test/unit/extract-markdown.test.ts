import { describe, expect, it } from 'vitest';
import { markdownToText } from '../../src/core/extract-markdown';

describe('markdownToText', () => {
  it('reads headings, bullets and links as plain lines', () => {
    expect(markdownToText('## What we collect\n\n* your [name](https://x.test)\n* **e-mail**')).toBe('What we collect\n\n• your name\n• e-mail');
  });

  it('breaks a line at <br> tags, as a browser shows a table cell, keeping bullets as bullets', () => {
    expect(markdownToText('| Our promises:<br><br>* No cookies<br>* Data is never shared or sold | Details<br/>here |')).toBe(
      'Our promises:\n• No cookies\n• Data is never shared or sold; Details\nhere',
    );
    expect(markdownToText('First line<BR>second line')).toBe('First line\nsecond line');
  });

  it('reads a table row without <br> as one line of cells', () => {
    expect(markdownToText('| Cookie | Purpose |\n|---|---|\n| sid | Login |')).toBe('Cookie; Purpose\nsid; Login');
  });
});
