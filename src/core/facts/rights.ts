// rights: the rights and choices over their data the policy tells people they have.
import { RIGHT_WORDS, listInWords } from '../../present/words';
import { RIGHTS, type ClassifiedClause, type Right } from '../types';
import { isBareItem, mostNamedFirst, notStated, readsAs, stated } from './clauses';
import { opensAsListItem } from '../classify/layout';
import { polarityOf } from '../statements/polarity';
import { defineFact, type FactInput } from './definition';
import { RIGHT_TERMS, WITHDRAWS, matchTerms } from './lexicon';
import { NOTICE_TERMS } from '../vocabulary/notice';

/** "Customers who are not satisfied may contact the Privacy Commissioner", "Complaints … may also be addressed to the CNIL": offered to the person, not done by the operator. */
const OFFERED_TO_THE_PERSON = /\b(?:you|they|customers|users|individuals|subscribers|data subjects?|(?:the )?persons? concerned)\b[^.]*\b(?:may|can|could|have (?:the|a) right|are entitled)\b|\bnot satisfied\b|\bcomplaints?\b[^.]*\b(?:may|can) (?:also )?be (?:addressed|sent|lodged|made|filed|submitted|referred)\b/i;

/** Deletion is a right when the person can ask for it, not when the operator deletes on its own ("we immediately delete it"). */
const PERSON_ASKS = /\b(?:you|your|rights?|users?|customers?|members?|subscribers?|parents?|guardians?|individuals?|data subjects?)\b|\brequest\w*|\bask\w*/i;

/** "When we have no ongoing legitimate business need to process your personal information, we will either delete or anonymize it": the operator deletes, and nobody asks. */
const WE_DELETE_UNASKED = /^(?![^]*\b(?:you|rights?|request\w*|ask\w*)\b)[^]*\bwe\s+(?:(?:will|shall|may|would|then|either|also)\s+)*(?:delete|erase|destroy|anonymi[sz]e)\b/i;

/** "restrict or block the cookies", "delete cookies from your machine": browser settings, not rights over the data the operator holds. */
const ONLY_ABOUT_COOKIES = /^(?=[^]*\bcookies?\b)(?![^]*\b(?:data|information|details|account)\b)/i;
const OVER_DATA_HELD: Right[] = ['access', 'correction', 'deletion', 'restriction', 'portability'];
/** "how to delete persistent cookies", "clear your cookies": a browser's setting, whatever else the clause says. */
const DELETES_COOKIES = /\b(?:delet|remov|eras|clear)\w*\s+(?:(?:all|the|your|any|existing|persistent|stored|these|such|those)\s+){0,2}cookies\b/gi;

/** "You may delete your account", "if you choose to delete your account, all your data will be removed", "If you delete your account all related information will be deleted with it", "Deleting the relevant account will delete related Sync content": erasure in the person's own hands. */
const DELETES_OWN_ACCOUNT =
  /\b(?:you|users?|customers?|members?)\b[^.]{0,40}\b(?:can|may|choose to|are able to|decide to|wish to|want to)\s+(?:(?:also|at any time|always|easily|permanently)\s+)*delete\s+(?:your|their)\s+(?:\w+\s+)?(?:account|data|information|profile)\b|\b(?:if|when|once|after|should) you (?:delete|close|cancel|terminate) your account\b[^.]{0,60}\b(?:deleted|erased|removed)\b|(?:^|[.:;]\s+)\W*deleting (?:your|the|the relevant) (?:\w+ )?account (?:will|also) (?:also )?(?:delete|erase|remove)s?\b/i;

/**
 * Rights offered to the person whatever the clause is about: a complaint to a regulator ("customers
 * who are not satisfied may contact the Privacy Commissioner"), the person withdrawing consent
 * ("if you later withdraw your consent, …", "information provided … may be withdrawn at any time"; not the
 * operator withdrawing a form), and the person deleting
 * their own account.
 */
const OFFERED_IN_ANY_CLAUSE: Partial<Record<Right, RegExp>> = {
  complaint: OFFERED_TO_THE_PERSON,
  'withdraw-consent': new RegExp(String.raw`\b(?:you|users?|customers?)\b[^.]{0,120}${WITHDRAWS}consent\b|${NOTICE_TERMS.withdrawalOffered[0]!.source}`, 'i'),
  deletion: DELETES_OWN_ACCOUNT,
  // "we aim to provide you with access to your personal information", "you may access the personal data we hold about you".
  access: /\b(?:provide|give|offer|grant)\s+you\s+(?:with\s+)?access\s+to\s+(?:your|the)\s+(?:personal\s+)?(?:information|data)\b|\byou\s+(?:can|may|have the right to)\s+(?:also\s+)?access\s+(?:your|the|any)\s+(?:personal\s+)?(?:information|data)\b/i,
};

/** "Your Rights", "Privacy Choices", "Rights of Access and Rectification": a heading over clauses about the person's rights. */
const RIGHTS_HEADING = /\b(?:your|privacy|data protection|data subject|individual|user|consumer|customer)['’]?s? (?:\w+ )?(?:rights|choices)\b|^\W*(?:\d+(?:\.\d+)*\.?\s*)?(?:rights|choices)\b/i;

/** "A right of opposition to prospecting at any time", "The right to data portability", "2.11 Rights of Access, Rectification, Erasure, and Restriction": a sentence or heading that is itself a right. */
const OPENS_WITH_A_RIGHT = /^\W*(?:(?:[a-z0-9]{1,2}[.)]|\d+(?:\.\d+)+\.?)\s*)?(?:an? |the |your )?(?:additional |further )?rights? (?:of|to)\b/i;

/** "your rights of erasure and portability", "your right to data portability": the person's rights, named in any clause. */
const NAMES_YOUR_RIGHTS = /\byour rights? (?:of|to)\b/i;

/**
 * A line that introduces a list of rights ("You have the right to:", "your rights are as follows:") or
 * offers the person what its list names ("you may be entitled to request the following in relation to personal information:").
 */
const INTRODUCES_RIGHTS = /\brights?\b[^.]*:\s*$|\b(?:you|users?|customers?|individuals?|consumers?)\s+(?:\w+\s+){0,2}(?:may|can|have the right|are entitled)\b[^.]*:\s*$/i;
/** An item may run on for a sentence or two after its bullet or number. */
const ITEM_RUN_ON = 2;

/** "We do not offer you the option to … limit the use of your sensitive personal information": a right named only to be withheld. */
function deniedRight(text: string, right: Right): boolean {
  const term = RIGHT_TERMS.find((t) => t.term === right && t.pattern.test(text));
  return term !== undefined && polarityOf(text, term.pattern) === 'denied';
}

/** The rights a text names, a browser's cookie settings aside ("delete or block cookies" is no erasure or restriction): the facts and the checklists read rights this one way. */
export function rightsNamedIn(text: string): Right[] {
  const terms = matchTerms(text.replace(DELETES_COOKIES, ' '), RIGHT_TERMS);
  return ONLY_ABOUT_COOKIES.test(text) ? terms.filter((r) => !OVER_DATA_HELD.includes(r)) : terms;
}

/**
 * The rights a clause names: any in a clause about rights, under a rights heading or in a short list
 * introduced as rights; in any clause, a complaint to a regulator offered to the person and the
 * person withdrawing consent.
 */
function rightsIn(clause: ClassifiedClause, heading: string, listedAsRights: boolean): Right[] {
  // "Should you close your account, all data will be permanently deleted": the person's deletion, in whatever verb.
  const terms = rightsNamedIn(clause.text);
  if (DELETES_OWN_ACCOUNT.test(clause.text) && !terms.includes('deletion')) terms.push('deletion');
  const rights = terms
    .filter((r) => !deniedRight(clause.text, r))
    .filter((r) => r !== 'deletion' || ((PERSON_ASKS.test(clause.text) || DELETES_OWN_ACCOUNT.test(clause.text) || isBareItem(clause.text) || listedAsRights) && !WE_DELETE_UNASKED.test(clause.text)));
  if (readsAs(clause, 'rights') || RIGHTS_HEADING.test(heading) || listedAsRights || OPENS_WITH_A_RIGHT.test(clause.text)) return rights;
  // "for more information on your rights of erasure and portability, please contact …": rights named as the person's.
  const named = NAMES_YOUR_RIGHTS.exec(clause.text);
  const namedAsYours = named ? matchTerms(clause.text.slice(named.index), RIGHT_TERMS) : [];
  return rights.filter((r) => namedAsYours.includes(r) || OFFERED_IN_ANY_CLAUSE[r]?.test(clause.text));
}

/** "You may withdraw your consent at any time": a withdrawal that names no other object. */
const WITHDRAWS_IT = new RegExp(String.raw`${WITHDRAWS}consent\b(?!\s+(?:to|for|from)\b)`, 'i');
/** "If you have explicitly opted to receive … marketing materials": marketing on consent, said just before. */
const MARKETING_ON_CONSENT = /\b(?:marketing|newsletters?|promotional|special offers)\b[^]*\b(?:consent\w*|opted|opt[- ]in|agreed|subscribed)\b|\b(?:consent\w*|opted|opt[- ]in|agreed|subscribed)\b[^]*\b(?:marketing|newsletters?|promotional|special offers)\b/i;

/** Withdrawing "your consent" right after marketing sent on consent is withdrawing from the marketing. */
const withdrawsFromMarketing = (text: string, before: string): boolean => WITHDRAWS_IT.test(text) && MARKETING_ON_CONSENT.test(before);

/** Rights named in clauses about rights and choices; `null` when none is named. */
export function statedRights({ clauses, headings }: FactInput) {
  const found = new Set<Right>();
  const sources: { clause: ClassifiedClause; named: number }[] = [];
  // Clauses since the list's introduction or its last item.
  let sinceListed = Infinity;
  for (const [i, clause] of clauses.entries()) {
    // "Access", or "• Deletion of personal information that we no longer need …": the person's right or request, not the operator deleting.
    const listed = (sinceListed === 0 && isBareItem(clause.text)) || (sinceListed <= ITEM_RUN_ON && opensAsListItem(clause.text));
    sinceListed = INTRODUCES_RIGHTS.test(clause.text) || listed ? 0 : sinceListed + 1;
    const rights = rightsIn(clause, headings.get(clause.index) ?? '', listed);
    if (rights.includes('withdraw-consent') && withdrawsFromMarketing(clause.text, clauses[i - 1]?.text ?? '')) rights.push('opt-out-marketing');
    if (rights.length === 0) continue;
    rights.forEach((r) => found.add(r));
    sources.push({ clause, named: rights.length });
  }
  const rights = RIGHTS.filter((r) => found.has(r));
  return rights.length ? stated(rights, mostNamedFirst(sources)) : notStated<Right[]>();
}

const inWords = (rights: Right[]) => listInWords(rights.map((r) => RIGHT_WORDS[r]));

export const rights = defineFact<'rights'>({
  key: 'rights',
  label: 'Rights named',
  cue: /\bright(?:s)?\b|\b(?:access|correct\w*|rectif\w*|delet\w*|eras\w*|object\w*|restrict\w*|portab\w*|withdraw\w*|complain\w*|opt(?:ing)?[- ]?out|unsubscrib\w*)\b/i,
  extract: statedRights,
  // Four named rights is the midpoint; eight or more earns the full weight, none loses it.
  weight: 20,
  category: 'rights',
  unknown: 'Does not list your rights',
  judge: (rights) => ({
    fraction: Math.max(-1, Math.min(1, (rights.length - 4) / 4)),
    reason: `Lists ${rights.length} of the ${RIGHTS.length} rights we look for: ${inWords(rights)}`,
  }),
  phrase: (rights) => `lists ${rights.length} of your rights`,
  cell: (rights) => (rights.length === 0 ? 'None' : inWords(rights)),
});
