// compromise (compromise/one) with the policy vocabulary registered: the reference
// implementation of the rule syntax in src/core/rules.ts. The shipped classifier runs
// the rules with its own matcher (src/core/classify/rule-matcher.ts); tests check
// that the two agree. compromise is one shared, mutable object: configure it only here.
import nlp from 'compromise/one';
import { POLICY_TAGS, VOCABULARY } from '../src/core/lexicon';

/** Word or phrase → its tags, as `nlp.plugin({ words })` expects. */
export function buildLexicon(vocabulary: Record<string, string[]> = VOCABULARY): Record<string, string[]> {
  const lexicon: Record<string, string[]> = {};
  for (const [tag, words] of Object.entries(vocabulary)) {
    for (const word of words) {
      (lexicon[word] ??= []).push(tag);
      // compromise looks up "sub-processors" as its machine form "subprocessors".
      if (!word.includes(' ') && word.includes('-')) (lexicon[word.replaceAll('-', '')] ??= []).push(tag);
    }
  }
  return lexicon;
}

/** `nlp.plugin({ tags })` shape: each tag with its parent. */
export function buildTagSet(): Record<string, { isA?: string }> {
  return Object.fromEntries(
    Object.entries(POLICY_TAGS).map(([tag, parent]) => [tag, parent ? { isA: parent } : {}]),
  );
}

nlp.plugin({ tags: buildTagSet(), words: buildLexicon() });

export default nlp;
