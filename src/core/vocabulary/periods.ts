// How policies write a length of time: "30 days", "six (6) months", "one year".

export const COUNT_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'eighteen', 'twenty', 'thirty'];
const COUNT = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+|${COUNT_WORDS.join('|')})`;
/** "ninety (90)": any number word, when its digits follow. */
const WORD_WITH_DIGITS = String.raw`[a-z]+(?:-[a-z]+)?(?= \(\d+\))`;
/** "30 days", "six (6) months", "ninety (90) days", "45 (forty-five) days", "a 7-year period": a number and a unit of time; an age ("under 14 years of age", "16 years old") is none, nor the end of a longer number ("10,000 hours"). */
export const PERIOD = String.raw`(?<!\d[,.])(?:${COUNT}|${WORD_WITH_DIGITS})(?: \(\w+(?:[- ][a-z]+)?\))?[ -](?:minutes?|hours?|days?|weeks?|months?|years?)\b(?![ -](?:of age|old|or older|and (?:older|over|above))\b)`;
