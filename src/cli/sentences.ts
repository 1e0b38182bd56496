import type { ClauseClassification } from '../core/types';
import { CliError, EXIT } from './exit-codes';

function badLine(lineNumber: number, why: string): CliError {
  return new CliError(EXIT.badSentence, `Line ${lineNumber}: ${why}; expected {"text": "..."}.`);
}

function textOf(line: string, lineNumber: number): string {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch {
    throw badLine(lineNumber, 'not valid JSON');
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) throw badLine(lineNumber, 'not a JSON object');
  const text = (record as { text?: unknown }).text;
  if (typeof text !== 'string') throw badLine(lineNumber, 'no "text" string');
  return text;
}

/**
 * The `text` of every non-blank JSONL line; every line is checked before any is classified.
 * A byte order mark (as Windows editors write) before line 1 is not part of it.
 */
export function parseSentenceLines(jsonl: string): string[] {
  const texts: string[] = [];
  jsonl.replace(/^\ufeff/, '').split(/\r?\n/).forEach((line, i) => {
    if (line.trim() !== '') texts.push(textOf(line, i + 1));
  });
  return texts;
}

/** One `{"labels": [...], "negated": bool}` line per sentence; `onSentence` is told after each. */
export function classifySentences(
  texts: string[],
  classify: (text: string) => ClauseClassification,
  onSentence?: (done: number, total: number) => void,
): string {
  return texts.map((text, i) => {
    const { labels, negated } = classify(text);
    onSentence?.(i + 1, texts.length);
    return `${JSON.stringify({ labels, negated })}\n`;
  }).join('');
}
