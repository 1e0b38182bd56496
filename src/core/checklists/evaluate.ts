// A law's checklist applied to a report's clauses and facts: each item is addressed,
// with the clauses that address it, or not found. Never "violation": the notice the law
// asks for may be elsewhere (a separate notice, a form, a contract).
import { matchTerms, DATA_ITEM_TERMS } from '../facts/lexicon';
import { rightsNamedIn } from '../facts/rights';
import type { Checklist, ChecklistItemResult, ChecklistLaw, ClassifiedClause, Evidence, PolicyFacts } from '../types';
import { mentions } from '../vocabulary/notice';
import { REGULATORS } from '../vocabulary/regulators';
import { BULLET, looksLikeHeading } from '../classify/layout';
import { CHECKLISTS } from './index';
import type { ChecklistItemSpec, ClauseRule, Need, TermRef } from './spec';

/** Enough to show where it is said; the rest are in the report's clauses. */
export const EVIDENCE_PER_ITEM = 3;

function names(text: string, ref: TermRef): boolean {
  if ('notice' in ref) return mentions(text, ref.notice);
  if ('right' in ref) return rightsNamedIn(text).includes(ref.right);
  if ('dataItem' in ref) return matchTerms(text, DATA_ITEM_TERMS).length > 0;
  return REGULATORS.some((r) => (ref.regulator === 'any' || r.jurisdiction === ref.regulator) && r.pattern.test(text));
}

function meets(clause: ClassifiedClause, rule: ClauseRule): boolean {
  if (rule.labels && !rule.labels.some((label) => clause.labels.includes(label))) return false;
  if (rule.polarity === 'affirmative' && clause.negated) return false;
  return (rule.all ?? []).every((ref) => names(clause.text, ref)) && !(rule.none ?? []).some((ref) => names(clause.text, ref));
}

/** The evidence meeting one need: the fact's own clauses, else the clauses a rule picks; `null` when unmet. */
function evidenceFor(need: Need, clauses: ClassifiedClause[], facts: PolicyFacts): Evidence[] | null {
  const fact = need.fact ? facts[need.fact] : undefined;
  if (fact && fact.value !== null) return fact.evidence;
  const right = need.factRight;
  if (right && facts.rights.value?.includes(right)) {
    const naming = facts.rights.evidence.filter((e) => names(e.text, { right }));
    return naming.length > 0 ? naming : facts.rights.evidence;
  }
  // The first rule is the plainest way of saying it ("the right to object"), so its clauses come first.
  const found = new Set<ClassifiedClause>();
  for (const rule of need.clauses ?? []) for (const clause of clauses) if (meets(clause, rule)) found.add(clause);
  // A heading, or a contents line asking a question, says where it is said, and a definition what a word means; a
  // sentence saying it is the better quote (the sort keeps rule order otherwise).
  const quoted = [...found].sort((a, b) => asAQuote(a.text) - asAQuote(b.text));
  return quoted.length > 0 ? quoted.map((c) => ({ clause: c.index, text: c.text })) : null;
}

/** "“Controller” means …", "The data controller is the person or organisation who …": what a word means, not what the policy does. */
const DEFINES_A_WORD = /^\W*(?:the |a |an )?[“"']?[\w -]{1,40}[”"']? (?:means|refers to|is defined as|(?:is|are) (?:the|a|any) (?:natural or legal )?(?:person|organi[sz]ation|entity|body|individual)s?(?: or (?:an? )?(?:person|organi[sz]ation|entity|body|individual)s?)?,? (?:who|which|that))\b/i;

/** 0 for a sentence that says it, 1 for a definition, 2 for a section's name. */
const asAQuote = (text: string): number => (namesASection(text) ? 2 : DEFINES_A_WORD.test(text.replace(BULLET, '')) ? 1 : 0);

/** "4. Your Rights", "• How do we use your data?": a section's name, not what the section says. */
const namesASection = (text: string): boolean => {
  const bare = text.replace(BULLET, '').trim();
  return looksLikeHeading(bare) || (/\?$/.test(bare) && bare.split(/\s+/).length <= 10);
};

export function evaluateItem(item: ChecklistItemSpec, clauses: ClassifiedClause[], facts: PolicyFacts): ChecklistItemResult {
  const evidence: Evidence[] = [];
  // Each need shows its own clauses: "see and correct" quotes one for seeing and one for correcting.
  const perNeed = Math.max(1, Math.floor(EVIDENCE_PER_ITEM / item.detect.length));
  for (const need of item.detect) {
    const found = evidenceFor(need, clauses, facts);
    if (found === null) return { id: item.id, article: item.article, status: 'not-found', evidence: [] };
    evidence.push(...found.filter((e) => !evidence.some((seen) => seen.clause === e.clause)).slice(0, perNeed));
  }
  return { id: item.id, article: item.article, status: 'addressed', evidence };
}

export function evaluateChecklist(law: ChecklistLaw, clauses: ClassifiedClause[], facts: PolicyFacts): Checklist {
  return { law, items: CHECKLISTS[law].items.map((item) => evaluateItem(item, clauses, facts)) };
}
