// `npx tsx scripts/label-items.ts <id> <policy.md|policy.txt>`: the items to label for one policy,
// one `{"policy", "n", "text"}` line per clause as the pipeline cuts it (docs/labelling.md), on stdout.
import { readFileSync } from 'node:fs';
import { extractPolicy } from '../src/core/extract';
import { markdownToText } from '../src/core/extract-markdown';
import { segmentClauses } from '../src/core/segment';

const [id, file] = process.argv.slice(2);
if (!id || !file) {
  console.error('usage: npx tsx scripts/label-items.ts <id> <policy.md|policy.txt>');
  process.exit(2);
}
const raw = readFileSync(file, 'utf8');
const text = extractPolicy({ kind: 'text', content: file.endsWith('.md') ? markdownToText(raw) : raw }).text;
for (const [n, clause] of segmentClauses(text).entries()) console.log(JSON.stringify({ policy: id, n, text: clause.text }));
