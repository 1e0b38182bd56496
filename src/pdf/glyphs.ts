const REPLACEMENT = '□';
/** Invisible joiners and modifiers that only make sense inside an emoji sequence. */
const JOINERS = /[\u200d\ufe0e\ufe0f\u{1f3fb}-\u{1f3ff}]/gu;

/**
 * Makes text drawable with a font that has `charset`: line breaks stay,
 * other control characters become spaces, joiners are dropped, and each run of characters the font
 * lacks (an emoji, a rare script) becomes one □.
 */
export function fitToFont(text: string, charset: ReadonlySet<number>): string {
  let out = '';
  let replaced = false;
  for (const char of text.replace(JOINERS, '')) {
    const code = char.codePointAt(0) ?? 0;
    if (char === '\n') {
      out += char;
      replaced = false;
    } else if (code < 0x20 || (code >= 0x7f && code < 0xa0)) {
      out += ' ';
      replaced = false;
    } else if (charset.has(code)) {
      out += char;
      replaced = false;
    } else if (!replaced) {
      out += REPLACEMENT;
      replaced = true;
    }
  }
  return out;
}
