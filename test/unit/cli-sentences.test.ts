import { describe, expect, it } from 'vitest';
import { CliError, EXIT } from '../../src/cli/exit-codes';
import { classifySentences, parseSentenceLines } from '../../src/cli/sentences';
import type { ClauseClassification } from '../../src/core/types';

describe('parseSentenceLines', () => {
  it('returns the text of each non-blank line, in order, ignoring other fields and CRLF', () => {
    const jsonl = '{"text": "We collect your name."}\r\n\n{"policy": "x", "text": "We do not sell data."}\n';
    expect(parseSentenceLines(jsonl)).toEqual(['We collect your name.', 'We do not sell data.']);
  });

  it('reads line 1 of a file that starts with a UTF-8 byte order mark', () => {
    expect(parseSentenceLines('\ufeff{"text": "We collect your name."}\n{"text": "Hello."}')).toEqual(['We collect your name.', 'Hello.']);
  });

  it.each([
    ['{"text": "ok"}\n{"text": "ok"}\nnot json', /^Line 3: not valid JSON/],
    ['{"text": "ok"}\n["text"]', /^Line 2: not a JSON object/],
    ['null', /^Line 1: not a JSON object/],
    ['{"text": "ok"}\n\n{"txt": "typo"}', /^Line 3: no "text" string/],
    ['{"text": 42}', /^Line 1: no "text" string/],
  ])('names the bad line in %j', (jsonl, message) => {
    let thrown: unknown;
    try {
      parseSentenceLines(jsonl);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(CliError);
    expect((thrown as CliError).exitCode).toBe(EXIT.badSentence);
    expect((thrown as CliError).message).toMatch(message);
  });
});

describe('classifySentences', () => {
  it('prints one labels/negated line per sentence and leaves out the rule reasons', () => {
    const classify = (text: string): ClauseClassification =>
      text.includes('not') ? { labels: ['sharing'], negated: true, reasons: ['r1'] } : { labels: [], negated: false, reasons: [] };
    const lines = classifySentences(['We do not sell data.', 'Hello.'], classify).split('\n');
    expect(lines).toEqual(['{"labels":["sharing"],"negated":true}', '{"labels":[],"negated":false}', '']);
  });
});
