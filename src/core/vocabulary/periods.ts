// How policies write a length of time: "30 days", "six (6) months", "one year".

export const COUNT_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'eighteen', 'twenty', 'thirty'];
const COUNT = String.raw`(?:\d+|${COUNT_WORDS.join('|')})`;
/** "30 days", "six (6) months": a number and a unit of time. */
export const PERIOD = String.raw`${COUNT} (?:\(\w+\) )?(?:days?|weeks?|months?|years?)\b`;
