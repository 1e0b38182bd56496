import { hashText } from './hash';
import type { Clause } from './types';

/** Clauses shorter than this (headings, list stubs) say too little to identify a policy. */
const MIN_CLAUSE_CHARS = 40;
/** Share of a policy's clauses another text must contain to count as the same policy. */
const SAME_POLICY_SHARE = 0.8;

const normalise = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Hashes of a policy's substantial clauses. The same policy read from a web page and from a
 * text file differs in page furniture, so its whole-text hash differs; most clauses do not.
 */
export function clauseFingerprint(clauses: Pick<Clause, 'text'>[]): string[] {
  const hashes = clauses.map((c) => normalise(c.text)).filter((t) => t.length >= MIN_CLAUSE_CHARS).map(hashText);
  return [...new Set(hashes)];
}

/** True when the clauses fingerprinted as `own` contain most of the other policy's clauses. */
export function containsPolicy(own: ReadonlySet<string>, fingerprint: string[]): boolean {
  if (fingerprint.length === 0) return false;
  const shared = fingerprint.filter((hash) => own.has(hash)).length;
  return shared / fingerprint.length >= SAME_POLICY_SHARE;
}
