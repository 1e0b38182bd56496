// Where `analysePolicy`'s time goes on a large policy: each stage timed alone
// on the output of the stage before it.
import { analysePolicy } from '../src/core/analyse';
import { classifyClauses } from '../src/core/classify';
import { comparePolicy } from '../src/core/compare';
import { extractPolicy } from '../src/core/extract';
import { extractFacts } from '../src/core/facts';
import { hashText } from '../src/core/hash';
import { detectLanguage, looksLikePolicy } from '../src/core/language';
import { scorePolicy } from '../src/core/score';
import { segmentClauses } from '../src/core/segment';
import { summariseCategories } from '../src/core/summary';
import type { PolicyInput } from '../src/core/types';
import { referenceSet } from '../src/data/reference';
import { kb, ms, section, table } from './section';
import { syntheticPolicy } from './synthetic';
import { measure, type TimingStats } from './timing';

const SIZE_KB = 1024;
const RUNS = { warmup: 1, runs: 3 };

export interface StagesResult {
  bytes: number;
  stages: { stage: string; timing: TimingStats }[];
}

function timeStages(): StagesResult {
  const input: PolicyInput = { kind: 'text', content: syntheticPolicy(SIZE_KB * 1024) };
  const policy = extractPolicy(input);
  const segments = segmentClauses(policy.text);
  const clauses = classifyClauses(segments);
  const facts = extractFacts(clauses);
  const report = analysePolicy(input);
  const stages: [string, () => unknown][] = [
    ['extract', () => extractPolicy(input)],
    ['segment', () => segmentClauses(policy.text)],
    ['classify', () => classifyClauses(segments)],
    ['language + looks-like-policy', () => [detectLanguage(policy.text), looksLikePolicy(policy.text, clauses)]],
    ['facts', () => extractFacts(clauses)],
    ['summary + score + hash', () => [summariseCategories(clauses, facts), scorePolicy(facts), hashText(policy.text)]],
    ['compare with reference set', () => comparePolicy(report, referenceSet)],
  ];
  return { bytes: Buffer.byteLength(input.content), stages: stages.map(([stage, run]) => ({ stage, timing: measure(run, RUNS) })) };
}

export const stagesSection = section<StagesResult>({
  id: 'stages',
  title: 'Where the time goes',
  run: async () => timeStages(),
  print: (result) => {
    const total = result.stages.reduce((sum, s) => sum + s.timing.cpuMedianMs, 0);
    const rows = result.stages.map((s) => [
      s.stage,
      ms(s.timing.medianMs),
      ms(s.timing.cpuMedianMs),
      `${Math.round((100 * s.timing.cpuMedianMs) / total)}%`,
    ]);
    return [
      `Each stage alone on the ${kb(result.bytes)} synthetic policy (median of ${RUNS.runs}; share of CPU time):`,
      ...table(['stage', 'median ms', 'cpu ms', 'share'], rows),
    ];
  },
});
