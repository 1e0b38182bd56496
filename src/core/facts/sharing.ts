import type { ClassifiedClause, Fact } from '../types';
import { affirmative, labelled, notStated, stated } from './clauses';

const DISCLOSE = /\b(?:share|shared|sharing|disclos\w*|pass(?:ed)? (?:on )?(?:your )?\w* ?to|provide \w+ to|transfer|referred)\b/i;

/** Any affirmative sharing clause means it shares; only negated ones that rule out disclosure mean it does not. */
export function sharesWithThirdParties(clauses: ClassifiedClause[]): Fact<boolean> {
  const sharing = labelled(clauses, 'sharing');
  const yes = affirmative(sharing);
  if (yes.length) return stated(true, yes);
  const no = sharing.filter((c) => c.negated && DISCLOSE.test(c.text) && !/\bmarketing\b/i.test(c.text));
  return no.length ? stated(false, no) : notStated();
}

const NOT = String.raw`(?:\b(?:not|never|no)\b|n['’]t\b)`;
const SELL_WORD = String.raw`(?<![-\w])(?:re-?)?(?:sell|sells|selling|sold|rent|rents|renting|trade|trades|trading)\b|\bsales? of (?:your |personal |customer |user )?(?:data|information|details)\b`;
/** A denial of selling: "never sell", "don't rent or sell", "does not resell", "not in the business of selling". */
const NEVER_SELLS = new RegExp(`${NOT}[^.;]{0,40}(?:${SELL_WORD})`, 'i');
/** A denial with a way out is no promise: "… except to our marketing partners", "… without your consent". */
const WAY_OUT = /\b(?:except|unless|other than|without (?:your |first )?(?:\w+ )?(?:consent|permission|authori[sz]ation)|save (?:for|as))\b/i;
/** What is (not) sold is personal data: "never sell your address", "does not sell PII" (not "products to anyone under 18"). */
const ABOUT_DATA = /\b(?:information|data|details|history|records|PII|addresses|address|names|e-?mail addresses|phone numbers|contact lists?)\b/i;
const SELLS =
  /\b(?:sell|sells|rent|rents|trade|trades)\s+(?:your\s+|the\s+|our\s+users['’]?\s+|users['’]?\s+|customer\s+)?(?:personal\s+|browsing\s+|location\s+|contact\s+)?(?:information|data|details|history|records|profiles?)\b/i;

/**
 * Read from every clause: a sale may sit in any section. A plain statement that it sells
 * data wins over a denial elsewhere (denials are often scoped: "never sell … for marketing");
 * otherwise an outright denial means it does not sell. A denial with an exception or a
 * condition ("except to our partners", "without your consent") promises nothing.
 */
export function sellsData(clauses: ClassifiedClause[]): Fact<boolean> {
  const yes = clauses.filter((c) => SELLS.test(c.text) && !NEVER_SELLS.test(c.text));
  if (yes.length) return stated(true, yes);
  const no = clauses.filter((c) => NEVER_SELLS.test(c.text) && ABOUT_DATA.test(c.text) && !WAY_OUT.test(c.text));
  return no.length ? stated(false, no) : notStated();
}
