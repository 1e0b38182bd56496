// The places a clause names, read the way transfer and storage facts need them.
import { PLACE_TERMS } from './lexicon';

export interface NamedPlaces {
  /** Places named as where data is, in the order named. */
  places: string[];
  /** Places named after "outside": where data is not. */
  outside: string[];
}

/** "If you are located outside Nigeria, … we transfer the data to Nigeria": where the person is, not where data is. */
const WHERE_THE_PERSON_IS =
  /\b(?:you are|you're|users?|visitors?|customers?|individuals?|residents?) (?:\w+ )?(?:located|based|resid\w*|living|who live|access\w* (?:\w+ )?from)\s+(?:in|outside(?: of)?|from)\s+(?:the\s+)?$/i;

/** "Ireland and Germany", "outside the EEA"; "countries other than South Africa" names a destination, not a place data is kept. */
export function placesIn(text: string): NamedPlaces {
  const found: { at: number; place: string; outside: boolean }[] = [];
  for (const { pattern, term } of PLACE_TERMS) {
    for (const match of text.matchAll(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`))) {
      const before = text.slice(0, match.index);
      if (/\b(?:other than|except|besides)\s+(?:the\s+)?$/i.test(before)) continue;
      if (WHERE_THE_PERSON_IS.test(before)) continue;
      found.push({ at: match.index ?? 0, place: term, outside: /\boutside (?:of )?(?:the )?$/i.test(before) });
      break;
    }
  }
  const ordered = found.sort((a, b) => a.at - b.at);
  return { places: ordered.filter((f) => !f.outside).map((f) => f.place), outside: ordered.filter((f) => f.outside).map((f) => f.place) };
}

export const namesAPlace = (named: NamedPlaces) => named.places.length + named.outside.length > 0;
