// The business itself changing hands: a merger, an acquisition, a bankruptcy, the sale of its assets.
// Data that goes with the business is not sold in its own right (facts/sells.ts), and a denial whose
// only exception is this stays a denial (statements/polarity.ts).

/** "a merger", "a change of control", "the sale of all or a portion of our assets", "the transfer of all or substantially all of the assets", "when our business is sold to others". */
export const BUSINESS_CHANGES_HANDS = String.raw`\b(?:merger|acquisition|acquired|bankruptcy|insolvency|reorgani[sz]ation|receivership|change (?:of|in) control|(?:sale|transfer) of (?:all or )?(?:(?:substantially all|all|(?:a )?(?:part|portion)) (?:or substantially all )?of )?(?:our |its |the )?(?:company|business|assets)|(?:our|its|the) (?:company|business|assets)(?: or (?:[\w-]+ ){1,2})? (?:is|are|was|were|be|being|gets?) (?:sold|acquired|transferred))\b`;
