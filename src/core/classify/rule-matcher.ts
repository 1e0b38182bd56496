// Runs the classifier rules (rules.ts, written in compromise's match syntax) over
// the clause's own tokens and vocabulary matches, so that classifying costs about
// what tokenising does. The supported syntax is what the rules use: words and
// #Tags (each may end in ? or +), (either|or) groups of words, .{m,n} gaps, .?
// and a leading ^. test/unit/rule-matcher.test.ts checks it against compromise.
import type { ClassifierRule } from '../rules';
import { tokenize } from './tokens';
import { clauseWords } from './features';
import type { TagMatch } from './vocabulary-tags';

type Step =
  | { kind: 'words'; options: string[][]; optional: boolean }
  | { kind: 'tag'; tag: string; optional: boolean; repeat: boolean }
  | { kind: 'gap'; min: number; max: number };

export interface CompiledRule {
  rule: ClassifierRule;
  anchored: boolean;
  steps: Step[];
}

/** A clause ready for matching: its tokens, its vocabulary phrases and, per token, the tags of the phrases starting there with their end. */
export interface MatchText {
  tokens: string[];
  vocabulary: TagMatch[];
  tagEnds: Map<string, number>[];
}

/** Rules indexed by what their first step needs, so each position tries only rules that can start there. */
export interface RuleIndex {
  rules: CompiledRule[];
  byWord: Map<string, number[]>;
  byTag: Map<string, number[]>;
  anywhere: number[];
  anchored: number[];
}


function parseStep(token: string): Step {
  const gap = /^\.\{(\d+),(\d+)\}$/.exec(token);
  if (gap) return { kind: 'gap', min: Number(gap[1]), max: Number(gap[2]) };
  if (token === '.?') return { kind: 'gap', min: 0, max: 1 };
  if (token === '.') return { kind: 'gap', min: 1, max: 1 };
  const suffix = /[?+]$/.exec(token)?.[0] ?? '';
  const body = suffix ? token.slice(0, -1) : token;
  if (body.startsWith('#')) return { kind: 'tag', tag: body.slice(1), optional: suffix === '?', repeat: suffix === '+' };
  const options = body.startsWith('(') ? body.slice(1, -1).split('|') : [body];
  return { kind: 'words', options: options.map(tokenize), optional: suffix === '?' };
}

/** Splits a pattern at spaces outside (…) groups. */
function patternTokens(pattern: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of pattern) {
    if (char === '(') depth++;
    if (char === ')') depth--;
    if (char === ' ' && depth === 0) {
      if (current) out.push(current);
      current = '';
    } else current += char;
  }
  if (current) out.push(current);
  return out;
}

export function compileRule(rule: ClassifierRule): CompiledRule {
  const anchored = rule.match.startsWith('^');
  const steps = patternTokens(anchored ? rule.match.slice(1) : rule.match).map(parseStep);
  return { rule, anchored, steps };
}

export function prepareText(text: string): MatchText {
  const { tokens, vocabulary } = clauseWords(text);
  const tagEnds = tokens.map(() => new Map<string, number>());
  for (const m of vocabulary) {
    const ends = tagEnds[m.start]!;
    ends.set(m.tag, Math.max(ends.get(m.tag) ?? 0, m.end));
  }
  return { tokens, vocabulary, tagEnds };
}

function sameAt(tokens: readonly string[], at: number, seq: readonly string[]): boolean {
  for (let i = 0; i < seq.length; i++) if (tokens[at + i] !== seq[i]) return false;
  return seq.length > 0;
}

function matchFrom(steps: readonly Step[], k: number, text: MatchText, at: number): boolean {
  if (k === steps.length) return true;
  const step = steps[k]!;
  const { tokens, tagEnds } = text;
  switch (step.kind) {
    case 'gap':
      for (let n = step.min; n <= step.max && at + n <= tokens.length; n++) if (matchFrom(steps, k + 1, text, at + n)) return true;
      return false;
    case 'words':
      for (const seq of step.options) if (sameAt(tokens, at, seq) && matchFrom(steps, k + 1, text, at + seq.length)) return true;
      return step.optional && matchFrom(steps, k + 1, text, at);
    case 'tag': {
      let end = tagEnds[at]?.get(step.tag);
      while (end !== undefined) {
        if (matchFrom(steps, k + 1, text, end)) return true;
        end = step.repeat ? tagEnds[end]?.get(step.tag) : undefined;
      }
      return step.optional && matchFrom(steps, k + 1, text, at);
    }
  }
}

/** Does `rule` match anywhere in the prepared text (at its start, when anchored)? */
export function ruleMatches(rule: CompiledRule, text: MatchText): boolean {
  const last = rule.anchored ? 0 : text.tokens.length;
  for (let at = 0; at <= last; at++) if (matchFrom(rule.steps, 0, text, at)) return true;
  return false;
}

function addTo(map: Map<string, number[]>, key: string, rule: number): void {
  const list = map.get(key);
  if (list) list.push(rule);
  else map.set(key, [rule]);
}

export function indexRules(rules: readonly ClassifierRule[]): RuleIndex {
  const index: RuleIndex = { rules: rules.map(compileRule), byWord: new Map(), byTag: new Map(), anywhere: [], anchored: [] };
  index.rules.forEach((compiled, i) => {
    const first = compiled.steps[0];
    if (compiled.anchored) index.anchored.push(i);
    else if (first?.kind === 'words' && !first.optional) for (const seq of first.options) addTo(index.byWord, seq[0] ?? '', i);
    else if (first?.kind === 'tag' && !first.optional) addTo(index.byTag, first.tag, i);
    else index.anywhere.push(i);
  });
  return index;
}

/** The indexes (into `index.rules`) of the rules that match `text`, in rule order. */
export function matchingRules(index: RuleIndex, text: MatchText): number[] {
  const found = new Set<number>();
  const tryRule = (i: number, at: number) => {
    if (!found.has(i) && matchFrom(index.rules[i]!.steps, 0, text, at)) found.add(i);
  };
  for (const i of index.anchored) tryRule(i, 0);
  for (let at = 0; at <= text.tokens.length; at++) {
    for (const i of index.byWord.get(text.tokens[at] ?? '') ?? []) tryRule(i, at);
    for (const tag of text.tagEnds[at]?.keys() ?? []) for (const i of index.byTag.get(tag) ?? []) tryRule(i, at);
    for (const i of index.anywhere) tryRule(i, at);
  }
  return [...found].sort((a, b) => a - b);
}
