// The shape of a checklist kept as data: each item says what a law requires a notice to
// tell, where the law says it, and how to recognise a clause that tells it.
import type { Category, ChecklistLaw, FactKey, Right } from '../types';
import type { NoticeTerm } from '../vocabulary/notice';

/** One thing a clause's text must name; all of a rule's `all` must hold. */
export type TermRef =
  | { notice: NoticeTerm }
  | { right: Right }
  /** A data protection regulator; of this jurisdiction when one is given (vocabulary/regulators.ts). */
  | { regulator: string | 'any' }
  | { dataItem: true };

/** A clause that says it: labelled with one of `labels` (any label when absent), of this polarity, naming all `all`. */
export interface ClauseRule {
  labels?: Category[];
  /** `affirmative` leaves out denials; by default a denial ("we do not sell …") tells too. */
  polarity?: 'affirmative' | 'any';
  all?: TermRef[];
  /** Names none of these. */
  none?: TermRef[];
}

/** Met by a fact the policy states (not null), or by any clause that meets one of the rules. */
export interface Need {
  fact?: FactKey;
  /** Met when the rights fact lists this right (its clauses are the evidence). */
  factRight?: Right;
  clauses?: ClauseRule[];
}

export interface ChecklistItemSpec {
  id: string;
  /** The provision it rests on, e.g. "Art. 13(2)(a)". */
  article: string;
  /** What the notice must tell, as it reads after "Says" / "Doesn't say": "how long it keeps your data". */
  plainWords: string;
  /** Every need must be met for the item to be addressed. */
  detect: Need[];
}

export interface LawChecklist {
  law: ChecklistLaw;
  /** How the report names the law ("UK GDPR"). */
  name: string;
  /** The instrument the articles belong to, for citations ("GDPR Art. 13(2)(a)"). */
  citation: string;
  /** Short names of the law in vocabulary/laws.ts whose mention brings this checklist in. */
  namedAs: string[];
  items: ChecklistItemSpec[];
}
