// Agreement of `segmentClauses` with the corpus's gold sentence splitting
// (test/fixtures/labels.jsonl): each policy's source text is extracted and
// segmented, and its clause boundaries compared with the gold items', both
// with whitespace collapsed. Run alone: npx tsx bench/segment-eval.ts
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractPolicy } from '../src/core/extract';
import { segmentClauses } from '../src/core/segment';

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

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = segmentationAgreement();
  for (const p of result.policies) {
    console.log(`${p.policy.padEnd(14)} ${p.exact}/${p.gold} exact (${(p.rate * 100).toFixed(1)}%), ${p.predicted} clauses${p.sameText ? '' : ', TEXT DIFFERS'}`);
    for (const m of p.missed) console.log(`    missed: ${m.slice(0, 140)}`);
  }
  console.log(`total          ${result.exact}/${result.gold} exact (${(result.rate * 100).toFixed(1)}%)`);
}
