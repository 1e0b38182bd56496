import { hashText } from './hash';
import type { Clause, PolicyReport, ReferencePolicy } from './types';

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

/** Hashes a shipped reference keeps: enough to recognise it, not its 600 clauses. */
export const REFERENCE_FINGERPRINT_SIZE = 32;

/**
 * At most `size` of the hashes, evenly spread over the policy: containsPolicy asks what share of
 * them a text holds, which an even sample estimates as well as the whole list.
 */
export function sampleFingerprint(hashes: string[], size = REFERENCE_FINGERPRINT_SIZE): string[] {
  if (hashes.length <= size) return hashes;
  return Array.from({ length: size }, (_, i) => hashes[Math.floor((i * hashes.length) / size)]!);
}

/** True when the clauses fingerprinted as `own` contain most of the other policy's clauses. */
export function containsPolicy(own: ReadonlySet<string>, fingerprint: string[]): boolean {
  if (fingerprint.length === 0) return false;
  const shared = fingerprint.filter((hash) => own.has(hash)).length;
  return shared / fingerprint.length >= SAME_POLICY_SHARE;
}

/**
 * Whether a reference is this report's own policy: the same text, or a text holding most of the
 * reference's clauses (a reference read again from its web page).
 */
export function isCopyOf(report: Pick<PolicyReport, 'textHash' | 'clauses'>): (reference: Pick<ReferencePolicy, 'report' | 'fingerprint'>) => boolean {
  const own = new Set(clauseFingerprint(report.clauses ?? []));
  return (reference) => reference.report.textHash === report.textHash || containsPolicy(own, reference.fingerprint ?? []);
}
