// The plain alternative every classifier has to beat: keyword regexes per category.
import { CATEGORIES, type Category, type ClauseClassification } from '../core/types';

const KEYWORDS: Record<Category, RegExp> = {
  collection: /\b(collect\w*|gather\w*|obtain\w*|cookies?|personal (information|data)|we use)\b/i,
  sharing: /\b(shar(e|es|ed|ing)|disclos\w*|third[- ]part(y|ies)|sell|sold|partners?|processors?)\b/i,
  retention: /\b(retain\w*|retention|kept|keep|stored? for|delet\w*|as long as)\b/i,
  transfer: /\b(transfer\w*|outside (of )?the|other countr\w*|abroad|international\w*|cross[- ]border)\b/i,
  rights: /\b(right to|access|correct\w*|opt[- ]?out|unsubscribe|withdraw\w*|object|complain\w*)\b/i,
};

export function classifyByKeywords(sentence: string): ClauseClassification {
  return { labels: CATEGORIES.filter((category) => KEYWORDS[category].test(sentence)), negated: false, reasons: [] };
}
