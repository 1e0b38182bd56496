// The analysis pipeline and its data, loaded only when a command needs them so
// that --help and input errors answer without loading the NLP and the DOM parser.
import { analysePolicy, type AnalysisProgress } from '../core/analyse';
import { classifyClause } from '../core/classify';
import type { GroupChoice } from '../core/compare-group';
import type { ChecklistLaw, PolicyInput, PolicyReport } from '../core/types';
import { referenceSet } from '../data/reference';
import { parseHtml } from '../node/parse-html';

export { classifyClause };

/** What the command line chose: the references to rank among and the checklists to give. */
export interface InputChoices {
  group?: GroupChoice;
  laws?: ChecklistLaw[];
}

/** What the extension does with a page, with linkedom for the DOM and the bundled reference set. */
export function analyseInput(
  input: PolicyInput,
  onProgress?: (progress: AnalysisProgress) => void,
  { group = {}, laws }: InputChoices = {},
): PolicyReport {
  return analysePolicy(input, { parseHtml, reference: referenceSet, onProgress, group, laws });
}
