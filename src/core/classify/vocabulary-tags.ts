// Finds the policy vocabulary (lexicon.ts) in a token list: each word or phrase
// found yields its tag and the tag's parents, longest phrase first.
import { POLICY_TAGS, VOCABULARY, type PolicyTag } from '../lexicon';
import { tokenize } from './tokens';

export interface TagMatch {
  tag: PolicyTag;
  start: number;
  /** Exclusive token index. */
  end: number;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  tags: PolicyTag[];
}

function node(): TrieNode {
  return { next: new Map(), tags: [] };
}

function withParents(tag: PolicyTag): PolicyTag[] {
  const out: PolicyTag[] = [];
  for (let t: PolicyTag | null = tag; t; t = POLICY_TAGS[t] as PolicyTag | null) out.push(t);
  return out;
}

function buildTrie(): TrieNode {
  const root = node();
  for (const [tag, phrases] of Object.entries(VOCABULARY) as [PolicyTag, string[]][]) {
    for (const phrase of phrases) {
      let at = root;
      for (const token of tokenize(phrase)) {
        let child = at.next.get(token);
        if (!child) at.next.set(token, (child = node()));
        at = child;
      }
      for (const t of withParents(tag)) if (!at.tags.includes(t)) at.tags.push(t);
    }
  }
  return root;
}

const TRIE = buildTrie();

/**
 * Vocabulary phrases in `tokens`, scanning left to right and taking the longest phrase
 * at each position (so "third party" is one ThirdParty match, not two words).
 */
export function matchVocabulary(tokens: readonly string[]): TagMatch[] {
  const matches: TagMatch[] = [];
  for (let i = 0; i < tokens.length; ) {
    let at: TrieNode | undefined = TRIE;
    let best: { end: number; tags: PolicyTag[] } | null = null;
    for (let j = i; j < tokens.length; j++) {
      at = at.next.get(tokens[j] as string);
      if (!at) break;
      if (at.tags.length > 0) best = { end: j + 1, tags: at.tags };
    }
    if (!best) {
      i++;
      continue;
    }
    for (const tag of best.tags) matches.push({ tag, start: i, end: best.end });
    i = best.end;
  }
  return matches;
}
