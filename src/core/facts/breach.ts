// breach_notification: whether the policy promises to tell people about a breach of their data.
import { opensAsListItem } from '../classify/layout';
import { notStated, stated } from './clauses';
import { defineFact, yesNo, type FactInput } from './definition';
import { BREACH_INTRO, BREACH_NOTICE_PATTERN, NAMES_A_BREACH, NOTICE_TO_THE_PERSON } from './lexicon';

/** "We will notify affected customers": those the breach named just before affects. */
const THOSE_AFFECTED = /\baffected\b/i;
/** "we notify all affected parties of the incident": the breach named in the sentence before. */
const OF_THAT_BREACH = /\b(?:of|about)\s+(?:the|such an?|this|that|any such)\s+(?:incident|breach)\b/i;

/**
 * A notice to the person whose breach the clause before names: under a line introducing what happens on a
 * breach ("… should a data breach occur:" then "We will notify you via email:"), or of "the incident" just named.
 */
function noticeOfTheBreachBefore(text: string, before: string): boolean {
  if (!NOTICE_TO_THE_PERSON.test(text)) return false;
  const introduces = /:\W*$/.test(before) && BREACH_INTRO.test(before);
  return introduces || ((OF_THAT_BREACH.test(text) || THOSE_AFFECTED.test(text)) && NAMES_A_BREACH.test(before));
}

/** "… if a personal data breach is detected by us. We are obliged to notify our affected customers within 72 hours.": the notice to those the breach just named affects. */
function noticeAfterABreachInTheClause(text: string): boolean {
  if (!THOSE_AFFECTED.test(text) || !NAMES_A_BREACH.test(text)) return false;
  const sentences = text.split(/(?<=[.!?])\s+(?=[A-Z])/);
  return sentences.some((s, k) => k > 0 && THOSE_AFFECTED.test(s) && NOTICE_TO_THE_PERSON.test(s) && NAMES_A_BREACH.test(sentences[k - 1]!));
}

/** Steps of a response plan run a few items: "… a data breach, we will:" then "1. Assess …", "2. Contain …", "3. Notify Affected Parties: …". */
const MOST_ITEMS_BACK = 6;

/** The line a list item belongs to: the clause before it, or before the items that precede it. */
function lineBefore(clauses: FactInput['clauses'], i: number): string {
  let j = i - 1;
  if (opensAsListItem(clauses[i]!.text)) while (j > 0 && i - j < MOST_ITEMS_BACK && opensAsListItem(clauses[j]!.text)) j--;
  return clauses[j]!.text;
}

/** True when it promises to tell people about a breach; `null` otherwise (silence is not a refusal). */
export function breachNotification({ clauses }: FactInput) {
  const notices = clauses.filter(
    (c, i) => BREACH_NOTICE_PATTERN.test(c.text) || noticeAfterABreachInTheClause(c.text) || (i > 0 && noticeOfTheBreachBefore(c.text, lineBefore(clauses, i))),
  );
  return notices.length ? stated(true, notices) : notStated<boolean>();
}

export const breach = defineFact<'breach_notification'>({
  key: 'breach_notification',
  label: 'Breach notification',
  cue: /\bbreach\w*/i,
  extract: breachNotification,
  weight: 10,
  unknown: 'Does not say whether it will tell you about a data breach',
  judge: (notifies) =>
    notifies
      ? { fraction: 1, reason: 'Promises to tell you about a data breach' }
      : { fraction: -1, reason: 'Says it will not tell you about a data breach' },
  phrase: (notifies) => (notifies ? 'promises to tell you about a breach' : 'will not tell you about a breach'),
  cell: yesNo,
});
