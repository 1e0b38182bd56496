import type { ClassifiedClause, Fact } from '../types';
import { affirmative, labelled, notStated, stated } from './clauses';
import { listInWords } from '../plain-words';
import { PLACE_TERMS } from './lexicon';

const MOVES_ABROAD =
  /\b(?:transfer\w*|send|sent|mov\w+|stor\w+|process\w*)\b[^.]*\b(?:outside|abroad|other countries|countries other than|another country|overseas|international\w*|cross-border)\b|\bstandard contractual clauses\b/i;
const TRANSFERS = /\btransfer\w*\b/i;

/** "We only store and process your data within the EU", "your data remains in Canada": data kept in one place. */
const STAYS_IN =
  /\b(?:only|exclusively|solely)\b[^.]{0,40}\b(?:stor\w*|process\w*|host\w*|held|kept|keep)\b[^.]{0,40}\b(?:within|in|inside)\b|\b(?:remains?|stays?|is kept|are kept|resides?)\s+(?:(?:only|exclusively|solely)\s+)?(?:within|in|inside)\b|\b(?:never|not|does not|do not)\b[^.]{0,30}\bleaves?\b/i;

/** A clause that says the data stays in a named place. */
function staysIn(c: ClassifiedClause): boolean {
  return STAYS_IN.test(c.text) && placesIn(c.text) !== undefined;
}

/** Affirmative statements of transfer abroad (even with safeguards) → true; only denials, or data said to stay in one place → false. */
export function crossBorderTransfer(clauses: ClassifiedClause[]): Fact<boolean> {
  // "We may transfer data to our group companies in India" names a place abroad too.
  const transfer = labelled(clauses, 'transfer').filter((c) => !staysIn(c) && (MOVES_ABROAD.test(c.text) || (TRANSFERS.test(c.text) && placesIn(c.text))));
  // Plain statements first: "we may transfer … outside the EEA" explains the fact better than
  // "is not transferred … without adequate protection".
  const hedged = (c: ClassifiedClause) => Number(/\bnot\b/i.test(c.text));
  const yes = affirmative(transfer).sort((a, b) => hedged(a) - hedged(b));
  if (yes.length) return stated(true, yes);
  const no = [...transfer.filter((c) => c.negated), ...clauses.filter(staysIn)];
  return no.length ? stated(false, no) : notStated();
}

const STORES = /\b(?:stor\w+|host\w*|holds?|held|located|servers?|data cent(?:re|er)s?|process(?:es|ed)?)\b/i;

/** The places one clause names, in the order it names them: "Ireland and Germany", "outside the EEA". */
function placesIn(text: string): string | undefined {
  const found: { at: number; place: string }[] = [];
  for (const { pattern, term } of PLACE_TERMS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const before = text.slice(0, match.index);
    // "countries other than South Africa" names where data goes, not a place it is kept.
    if (/\b(?:other than|except|besides)\s+(?:the\s+)?$/i.test(before)) continue;
    const outside = /\boutside (?:of )?(?:the )?$/i.test(before);
    found.push({ at: match.index, place: outside ? `outside ${term}` : term });
  }
  const places = found.sort((a, b) => a.at - b.at).map((f) => f.place);
  return places.length ? listInWords(places) : undefined;
}

/** The places named in the first affirmative clause about where data is stored or processed. */
export function storageLocation(clauses: ClassifiedClause[]): Fact<string> {
  const about = affirmative(labelled(clauses, 'transfer')).filter((c) => STORES.test(c.text) && placesIn(c.text));
  const first = about[0];
  if (!first) return notStated();
  const place = placesIn(first.text) as string;
  return stated(place, about.filter((c) => placesIn(c.text) === place));
}
