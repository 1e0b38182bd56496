import { inheritListLabels, looksLikeHeading } from './classify/layout';
import nlp from './nlp';
import { CATEGORY_OF_TAG, CLASSIFIER_RULES, type ClassifierRule } from './rules';
import { CATEGORIES, type Category, type Clause, type ClassifiedClause, type ClauseClassification } from './types';

/** Only this much of a clause is read: keeps the work per clause bounded. */
export const MAX_CLAUSE_CHARS = 1000;

type Net = ReturnType<typeof nlp.buildNet>;
export type RuleHit = Pick<ClassifierRule, 'tag' | 'reason' | 'keepsCollection'>;

/** Compile rules the way the classifier does (tests use it to run one rule alone). */
export function compileRules(rules: ClassifierRule[]): Net {
  // buildNet writes its parsed form onto the objects it gets: hand it copies.
  return nlp.buildNet(rules.map((rule) => ({ ...rule })));
}

const RULE_NET: Net = compileRules(CLASSIFIER_RULES);

/** The rules that match somewhere in `text`, each once, in the order found. */
export function matchRules(text: string, net: Net = RULE_NET): RuleHit[] {
  const { found } = nlp(text).sweep(net, { tagger: false });
  const seen = new Map<string, RuleHit>();
  for (const { tag, reason, keepsCollection } of found as RuleHit[]) {
    if (!seen.has(reason)) seen.set(reason, { tag, reason, keepsCollection });
  }
  return [...seen.values()];
}

/** The first MAX_CLAUSE_CHARS of `text`, cut at a space when there is one. */
export function capClause(text: string): string {
  if (text.length <= MAX_CLAUSE_CHARS) return text;
  const head = text.slice(0, MAX_CLAUSE_CHARS);
  const lastSpace = head.lastIndexOf(' ');
  return lastSpace > MAX_CLAUSE_CHARS / 2 ? head.slice(0, lastSpace) : head;
}

/** Labels, negation and reasons from the rules that fired. */
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

export function classifyClause(text: string): ClauseClassification {
  if (typeof text !== 'string') return { labels: [], negated: false, reasons: [] };
  const head = capClause(text);
  if (head.trim() === '' || looksLikeHeading(head)) return { labels: [], negated: false, reasons: [] };
  return decide(matchRules(head));
}

/** Classifies a document's clauses in order (list items read their introduction). */
export function classifyClauses(clauses: Clause[]): ClassifiedClause[] {
  const texts = clauses.map((clause) => (typeof clause.text === 'string' ? capClause(clause.text) : ''));
  const results = inheritListLabels(texts, texts.map(classifyClause));
  return clauses.map((clause, i) => ({ ...clause, ...(results[i] as ClauseClassification) }));
}
