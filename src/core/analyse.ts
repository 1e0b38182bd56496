import { classifyClauses } from './classify';
import { comparePolicy } from './compare';
import { PolicyError } from './errors';
import { extractPolicy, type ParseHtml } from './extract';
import { extractFacts } from './facts';
import { hashText } from './hash';
import { detectLanguage, looksLikePolicy } from './language';
import { scorePolicy } from './score';
import { segmentClauses } from './segment';
import { summariseCategories } from './summary';
import type { ExtractedPolicy, PolicyInput, PolicyReport, ReferencePolicy } from './types';

/** Below this share of the score table stated, the grade rests on too little to mean much. */
const THIN_COVERAGE = 0.3;

export interface AnalyseOptions {
  /** Needed for `kind: 'html'` input: DOMParser in the browser, linkedom in Node. */
  parseHtml?: ParseHtml;
  /** When given, the report carries a comparison against these policies. */
  reference?: ReferencePolicy[];
}

/** The one entry point: input page or text → full report. Throws `PolicyError` on unusable input. */
export function analysePolicy(input: PolicyInput, options: AnalyseOptions = {}): PolicyReport {
  return analyseExtracted(extractPolicy(input, options.parseHtml), options);
}

/** The report on text already extracted, for a caller that needed the text first (to hash it). */
export function analyseExtracted(policy: ExtractedPolicy, options: Omit<AnalyseOptions, 'parseHtml'> = {}): PolicyReport {
  if (policy.text.trim() === '') {
    throw new PolicyError('empty', 'The page has no readable text to analyse.');
  }
  const clauses = classifyClauses(segmentClauses(policy.text));
  const language = detectLanguage(policy.text);
  const facts = extractFacts(clauses);
  const warnings = [...policy.warnings];
  const isPolicy = looksLikePolicy(policy.text, clauses);
  if (language !== 'en') {
    warnings.push(`This text looks like it is not in English (detected: ${language}); findings may be incomplete.`);
  }
  if (!isPolicy) warnings.push('This does not read like a privacy policy or terms of service.');
  const score = scorePolicy(facts);
  if (score.coverage < THIN_COVERAGE) {
    warnings.push(
      `The text says little about what we check (${Math.round(score.coverage * 100)}% of the score table), so its grade says little too.`,
    );
  }
  const report: PolicyReport = {
    version: 1,
    title: policy.title,
    url: policy.url,
    length: policy.text.length,
    textHash: hashText(policy.text),
    looksLikePolicy: isPolicy,
    language,
    warnings,
    clauses,
    categories: summariseCategories(clauses, facts),
    facts,
    score,
  };
  if (options.reference) report.comparison = comparePolicy(report, options.reference);
  return report;
}
