/**
 * The two faces the PDF is set in, as TrueType bytes: DejaVu Sans and DejaVu Sans Bold
 * (757 KB + 706 KB files, subset to the glyphs used, so a report PDF is ~30 KB).
 * They cover Latin with all its extensions, Greek, Cyrillic, Armenian, Georgian, Hebrew and
 * Arabic letters (drawn left to right: no bidi), currency and common symbols (✓ ✗ € …) and
 * some emoji. Thai, Indic scripts, CJK and Hangul are not covered: each run of such
 * characters is drawn as one □ (see glyphs.ts).
 */
export interface FontBytes {
  regular: Uint8Array;
  bold: Uint8Array;
}
