import type { ClassifiedClause, PolicyFacts } from './types';

const unknown = () => ({ value: null, evidence: [] });

// STUB: replaced by the real fact extractor.
export function extractFacts(_clauses: ClassifiedClause[]): PolicyFacts {
  return {
    collects: unknown(),
    shares_with_third_parties: unknown(),
    sells_data: unknown(),
    marketing_without_consent: unknown(),
    retention: unknown(),
    cross_border_transfer: unknown(),
    storage_location: unknown(),
    rights: unknown(),
    laws: unknown(),
    security_measures_described: unknown(),
    breach_notification: unknown(),
  };
}
