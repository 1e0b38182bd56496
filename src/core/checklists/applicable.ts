// Which checklists a report carries: the laws the policy names, the law of the country the
// provider says it is established in, and the law where the reader lives (their setting).
import { CHECKLIST_LAWS, type Checklist, type ChecklistLaw, type ClassifiedClause, type PolicyFacts } from '../types';
import { mentions } from '../vocabulary/notice';
import { EEA_COUNTRIES, PLACES, placePattern } from '../vocabulary/places';
import { evaluateChecklist } from './evaluate';
import { CHECKLISTS } from './index';
import { RESIDENCE_LAW, type Residence } from './residence';

const COUNTRY_PATTERNS = PLACES.filter((p) => p.kind === 'country').map((place) => ({ id: place.id, pattern: placePattern(place) }));

/**
 * The one country a clause about the provider's own seat names ("a company registered in
 * England and Wales"); `null` when no such clause names exactly one. Clauses about where data
 * is kept or sent are no evidence of where the provider is.
 */
export function providerCountry(clauses: ClassifiedClause[]): string | null {
  const found = new Set<string>();
  for (const clause of clauses) {
    if (clause.labels.includes('transfer') || !mentions(clause.text, 'providerSeat')) continue;
    const countries = COUNTRY_PATTERNS.filter(({ pattern }) => pattern.test(clause.text)).map(({ id }) => id);
    if (countries.length === 1) found.add(countries[0]!);
  }
  return found.size === 1 ? [...found][0]! : null;
}

function countryLaw(country: string | null): ChecklistLaw | null {
  if (country === null) return null;
  if (EEA_COUNTRIES.includes(country)) return 'gdpr';
  return ({ GB: 'uk-gdpr', ZA: 'popia', CA: 'pipeda' } as Record<string, ChecklistLaw>)[country] ?? null;
}

export interface LawChoice {
  clauses: ClassifiedClause[];
  facts: PolicyFacts;
  residence?: Residence;
}

/** The laws whose checklists apply, in `CHECKLIST_LAWS` order. */
export function checklistsFor(choice: LawChoice & { laws?: readonly ChecklistLaw[] }): Checklist[] {
  return (choice.laws ? CHECKLIST_LAWS.filter((law) => choice.laws!.includes(law)) : applicableLaws(choice)).map((law) =>
    evaluateChecklist(law, choice.clauses, choice.facts),
  );
}

/** The laws whose checklists apply, in `CHECKLIST_LAWS` order. */
export function applicableLaws({ clauses, facts, residence }: LawChoice): ChecklistLaw[] {
  const named = facts.laws.value ?? [];
  const byName = CHECKLIST_LAWS.filter((law) => CHECKLISTS[law].namedAs.some((name) => named.includes(name)));
  const seat = countryLaw(providerCountry(clauses));
  const home = residence ? RESIDENCE_LAW[residence] : null;
  const laws = new Set<ChecklistLaw>([...byName, seat, home].filter((law) => law !== null));
  // A UK provider that says "GDPR" means the UK GDPR, whose items are the same: one list, not two.
  if (seat === 'uk-gdpr' && home !== 'gdpr') laws.delete('gdpr');
  return CHECKLIST_LAWS.filter((law) => laws.has(law));
}
