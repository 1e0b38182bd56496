import { ANALYSER_VERSION } from './analyser-version';
import { checklistsFor } from './checklists/applicable';
import type { Residence } from './checklists/residence';
import { classifyClauses } from './classify';
import { comparePolicy } from './compare';
import type { GroupChoice } from './compare-group';
import { PolicyError } from './errors';
import { extractPolicy, type ParseHtml } from './extract';
import { extractFacts } from './facts';
import { cannotRead, gateGrade, THIN_COVERAGE, unreadCategories, unreadFacts } from './grade-gate';
import { hashText } from './hash';
import { detectLanguage, looksLikePolicy } from './language';
import { scorePolicy } from './score';
import { segmentClauses } from './segment';
import { summariseCategories } from './summary';
import type { ChecklistLaw, ExtractedPolicy, PolicyInput, PolicyReport, ReferencePolicy } from './types';

export { ANALYSER_VERSION } from './analyser-version';

export interface AnalyseOptions {
  /** Needed for `kind: 'html'` input: DOMParser in the browser, linkedom in Node. */
  parseHtml?: ParseHtml;
  /** When given, the report carries a comparison against these policies. */
  reference?: ReferencePolicy[];
  /** The references to rank among; by default the detected kind, any country. */
  group?: GroupChoice;
  /** Told as the work goes on, for a progress display; classifying the clauses is most of it. */
  onProgress?: (progress: AnalysisProgress) => void;
  /** The checklists to give; by default those of the laws that apply (checklists/applicable.ts). */
  laws?: readonly ChecklistLaw[];
  /** Where the reader lives (their setting): brings that place's law in. */
  residence?: Residence;
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
  // A text in a language the classifier cannot read yields no facts: its gaps are not silence.
  const unread = cannotRead(language);
  const extracted = extractFacts(clauses);
  const facts = unread ? unreadFacts(extracted) : extracted;
  const warnings = [...policy.warnings];
  const isPolicy = looksLikePolicy(policy.text, clauses);
  if (language === 'unknown') {
    warnings.push('Policy Lens could not tell which language this text is in; if it is not English, findings may be incomplete.');
  }
  // Whether an unread text is a policy is beside the point: it was not read.
  if (!isPolicy && !unread) warnings.push(notAPolicyWarning(options.unreadFrames ?? 0));
  const score = gateGrade(scorePolicy(facts), { language, looksLikePolicy: isPolicy });
  if (!unread && score.coverage < THIN_COVERAGE) {
    warnings.push(`The text says little about what we check (${Math.round(score.coverage * 100)}% of the score table), too little to grade.`);
  }
  const report: PolicyReport = {
    version: 1,
    analyserVersion: ANALYSER_VERSION,
    title: policy.title,
    url: policy.url,
    length: policy.text.length,
    textHash: hashText(policy.text),
    looksLikePolicy: isPolicy,
    language,
    warnings,
    clauses,
    categories: unread ? unreadCategories(clauses) : summariseCategories(clauses, facts),
    facts,
    score,
    // An unread text gets no checklist: every item "not found" would blame the policy for our not reading it.
    checklists: unread ? [] : checklistsFor({ clauses, facts, laws: options.laws, residence: options.residence }),
  };
  // An ungraded report is neither ranked nor compared: what it states is too little, or unread.
  if (options.reference && score.grade !== null) report.comparison = comparePolicy(report, options.reference, options.group);
  return report;
}
