// How policies write a length of time: "30 days", "six (6) months", "one year".

/** Numbers written as words, with their value: "six months", "ninety days". */
export const NUMBER_WORDS: readonly (readonly [word: string, value: number])[] = [
  ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10],
  ['eleven', 11], ['twelve', 12], ['fifteen', 15], ['eighteen', 18], ['twenty', 20], ['thirty', 30], ['sixty', 60], ['ninety', 90],
];
export const COUNT_WORDS = NUMBER_WORDS.map(([word]) => word);
const COUNT = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+|${COUNT_WORDS.join('|')})`;
/** "ninety (90)": any number word, when its digits follow. */
const WORD_WITH_DIGITS = String.raw`[a-z]+(?:-[a-z]+)?(?= \(\d+\))`;
/** "30 days", "six (6) months", "ninety (90) days", "45 (forty-five) days", "a 7-year period": a number and a unit of time; an age ("under 14 years of age", "16 years old") is none, nor the end of a longer number ("10,000 hours"). */
export const PERIOD = String.raw`(?<!\d[,.])(?:${COUNT}|${WORD_WITH_DIGITS})(?: \(\w+(?:[- ][a-z]+)?\))?[ -](?:minutes?|hours?|days?|weeks?|months?|years?)\b(?![ -](?:of age|old|or older|and (?:older|over|above))\b)`;
