// Word tokens for features, rules and vocabulary matching: lower case, digits
// folded to 0, inner hyphens, apostrophes and dots kept ("third-party", "u.s"),
// contractions spelled out ("don't" → do not, "we'll" → we will).

const WORD = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu;

const NEGATED_STEM: Record<string, string> = { wo: 'will', ca: 'can', sha: 'shall' };
const CLITIC: Record<string, string | null> = { ll: 'will', re: 'are', ve: 'have', d: 'would', m: 'am', s: null };

function push(tokens: string[], word: string): void {
  const apostrophe = word.lastIndexOf("'");
  if (apostrophe > 0) {
    if (word.endsWith("n't")) {
      const stem = word.slice(0, -3);
      tokens.push(NEGATED_STEM[stem] ?? stem, 'not');
      return;
    }
    const clitic = word.slice(apostrophe + 1);
    if (clitic in CLITIC) {
      tokens.push(word.slice(0, apostrophe));
      const expanded = CLITIC[clitic];
      if (expanded) tokens.push(expanded);
      return;
    }
  }
  tokens.push(word);
}

export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    push(tokens, m[0].toLowerCase().replace(/’/g, "'").replace(/\d/g, '0'));
  }
  return tokens;
}
