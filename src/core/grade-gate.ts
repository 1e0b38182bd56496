// No grade without enough information: a text in a language the classifier cannot read, a
// page that does not read like a policy, or one that states under THIN_COVERAGE of the score
// table gets no letter. docs/scoring.md ("When there is no grade") explains the rule.
import type { CategorySummary, ClassifiedClause, GradeWithheld, PolicyFacts, PolicyScore } from './types';
import { CATEGORIES } from './types';

/** Below this share of the score table stated, a grade would rest on too little to mean anything. */
export const THIN_COVERAGE = 0.3;

export const NOT_ENOUGH_TO_GRADE = 'Not enough information to grade';

/** Names of the languages `detectLanguage` can tell, in English words. */
const LANGUAGE_NAMES: Record<string, string> = {
  af: 'Afrikaans',
  ar: 'Arabic',
  de: 'German',
  el: 'Greek',
  es: 'Spanish',
  fa: 'Persian',
  fr: 'French',
  he: 'Hebrew',
  hi: 'Hindi',
  hy: 'Armenian',
  it: 'Italian',
  ja: 'Japanese',
  ka: 'Georgian',
  ko: 'Korean',
  nl: 'Dutch',
  pt: 'Portuguese',
  ru: 'Russian',
  th: 'Thai',
  uk: 'Ukrainian',
  zh: 'Chinese',
};

export function languageName(code: string): string {
  return LANGUAGE_NAMES[code] ?? `“${code}”`;
}

/**
 * The classifier reads English only. A text detected as another language is not read at all;
 * 'unknown' (too short, or no language stands out) is read, with a warning, and is usually
 * caught by the other two reasons if it says too little.
 */
export function cannotRead(language: string): boolean {
  return language !== 'en' && language !== 'unknown';
}

export interface GradeInputs {
  language: string;
  looksLikePolicy: boolean;
  coverage: number;
}

/** Why the report gets no grade, or `undefined` when it can be graded. The language comes first: nothing else about an unread text is known. */
export function gradeWithheld({ language, looksLikePolicy, coverage }: GradeInputs): GradeWithheld | undefined {
  if (cannotRead(language)) return { reason: 'not-english', message: `Policy Lens can't read ${languageName(language)} policies yet` };
  if (!looksLikePolicy) return { reason: 'not-a-policy', message: NOT_ENOUGH_TO_GRADE };
  if (coverage < THIN_COVERAGE) return { reason: 'thin-coverage', message: NOT_ENOUGH_TO_GRADE };
  return undefined;
}

/** The score with its grade taken away when there is not enough to grade on. */
export function gateGrade(score: PolicyScore, inputs: Omit<GradeInputs, 'coverage'>): PolicyScore {
  const withheld = gradeWithheld({ ...inputs, coverage: score.coverage });
  if (!withheld) return score;
  const { score: points, coverage } = score;
  // Key order as in a graded score, so --json reads the same either way.
  return { score: points, grade: null, gradeWithheld: withheld, points: cannotRead(inputs.language) ? [] : score.points, coverage };
}

/**
 * What an unread text yields: no facts and no findings. A fact the classifier missed in a
 * language it cannot read is not one the policy leaves unsaid, so nothing says "Does not say".
 */
export function unreadFacts(facts: PolicyFacts): PolicyFacts {
  return Object.fromEntries(Object.keys(facts).map((key) => [key, { value: null, evidence: [] }])) as unknown as PolicyFacts;
}

export function unreadCategories(clauses: ClassifiedClause[]): CategorySummary[] {
  return CATEGORIES.map((category) => {
    const tagged = clauses.filter((c) => c.labels.includes(category));
    return { category, clauses: tagged.length, negated: tagged.filter((c) => c.negated).length, findings: [] };
  });
}
