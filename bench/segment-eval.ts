// Agreement of `segmentClauses` with the corpus's gold sentence splitting
// (test/fixtures/labels.jsonl): each policy's source text is extracted and
// segmented, and its clause boundaries compared with the gold items', both
// with whitespace collapsed; and times extraction and segmentation on large
// input. Run alone: npx tsx bench/segment-eval.ts
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractPolicy } from '../src/core/extract';
import { segmentClauses } from '../src/core/segment';
import type { PolicyInput } from '../src/core/types';
import { parseHtml } from '../src/node/parse-html';

const fixture = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

export interface PolicyAgreement {
  policy: string;
  gold: number;
  predicted: number;
  /** Gold items that some predicted clause reproduces exactly. */
  exact: number;
  /** exact / gold */
  rate: number;
  /** Gold items with no exactly matching clause, for reading. */
  missed: string[];
  /** Do both sides join back to the same collapsed text? If not, the spans are not comparable. */
  sameText: boolean;
}

export interface SegmentationAgreement {
  policies: PolicyAgreement[];
  gold: number;
  exact: number;
  rate: number;
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** `start:end` spans of `items` laid end to end with single spaces between them. */
function spans(items: string[]): string[] {
  let at = 0;
  return items.map((item) => {
    const span = `${at}:${at + item.length}`;
    at += item.length + 1;
    return span;
  });
}

export function comparePolicy(policy: string, goldItems: string[], clauses: string[]): PolicyAgreement {
  const predicted = clauses.map(collapse).filter((c) => c !== '');
  const predictedSpans = new Set(spans(predicted));
  const goldSpans = spans(goldItems);
  const missed = goldItems.filter((_, i) => !predictedSpans.has(goldSpans[i] ?? ''));
  const exact = goldItems.length - missed.length;
  return {
    policy,
    gold: goldItems.length,
    predicted: predicted.length,
    exact,
    rate: goldItems.length === 0 ? 1 : exact / goldItems.length,
    missed,
    sameText: predicted.join(' ') === goldItems.join(' '),
  };
}

function loadGold(): Map<string, string[]> {
  const gold = new Map<string, string[]>();
  for (const line of readFileSync(fixture('test/fixtures/labels.jsonl'), 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const item = JSON.parse(line) as { policy: string; text: string };
    gold.set(item.policy, [...(gold.get(item.policy) ?? []), item.text]);
  }
  return gold;
}

/** Segments every corpus policy and compares it with the gold items. */
export function segmentationAgreement(): SegmentationAgreement {
  const policies = [...loadGold()].map(([policy, items]) => {
    const source = readFileSync(fixture(`src/data/policies/${policy}.txt`), 'utf8');
    const { text } = extractPolicy({ kind: 'text', content: source });
    return comparePolicy(policy, items, segmentClauses(text).map((c) => c.text));
  });
  const gold = policies.reduce((n, p) => n + p.gold, 0);
  const exact = policies.reduce((n, p) => n + p.exact, 0);
  return { policies, gold, exact, rate: exact / gold };
}

export interface ExtractionTiming {
  input: string;
  chars: number;
  extractMs: number;
  segmentMs: number;
  textChars: number;
  clauses: number;
}

/** The terms page with its article repeated until the page is about `chars` long. */
function bigTermsPage(chars: number): string {
  const page = readFileSync(fixture('test/fixtures/pages/terms.html'), 'utf8');
  const article = page.slice(page.indexOf('<article'), page.indexOf('</article>'));
  return page.replace(article, article.repeat(Math.ceil(chars / article.length)));
}

/** Wall time of extract and segment on the 22 KB terms text, 1 MB of text, and 1 MB and 5 MB pages. */
export function extractionTimings(): ExtractionTiming[] {
  const terms = readFileSync(fixture('src/data/policies/imagine-ftth.txt'), 'utf8');
  const inputs: [string, PolicyInput][] = [
    ['22 KB text (imagine-ftth)', { kind: 'text', content: terms }],
    ['1 MB text', { kind: 'text', content: terms.repeat(Math.ceil(1_000_000 / terms.length)) }],
    ['1 MB page', { kind: 'html', content: bigTermsPage(1_000_000) }],
    ['5 MB page', { kind: 'html', content: bigTermsPage(5_000_000) }],
  ];
  return inputs.map(([input, policyInput]) => {
    const t0 = performance.now();
    const { text } = extractPolicy(policyInput, parseHtml);
    const t1 = performance.now();
    const clauses = segmentClauses(text).length;
    const t2 = performance.now();
    return { input, chars: policyInput.content.length, extractMs: t1 - t0, segmentMs: t2 - t1, textChars: text.length, clauses };
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = segmentationAgreement();
  for (const p of result.policies) {
    console.log(`${p.policy.padEnd(14)} ${p.exact}/${p.gold} exact (${(p.rate * 100).toFixed(1)}%), ${p.predicted} clauses${p.sameText ? '' : ', TEXT DIFFERS'}`);
    for (const m of p.missed) console.log(`    missed: ${m.slice(0, 140)}`);
  }
  console.log(`total          ${result.exact}/${result.gold} exact (${(result.rate * 100).toFixed(1)}%)`);
  for (const t of extractionTimings()) {
    console.log(`${t.input.padEnd(26)} ${t.extractMs.toFixed(0).padStart(5)} ms extract, ${t.segmentMs.toFixed(0).padStart(4)} ms segment → ${t.clauses} clauses`);
  }
}
