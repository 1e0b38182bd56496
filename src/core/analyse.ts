import { classifyClauses } from './classify';
import { comparePolicy } from './compare';
import type { GroupChoice } from './compare-group';
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
  /** The references to rank among; by default the detected kind, any country. */
  group?: GroupChoice;
  /** Told as the work goes on, for a progress display; classifying the clauses is most of it. */
  onProgress?: (progress: AnalysisProgress) => void;
}

export interface AnalysisProgress {
  stage: 'extracting' | 'classifying' | 'scoring';
  /** Clauses classified so far (0 of 0 outside the classifying stage). */
  done: number;
  total: number;
}

/** A page whose policy sits in another site's frame reads like no policy: say where it may be. */
function notAPolicyWarning(unreadFrames: number): string {
  if (unreadFrames === 0) return 'This does not read like a privacy policy or terms of service.';
  const frames = unreadFrames === 1 ? 'an embedded frame from another site' : `${unreadFrames} embedded frames from other sites`;
  return `The readable part of this page does not read like a privacy policy or terms of service; the policy may be in ${frames}, which could not be read. Open the framed page on its own to analyse it.`;
}

/** The one entry point: input page or text → full report. Throws `PolicyError` on unusable input. */
export function analysePolicy(input: PolicyInput, options: AnalyseOptions = {}): PolicyReport {
  options.onProgress?.({ stage: 'extracting', done: 0, total: 0 });
  return analyseExtracted(extractPolicy(input, options.parseHtml), { ...options, unreadFrames: input.unreadFrames });
}

/** The report on text already extracted, for a caller that needed the text first (to hash it). */
export function analyseExtracted(
  policy: ExtractedPolicy,
  options: Omit<AnalyseOptions, 'parseHtml'> & { unreadFrames?: number } = {},
): PolicyReport {
  const progress = options.onProgress ?? (() => {});
  if (policy.text.trim() === '') {
    throw new PolicyError('empty', 'The page has no readable text to analyse.');
  }
  const clauses = classifyClauses(segmentClauses(policy.text), (done, total) => progress({ stage: 'classifying', done, total }));
  progress({ stage: 'scoring', done: 0, total: 0 });
  const language = detectLanguage(policy.text);
  const facts = extractFacts(clauses);
  const warnings = [...policy.warnings];
  const isPolicy = looksLikePolicy(policy.text, clauses);
  if (language !== 'en') {
    warnings.push(`This text looks like it is not in English (detected: ${language}); findings may be incomplete.`);
  }
  if (!isPolicy) warnings.push(notAPolicyWarning(options.unreadFrames ?? 0));
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
  if (options.reference) report.comparison = comparePolicy(report, options.reference, options.group);
  return report;
}
