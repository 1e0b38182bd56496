import type { ClassifiedClause } from './types';

// STUB: replaced by the real language and policy detectors.
export function detectLanguage(_text: string): string {
  return 'en';
}

export function looksLikePolicy(_text: string, clauses: ClassifiedClause[]): boolean {
  return clauses.some((c) => c.labels.length > 0);
}
