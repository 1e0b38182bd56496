// Fact sheets of mobile-app policies (data/app-fact-sheets/): GT200 policies of the classifier's
// train and dev splits, rebuilt from their passages and read by hand, blind to the analyser. The fact
// code was written on provider policies; these sheets are a second development set of another
// kind, whose first figure says how that code reads policies it was not written on
// (docs/facts-first-contact.md). Run `npx tsx src/eval/app-fact-sheets.ts` to list each disagreement.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { markdownToText } from '../core/extract-markdown';
import type { GoldFacts } from './fact-agreement';
import { evaluateFactSheets, printFactSheetEvaluation, type FactSheetCase } from './fact-sheets';
import { DATA_PATHS, readJsonl } from './labelled';

const sheetsDir = fileURLToPath(new URL('../../data/app-fact-sheets/', import.meta.url));

interface Passage {
  policy: string;
  n: number;
  text: string;
  type: string;
}

/** One GT200 policy as its readers saw it: passages in order, headlines as Markdown headings. */
export function gt200PolicyMarkdown(policy: string, passages: readonly Passage[]): string {
  return passages
    .filter((p) => p.policy === policy)
    .sort((a, b) => a.n - b.n)
    .map((p) => (p.type === 'headline' ? `\n## ${p.text}` : p.text))
    .join('\n');
}

export function loadAppFactSheetCases(dir = sheetsDir): FactSheetCase[] {
  const passages = readJsonl(DATA_PATHS.gt200) as unknown as Passage[];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.facts.json'))
    .sort()
    .map((file) => {
      const id = file.replace(/\.facts\.json$/, '');
      const sheet = JSON.parse(readFileSync(dir + file, 'utf8')) as Record<string, GoldFacts>;
      const markdown = gt200PolicyMarkdown(id, passages);
      if (markdown === '') throw new Error(`${dir}${file}: GT200 has no policy ${id}`);
      return { id, split: 'dev' as const, gold: sheet[id]!, text: markdownToText(markdown) };
    });
}

function main(): void {
  printFactSheetEvaluation('Fact agreement on the app policies', evaluateFactSheets(loadAppFactSheetCases()));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
