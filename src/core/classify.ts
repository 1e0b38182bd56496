import { clauseContexts, inheritListLabels, looksLikeHeading, NO_CONTEXT } from './classify/layout';
import { explainLabels } from './classify/explain';
import { clauseBuckets, clauseFeatures, type FeatureInput } from './classify/features';
import { headScores, loadModel, type ClauseModel, type StoredModel } from './classify/model';
import { indexRules, matchingRules, prepareText, type MatchText, type RuleIndex } from './classify/rule-matcher';
import { CATEGORY_OF_TAG, CLASSIFIER_RULES, type ClassifierRule } from './rules';
import { CATEGORIES, type Category, type Clause, type ClassifiedClause, type ClauseClassification } from './types';
import storedModel from '../data/model.json';
import { deniesAPractice } from './statements/extract';

/** Only this much of a clause is read: keeps the work per clause bounded. */
export const MAX_CLAUSE_CHARS = 1000;

export type RuleHit = Pick<ClassifierRule, 'tag' | 'reason' | 'keepsCollection'>;

/** Compile rules the way the classifier does (tests use it to run one rule alone). */
export function compileRules(rules: readonly ClassifierRule[]): RuleIndex {
  return indexRules(rules);
}

const RULE_INDEX = compileRules(CLASSIFIER_RULES);

/** The rules that match somewhere in the clause, each once, in rule order. */
export function matchRules(text: string | MatchText, index: RuleIndex = RULE_INDEX): RuleHit[] {
  const prepared = typeof text === 'string' ? prepareText(text) : text;
  return matchingRules(index, prepared).map((i) => {
    const { tag, reason, keepsCollection } = index.rules[i]!.rule;
    return { tag, reason, keepsCollection };
  });
}

/** The first MAX_CLAUSE_CHARS of `text`, cut at a space when there is one. */
export function capClause(text: string): string {
  if (text.length <= MAX_CLAUSE_CHARS) return text;
  const head = text.slice(0, MAX_CLAUSE_CHARS);
  const lastSpace = head.lastIndexOf(' ');
  return lastSpace > MAX_CLAUSE_CHARS / 2 ? head.slice(0, lastSpace) : head;
}

/** Labels, negation and reasons from the rules that fired: the rules' own verdict, one input of the model. */
export function decide(hits: RuleHit[]): ClauseClassification {
  const tags = new Set(hits.map((hit) => hit.tag));
  const reasons = hits.map((hit) => hit.reason);
  if (tags.has('NotAPractice')) return { labels: [], negated: false, reasons };
  if (tags.has('OptOut')) return { labels: ['rights'], negated: false, reasons };
  const found = new Set(hits.map((hit) => CATEGORY_OF_TAG[hit.tag]).filter((c): c is Category => c !== undefined));
  const otherPractice = hits.some((hit) => hit.tag !== 'Collection' && CATEGORY_OF_TAG[hit.tag] && !hit.keepsCollection);
  if (otherPractice || tags.has('Security')) found.delete('collection');
  if (tags.has('Purpose') && found.size === 0 && !tags.has('Security')) found.add('collection');
  if (tags.has('OperatorRight')) found.delete('rights');
  const labels = CATEGORIES.filter((category) => found.has(category));
  const negated = labels.length > 0 && tags.has('Negation') && !tags.has('Condition');
  return { labels, negated, reasons };
}

const NOTHING: ClauseClassification = { labels: [], negated: false, reasons: [] };

/** What the rules alone make of a document: their hits per clause and their verdict (list items read their introduction). */
export function readByRules(texts: string[], prepared: MatchText[] = texts.map(prepareText)): { hits: RuleHit[][]; decisions: ClauseClassification[] } {
  const hits = texts.map((text, i) => (text.trim() === '' || looksLikeHeading(text) ? [] : matchRules(prepared[i]!)));
  return { hits, decisions: inheritListLabels(texts, hits.map(decide)) };
}

/** The part of each clause that is read (a clause without text reads as empty). */
function clauseTexts(clauses: Clause[]): string[] {
  return clauses.map((clause) => (typeof clause.text === 'string' ? capClause(clause.text) : ''));
}

/** The rule classifier on its own, kept to measure the model against. */
export function classifyClausesByRules(clauses: Clause[]): ClassifiedClause[] {
  const { decisions } = readByRules(clauseTexts(clauses));
  return clauses.map((clause, i) => ({ ...clause, ...(decisions[i] as ClauseClassification) }));
}

let model: ClauseModel | null = null;

/** The trained model, decoded on first use. */
export function clauseModel(): ClauseModel {
  model ??= loadModel(storedModel as StoredModel);
  return model;
}

/** Everything the features of each clause of a document need (null for an empty clause). */
export function documentInputs(texts: string[]): (FeatureInput | null)[] {
  const prepared = texts.map(prepareText);
  const { hits, decisions } = readByRules(texts, prepared);
  const contexts = clauseContexts(texts);
  const memo: FeatureInput['memo'] = new Map();
  const inSection = (i: number) => (i >= 0 && i < texts.length && !looksLikeHeading(texts[i] ?? '') ? decisions[i] : undefined);
  return texts.map((text, i) =>
    text.trim() === ''
      ? null
      : {
          text,
          words: prepared[i],
          memo,
          context: contexts[i] ?? NO_CONTEXT,
          rules: hits[i] ?? [],
          decision: decisions[i] ?? NOTHING,
          neighbours: { previous: inSection(i - 1), next: inSection(i + 1) },
        },
  );
}

/** The feature names of each clause of a document, read in order (context and rule hits need the document). */
export function clauseFeatureLists(texts: string[]): string[][] {
  return documentInputs(texts).map((input) => (input ? clauseFeatures(input) : []));
}

/** Vocabulary that says nothing about a data practice on its own. */
const NOT_EVIDENCE = new Set(['Subject', 'Negator', 'Hedge', 'Neutral']);

/** Does anything in the clause, or in the line introducing its list, speak of data or a practice? */
function hasPracticeEvidence(input: FeatureInput): boolean {
  if (input.rules.length > 0 || input.decision.labels.length > 0) return true;
  return (input.words?.vocabulary ?? []).some((m) => !NOT_EVIDENCE.has(m.tag));
}

/** Rules that know a clause states no practice of the kind its words suggest: policy scope and definitions, the operator's own rights. */
function vetoes(hits: readonly RuleHit[]): Set<Category> {
  if (hits.some((h) => h.tag === 'NotAPractice')) return new Set(CATEGORIES);
  if (hits.some((h) => h.tag === 'OperatorRight')) return new Set<Category>(['rights']);
  return new Set();
}

/**
 * The share of a label's threshold over which a clause leans to it: chosen on the dev fact sheets
 * (facts read leaning clauses too; 0.3–0.5 did alike, 0.7 less), not a label's own tuning.
 */
export const LEANING_SHARE = 0.5;

/** Labels from head scores: each category over its threshold; negated only with a label; reasons for each; what it leans to. */
function classifyInput(m: ClauseModel, input: FeatureInput | null): ClauseClassification {
  if (!input || !hasPracticeEvidence(input)) return NOTHING;
  const scores = headScores(m, clauseBuckets(input, m.buckets));
  const vetoed = vetoes(input.rules);
  const labels = CATEGORIES.filter((c) => scores[c] >= m.heads[c].threshold && !vetoed.has(c));
  const leaning = CATEGORIES.filter((c) => !labels.includes(c) && !vetoed.has(c) && scores[c] >= LEANING_SHARE * m.heads[c].threshold);
  const leans = leaning.length > 0 ? { leaning } : {};
  if (labels.length === 0) return { ...NOTHING, ...leans };
  // A denial is the costliest thing to get wrong ("never sells your data"): the model and the polarity module must agree.
  const negated = scores.negated >= m.heads.negated.threshold && deniesAPractice(input.text);
  return { labels, negated, reasons: explainLabels(m, labels, negated, clauseFeatures(input)), ...leans };
}

/** One clause on its own (no heading or list around it). */
export function classifyClause(text: string): ClauseClassification {
  if (typeof text !== 'string') return NOTHING;
  return classifyInput(clauseModel(), documentInputs([capClause(text)])[0] ?? null);
}

/** Classifies a document's clauses with `m`: each clause is read with its heading and list introduction. */
export function classifyClausesWith(m: ClauseModel, clauses: Clause[], onClause?: (done: number, total: number) => void): ClassifiedClause[] {
  const inputs = documentInputs(clauseTexts(clauses));
  return clauses.map((clause, i) => {
    const classified = { ...clause, ...classifyInput(m, inputs[i] ?? null) };
    onClause?.(i + 1, clauses.length);
    return classified;
  });
}

/** `onClause` is told after each clause, for a progress display. */
export function classifyClauses(clauses: Clause[], onClause?: (done: number, total: number) => void): ClassifiedClause[] {
  return classifyClausesWith(clauseModel(), clauses, onClause);
}
