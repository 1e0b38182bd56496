// Large policies for the speed benchmark, built deterministically from the
// corpus sentences so every run times the same text.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { seededRandom } from '../test/seeded-random';

const LABELS = fileURLToPath(new URL('../test/fixtures/labels.jsonl', import.meta.url));

export function corpusSentences(): string[] {
  return readFileSync(LABELS, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as { text: string; junk: boolean })
    .filter((item) => !item.junk)
    .map((item) => item.text);
}

/**
 * A policy of at least `bytes` UTF-8 bytes: numbered headings, each over a few
 * paragraphs of 2–6 corpus sentences picked at random (seeded).
 */
export function syntheticPolicy(bytes: number, seed = 1): string {
  const sentences = corpusSentences();
  const next = seededRandom(seed);
  const pick = () => sentences[Math.floor(next() * sentences.length)]!;
  const parts: string[] = ['Privacy Policy'];
  let size = parts[0]!.length;
  for (let section = 1; size < bytes; section++) {
    const heading = `${section}. Section ${section}`;
    parts.push(heading);
    size += heading.length + 2;
    for (let p = 0; p < 3 && size < bytes; p++) {
      const paragraph = Array.from({ length: 2 + Math.floor(next() * 5) }, pick).join(' ');
      parts.push(paragraph);
      size += Buffer.byteLength(paragraph) + 2;
    }
  }
  return parts.join('\n\n');
}
