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

  it('drops an emphasis marker left dangling by a hard line break inside the emphasis, and keeps underscores within words', () => {
    expect(markdownToText('_Right to rectification  \n_We take reasonable steps.')).toBe('Right to rectification  \nWe take reasonable steps.');
    expect(markdownToText('_Right to data portability_')).toBe('Right to data portability');
    expect(markdownToText('the snake_case name')).toBe('the snake_case name');
  });

  it('reads a table row without <br> as one line of cells', () => {
    expect(markdownToText('| Cookie | Purpose |\n|---|---|\n| sid | Login |')).toBe('Cookie; Purpose\nsid; Login');
  });
});
