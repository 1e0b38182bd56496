// A clause as named features: its words and word pairs, the vocabulary it uses,
// the rules that fired and their verdict on it and its neighbours, and where it
// sits (heading, list introduction). The model hashes the names; explanations read them back.
import type { ClauseClassification } from '../types';
import type { RuleHit } from '../classify';
import { isListItem, looksLikeHeading, type ClauseContext } from './layout';
import { tokenize } from './tokens';
import { matchVocabulary, type TagMatch } from './vocabulary-tags';

/** A clause's words and the vocabulary phrases found in them. */
export interface ClauseWords {
  tokens: string[];
  vocabulary: TagMatch[];
}

export interface FeatureInput {
  text: string;
  words?: ClauseWords;
  context: ClauseContext;
  /** The rules that fired on the clause, and what they decide on their own. */
  rules: RuleHit[];
  decision: ClauseClassification;
  /** What the rules decided for the clauses before and after it in the same section. */
  neighbours?: { previous?: ClauseClassification; next?: ClauseClassification };
  /** Per-document cache of context features (many clauses share a heading). */
  memo?: Map<string, ContextWords>;
}

/** Feature-name prefixes, also used to word explanations. */
export const PREFIX = {
  word: 'w:',
  pair: 'b:',
  vocabulary: 'v:',
  vocabularyPair: 'vv:',
  rule: 'r:',
  ruleTag: 'rt:',
  ruleDecision: 'd:',
  previousDecision: 'pd:',
  nextDecision: 'nd:',
  heading: 'h:',
  headingVocabulary: 'hv:',
  intro: 'i:',
  introVocabulary: 'iv:',
  shape: 's:',
} as const;

/** Context lines are read up to this many words. */
const CONTEXT_WORDS = 40;

function lengthBucket(n: number): string {
  if (n <= 1) return '1';
  if (n <= 3) return '2-3';
  if (n <= 7) return '4-7';
  if (n <= 15) return '8-15';
  if (n <= 31) return '16-31';
  return '32+';
}

function tagsOf(vocabulary: readonly TagMatch[]): string[] {
  return [...new Set(vocabulary.map((m) => m.tag))].sort();
}

export function clauseWords(text: string): ClauseWords {
  const tokens = tokenize(text);
  return { tokens, vocabulary: matchVocabulary(tokens) };
}

/** Where features go: named (training, explanations) or hashed straight into buckets (classifying). */
export interface FeatureSink {
  /** The feature named `prefix + a` or, with `b`, `prefix + a + sep + b`. */
  add(prefix: string, a: string, sep?: string, b?: string): void;
}

interface ContextWords {
  tokens: string[];
  tags: string[];
}

function contextWords(text: string, memo?: Map<string, ContextWords>): ContextWords {
  let words = memo?.get(text);
  if (!words) {
    const tokens = tokenize(text).slice(0, CONTEXT_WORDS);
    words = { tokens, tags: tagsOf(matchVocabulary(tokens)) };
    memo?.set(text, words);
  }
  return words;
}

function addContext(sink: FeatureSink, text: string, wordPrefix: string, tagPrefix: string, memo?: Map<string, ContextWords>): void {
  if (text === '') return;
  const { tokens, tags } = contextWords(text, memo);
  for (const token of tokens) sink.add(wordPrefix, token);
  for (const tag of tags) sink.add(tagPrefix, tag);
}

function addLabels(sink: FeatureSink, prefix: string, result: ClauseClassification | undefined): void {
  for (const label of result?.labels ?? []) sink.add(prefix, label);
  if (result?.negated) sink.add(prefix, 'negated');
}

/** Sends every feature of a clause to `sink` (a feature may be sent twice; sinks keep one). */
export function emitFeatures(input: FeatureInput, sink: FeatureSink): void {
  const { text, context, rules, decision, neighbours, memo } = input;
  const { tokens, vocabulary } = input.words ?? clauseWords(text);
  for (let i = 0; i < tokens.length; i++) {
    sink.add(PREFIX.word, tokens[i]!);
    if (i > 0) sink.add(PREFIX.pair, tokens[i - 1]!, ' ', tokens[i]!);
  }
  const tags = tagsOf(vocabulary);
  for (let i = 0; i < tags.length; i++) {
    sink.add(PREFIX.vocabulary, tags[i]!);
    for (let j = i + 1; j < tags.length; j++) sink.add(PREFIX.vocabularyPair, tags[i]!, '+', tags[j]!);
  }
  for (const hit of rules) {
    sink.add(PREFIX.rule, hit.reason);
    sink.add(PREFIX.ruleTag, hit.tag);
  }
  addLabels(sink, PREFIX.ruleDecision, decision);
  for (const label of neighbours?.previous?.labels ?? []) sink.add(PREFIX.previousDecision, label);
  for (const label of neighbours?.next?.labels ?? []) sink.add(PREFIX.nextDecision, label);
  addContext(sink, context.heading, PREFIX.heading, PREFIX.headingVocabulary, memo);
  addContext(sink, context.intro, PREFIX.intro, PREFIX.introVocabulary, memo);
  sink.add(PREFIX.shape, `len:${lengthBucket(tokens.length)}`);
  if (isListItem(text)) sink.add(PREFIX.shape, 'list-item');
  if (looksLikeHeading(text)) sink.add(PREFIX.shape, 'heading');
  if (text.trim().endsWith(':')) sink.add(PREFIX.shape, 'introduces-list');
}

/** The names of the features present in a clause, each once. */
export function clauseFeatures(input: FeatureInput): string[] {
  const names = new Set<string>();
  emitFeatures(input, { add: (prefix, a, sep, b) => names.add(b === undefined ? prefix + a : prefix + a + sep + b) });
  return [...names];
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function fnvMore(hash: number, text: string): number {
  let h = hash;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h;
}

/** 32-bit FNV-1a of a feature name: its bucket is the hash modulo the bucket count. */
export function featureHash(name: string): number {
  return fnvMore(FNV_OFFSET, name) >>> 0;
}

/**
 * The buckets of a clause's features, each once, hashed piece by piece without building
 * the names: `featureHash(prefix + a + sep + b)` equals hashing the pieces in turn.
 */
export function clauseBuckets(input: FeatureInput, buckets: number): number[] {
  const mask = buckets - 1;
  const seen = new Set<number>();
  emitFeatures(input, {
    add: (prefix, a, sep, b) => {
      let h = fnvMore(fnvMore(FNV_OFFSET, prefix), a);
      if (b !== undefined) h = fnvMore(fnvMore(h, sep ?? ''), b);
      seen.add((h >>> 0) & mask);
    },
  });
  return [...seen];
}
