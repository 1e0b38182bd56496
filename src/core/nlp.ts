// The one place that configures compromise. compromise is a single shared,
// mutable object, so the policy lexicon is registered here exactly once and
// every other module imports `nlp` from this file, never from 'compromise'.
import nlp from 'compromise/one';
import { buildLexicon, buildTagSet } from './lexicon';

nlp.plugin({ tags: buildTagSet(), words: buildLexicon() });

export default nlp;
