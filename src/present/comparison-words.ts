// How every surface (popup, PDF, CLI) names kinds of provider, countries and the group a
// policy is ranked among: "Better than 9 of 12 hosting providers".

import type { Standing } from '../core/standing';
import type { ComparisonGroup, ProviderKind, ReferenceComparison } from '../core/types';

interface KindWords {
  /** Short label for a list or a select: "Hosting". */
  label: string;
  one: string;
  many: string;
}

export const KIND_WORDS: Record<ProviderKind, KindWords> = {
  isp: { label: 'Internet provider', one: 'internet provider', many: 'internet providers' },
  mobile: { label: 'Mobile operator', one: 'mobile operator', many: 'mobile operators' },
  hosting: { label: 'Hosting', one: 'hosting provider', many: 'hosting providers' },
  cloud: { label: 'Cloud', one: 'cloud provider', many: 'cloud providers' },
  registrar: { label: 'Domain registrar', one: 'domain registrar', many: 'domain registrars' },
  email: { label: 'E-mail', one: 'e-mail provider', many: 'e-mail providers' },
  vpn: { label: 'VPN', one: 'VPN provider', many: 'VPN providers' },
  other: { label: 'Other', one: 'other company', many: 'other companies' },
};

/** Country names that read with "the": "in the United Kingdom". */
const WITH_THE = new Set(['US', 'GB', 'NL', 'AE', 'PH', 'CZ', 'DO', 'BS']);

let regionNames: Intl.DisplayNames | undefined;

/** "GB" → "United Kingdom" (the browser's and Node's own names; the code itself if unknown). */
export function countryName(code: string): string {
  try {
    regionNames ??= new Intl.DisplayNames(['en'], { type: 'region' });
    return regionNames.of(code) ?? code;
  } catch {
    return code;
  }
}

/** "hosting providers in Canada", "providers in the United States", "providers". */
export function groupNoun(group: ComparisonGroup, count = 2): string {
  const kind = group.kind ? KIND_WORDS[group.kind][count === 1 ? 'one' : 'many'] : count === 1 ? 'provider' : 'providers';
  if (!group.country) return kind;
  return `${kind} in ${WITH_THE.has(group.country) ? 'the ' : ''}${countryName(group.country)}`;
}

/**
 * The verdict in words: "Better than 9 of 12 hosting providers." A policy that cannot be graded
 * (`gradingProblem` says why) is not ranked, whatever its score.
 */
export function standingSentence(standing: Standing, group: ComparisonGroup, notGraded: string | null = null): string {
  if (notGraded) return `Not ranked among ${groupNoun(group)}: this policy cannot be graded (${notGraded}).`;
  if (standing.members === 0) return `No graded ${groupNoun(group)} to compare with.`;
  return `Better than ${standing.better} of ${standing.members} ${groupNoun(group, standing.members)}.`;
}

/** "Hosting, CA, 2020-11-23": what a reference is and the date its policy states, in one short line. */
export function referenceDetails(reference: Pick<ReferenceComparison, 'kind' | 'country' | 'policyDate'>): string {
  return `${KIND_WORDS[reference.kind].label}, ${reference.country}, ${reference.policyDate ?? 'undated'}`;
}

/** "not graded: not in English (fr)". */
export function notGradedWords(reference: Pick<ReferenceComparison, 'notGraded'>): string {
  return `not graded: ${reference.notGraded ?? 'too little information'}`;
}
