import { crossBorderTransfer, storageLocation } from './facts/transfer';
import { marketingWithoutConsent } from './facts/marketing';
import { sellsData, sharesWithThirdParties } from './facts/sharing';
import { retention } from './facts/retention';
import { breachNotification, securityMeasuresDescribed } from './facts/security';
import { collectedItems, namedLaws, statedRights } from './facts/vocabulary';
import { DATA_ITEMS, RIGHTS, type ClassifiedClause, type PolicyFacts } from './types';

/** The policy-level fact sheet, each fact with the clauses it rests on. */
export function extractFacts(clauses: ClassifiedClause[]): PolicyFacts {
  return {
    collects: collectedItems(clauses, DATA_ITEMS),
    shares_with_third_parties: sharesWithThirdParties(clauses),
    sells_data: sellsData(clauses),
    marketing_without_consent: marketingWithoutConsent(clauses),
    retention: retention(clauses),
    cross_border_transfer: crossBorderTransfer(clauses),
    storage_location: storageLocation(clauses),
    rights: statedRights(clauses, RIGHTS),
    laws: namedLaws(clauses),
    security_measures_described: securityMeasuresDescribed(clauses),
    breach_notification: breachNotification(clauses),
  };
}
