// Why a clause got a label, in words: the rules and the words that pushed the
// label's score up the most. Never a bare probability.
import type { Category } from '../types';
import { PREFIX } from './features';
import { strongestFeatures, type ClauseModel } from './model';

const MAX_RULES = 2;
const MAX_WORDS = 3;
const LOOKED_AT = 24;

/** Words too common to explain anything; a pair is shown when one of its words is not among them. */
const FUNCTION_WORDS = new Set(
  'a an the and or but of to in on at by for from with as is are was were be been being it its this that these those we our us you your they their them he she his her i my me can may will would should could shall must do does did has have had not no if when which who what where how also any all some such other than then there so into about over under up out only very more most per via upon'.split(' '),
);

function explains(word: string): boolean {
  return word.split(' ').some((w) => !FUNCTION_WORDS.has(w) && !/^0+$/.test(w));
}

function quoted(words: string[]): string {
  return words.map((w) => `“${w}”`).join(', ');
}

/** One line per label (and for negation): "sharing: rule “…”; words “share with”, “third parties”". */
export function explainLabel(model: ClauseModel, head: Category | 'negated', features: readonly string[]): string {
  const top = strongestFeatures(model, head, features, LOOKED_AT);
  const rules = top.filter((c) => c.feature.startsWith(PREFIX.rule)).slice(0, MAX_RULES).map((c) => c.feature.slice(PREFIX.rule.length));
  const words = top
    .filter((c) => c.feature.startsWith(PREFIX.word) || c.feature.startsWith(PREFIX.pair))
    .map((c) => c.feature.slice(2))
    .filter(explains)
    .filter((w, i, all) => !all.some((other, j) => j < i && other.includes(w)))
    .slice(0, MAX_WORDS);
  const context = top.some((c) => c.feature.startsWith(PREFIX.intro) || c.feature.startsWith(PREFIX.introVocabulary))
    ? ['the list it belongs to']
    : top.some((c) => c.feature.startsWith(PREFIX.heading) || c.feature.startsWith(PREFIX.headingVocabulary))
      ? ['the heading above it']
      : [];
  const parts = [
    ...(rules.length > 0 ? [`rule ${quoted(rules)}`] : []),
    ...(words.length > 0 ? [`words ${quoted(words)}`] : []),
    ...context,
  ];
  return `${head}: ${parts.length > 0 ? parts.join('; ') : 'the wording as a whole'}`;
}

export function explainLabels(model: ClauseModel, labels: readonly Category[], negated: boolean, features: readonly string[]): string[] {
  const lines = labels.map((label) => explainLabel(model, label, features));
  if (negated) lines.push(explainLabel(model, 'negated', features));
  return lines;
}
