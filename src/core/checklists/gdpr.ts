// GDPR Art. 13 and 14: what a controller must tell the person whose data it collects.
// The UK GDPR keeps the same articles, so `uk-gdpr` uses these items (see index.ts).
import type { Right } from '../types';
import type { ChecklistItemSpec, ClauseRule, Need } from './spec';

/** The `rights` fact listing this right, or a clause about rights that names it (the fact's wording, facts/lexicon.ts), or a clause meeting one of `alsoMetBy`. */
export const right = (name: Right, ...alsoMetBy: ClauseRule[]): Need[] => [{ factRight: name, clauses: [{ labels: ['rights'], all: [{ right: name }] }, ...alsoMetBy] }];

/** Opting out of marketing is objecting to it (Art. 21(2)) and withdrawing the consent it rests on. */
export const OPT_OUT: ClauseRule = { labels: ['rights'], all: [{ right: 'opt-out-marketing' }] };

/** Withdrawal offered to the person in so many words, in a clause of any label. */
export const WITHDRAWAL_OFFERED: ClauseRule = { all: [{ right: 'withdraw-consent' }, { notice: 'withdrawalOffered' }] };

/** Seeing one's data, not "access to the Services": the rights fact's access, or a rights clause naming access and personal data. */
export const ACCESS: Need[] = [{ factRight: 'access', clauses: [{ labels: ['rights'], all: [{ right: 'access' }, { notice: 'personalData' }] }] }];

/** Who is responsible and how to reach them: a clause naming the one responsible is the better quote than a contact line. */
export const CONTROLLER: Need[] = [{ clauses: [{ all: [{ notice: 'responsibleParty' }] }, { all: [{ notice: 'contactPoint' }] }] }];

/** How long data is kept: the retention fact, or any clause about keeping or deleting data. */
export const RETENTION: Need[] = [{ fact: 'retention', clauses: [{ labels: ['retention'] }] }];

/**
 * A complaint to a regulator, named or not (not the operator's promise to cooperate with one); or, for the
 * person not satisfied with the operator's answer, a regulator to turn to.
 */
export const COMPLAINT_TO_REGULATOR: Need[] = [
  {
    factRight: 'complaint',
    clauses: [
      { labels: ['rights'], all: [{ right: 'complaint' }] },
      { all: [{ notice: 'complaintWord' }, { notice: 'authority' }], none: [{ notice: 'cooperatesWithAuthorities' }] },
      { all: [{ notice: 'dissatisfied' }, { notice: 'authority' }], none: [{ notice: 'cooperatesWithAuthorities' }] },
      { all: [{ notice: 'dissatisfied' }, { regulator: 'any' }] },
    ],
  },
];

export const GDPR_ITEMS: ChecklistItemSpec[] = [
  { id: 'controller', article: 'Art. 13(1)(a)', plainWords: 'who is responsible for your data and how to contact them', detect: CONTROLLER },
  { id: 'dpo', article: 'Art. 13(1)(b)', plainWords: 'how to contact its data protection officer', detect: [{ clauses: [{ all: [{ notice: 'dpo' }] }] }] },
  { id: 'purposes', article: 'Art. 13(1)(c)', plainWords: 'what it uses your data for', detect: [{ clauses: [{ labels: ['collection', 'sharing'], all: [{ notice: 'purposes' }] }] }] },
  { id: 'legal-basis', article: 'Art. 13(1)(c)', plainWords: 'on what legal basis it uses your data', detect: [{ clauses: [{ all: [{ notice: 'legalBasis' }] }] }] },
  { id: 'legitimate-interests', article: 'Art. 13(1)(d)', plainWords: 'which legitimate interests it relies on', detect: [{ clauses: [{ all: [{ notice: 'legitimateInterests' }] }] }] },
  { id: 'recipients', article: 'Art. 13(1)(e)', plainWords: 'who receives your data', detect: [{ fact: 'shares_with_third_parties', clauses: [{ labels: ['sharing'] }] }] },
  { id: 'transfers', article: 'Art. 13(1)(f)', plainWords: 'whether your data is sent to other countries', detect: [{ fact: 'cross_border_transfer', clauses: [{ labels: ['transfer'] }] }] },
  { id: 'retention', article: 'Art. 13(2)(a)', plainWords: 'how long it keeps your data', detect: RETENTION },
  { id: 'access', article: 'Art. 13(2)(b)', plainWords: 'that you may see your data', detect: ACCESS },
  { id: 'rectification', article: 'Art. 13(2)(b)', plainWords: 'that you may have it corrected', detect: right('correction') },
  { id: 'erasure', article: 'Art. 13(2)(b)', plainWords: 'that you may have it deleted', detect: right('deletion') },
  { id: 'restriction', article: 'Art. 13(2)(b)', plainWords: 'that you may restrict its use', detect: right('restriction') },
  { id: 'portability', article: 'Art. 13(2)(b)', plainWords: 'that you may take a copy elsewhere', detect: right('portability') },
  { id: 'objection', article: 'Art. 13(2)(b)', plainWords: 'that you may object to its use', detect: right('objection', OPT_OUT) },
  { id: 'withdraw-consent', article: 'Art. 13(2)(c)', plainWords: 'that you may withdraw consent', detect: right('withdraw-consent', OPT_OUT, WITHDRAWAL_OFFERED) },
  { id: 'complaint', article: 'Art. 13(2)(d)', plainWords: 'that you may complain to a regulator', detect: COMPLAINT_TO_REGULATOR },
  { id: 'requirement', article: 'Art. 13(2)(e)', plainWords: 'whether you must give your data, and what happens if you do not', detect: [{ clauses: [{ all: [{ notice: 'requirement' }] }, { all: [{ notice: 'consequences' }], none: [{ notice: 'cookies' }] }] }] },
  { id: 'automated-decisions', article: 'Art. 13(2)(f)', plainWords: 'whether decisions about you are automated', detect: [{ clauses: [{ all: [{ notice: 'automatedDecisions' }] }] }] },
  { id: 'categories', article: 'Art. 14(1)(d)', plainWords: 'what data it collects', detect: [{ fact: 'collects' }] },
  { id: 'source', article: 'Art. 14(2)(f)', plainWords: 'where it gets data about you from others', detect: [{ clauses: [{ labels: ['collection'], all: [{ notice: 'otherSource' }] }] }] },
];
