import type { ClassifiedClause } from './types';

/** Both detectors read at most this much of the text: the start, plus a slice from the middle. */
const SAMPLE_CHARS = 20_000;

function sample(text: string): string {
  if (text.length <= SAMPLE_CHARS) return text;
  const half = SAMPLE_CHARS / 2;
  const middle = Math.floor(text.length / 2);
  return `${text.slice(0, half)}\n${text.slice(middle, middle + half)}`;
}

const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/gu;
/** Non-Latin scripts, each with the language it most likely means. */
const SCRIPTS: [string, RegExp][] = [
  ['zh', /\p{Script=Han}/gu],
  ['ja', KANA],
  ['ko', /\p{Script=Hangul}/gu],
  ['ru', /\p{Script=Cyrillic}/gu],
  ['ar', /\p{Script=Arabic}/gu],
  ['el', /\p{Script=Greek}/gu],
  ['he', /\p{Script=Hebrew}/gu],
  ['th', /\p{Script=Thai}/gu],
  ['hi', /\p{Script=Devanagari}/gu],
  ['ka', /\p{Script=Georgian}/gu],
  ['hy', /\p{Script=Armenian}/gu],
];

/** Frequent function words, which make up a third or more of running prose. */
const STOP_WORDS: Record<string, string> = {
  en: 'the and of to a in is that for it with as be by on not this are or your we you from will may our any which have an at',
  de: 'der die und das ist nicht mit sie ein eine zu von für auf wir ihre werden den dem des sich im oder auch als bei uns ihnen wird sind',
  fr: 'le la les de des du et un une est que qui dans pour pas sur vous nous vos votre au aux par ce cette sont avec ou être à',
  es: 'el la los las de del y que en un una es por para con no se su sus al lo como más o nuestro usted sobre este esta',
  pt: 'o a os as de do da dos das e que em um uma é para com não por se seu sua seus no na ao você nós são pelo',
  it: 'il lo la i gli le di del della e che è un una per in con non si da dei delle al alla sono come più nostro',
  nl: 'de het een en van te dat niet zijn op voor met worden wordt uw wij deze naar bij ook aan om als door kunnen onze',
  af: 'die en van is nie het ons jy jou u word vir wat met om te kan sal hierdie sy hulle of aan na ook deur moet',
};
const STOP_SETS = Object.entries(STOP_WORDS).map(([lang, words]) => [lang, new Set(words.split(' '))] as const);
const MIN_WORDS = 5;
const MIN_STOP_SHARE = 0.12;

function scriptLanguage(text: string, letters: number): string | null {
  let best: [string, number] = ['', 0];
  for (const [lang, re] of SCRIPTS) {
    const count = text.match(re)?.length ?? 0;
    if (count > best[1]) best = [lang, count];
  }
  const [lang, count] = best;
  if (count < letters * 0.3) return null;
  if (lang === 'zh' && (text.match(KANA)?.length ?? 0) > count * 0.05) return 'ja'; // Japanese mixes kanji with kana
  if (lang === 'ru' && /[іїєґ]/i.test(text)) return 'uk';
  if (lang === 'ar' && /[پچژگ]/.test(text)) return 'fa';
  return lang;
}

/** A long text is read in this many windows spread over it, SAMPLE_CHARS in all. */
const WINDOWS = 8;
/** A page that is this much English holds an English policy (beside its translation: "… English text, then the French"). */
const ENGLISH_SHARE = 1 / 3;

/**
 * ISO 639-1 code of the text's language, or 'unknown'. A long text is read in windows across it: English when a third of
 * them read as English (a bilingual page holds the whole English policy), else the language most windows read as.
 */
export function detectLanguage(text: string): string {
  if (text.length <= SAMPLE_CHARS) return languageOf(text);
  const width = SAMPLE_CHARS / WINDOWS;
  const step = (text.length - width) / (WINDOWS - 1);
  const votes = new Map<string, number>();
  for (let i = 0; i < WINDOWS; i++) {
    const at = Math.floor(i * step);
    const lang = languageOf(text.slice(at, at + width));
    if (lang !== 'unknown') votes.set(lang, (votes.get(lang) ?? 0) + 1);
  }
  const known = [...votes.values()].reduce((a, b) => a + b, 0);
  if (known === 0) return languageOf(sample(text));
  if ((votes.get('en') ?? 0) / known >= ENGLISH_SHARE) return 'en';
  return [...votes.entries()].sort((a, b) => b[1] - a[1])[0]![0];
}

/** Script first, then stop-word shares for Latin-script text. */
function languageOf(part: string): string {
  const letters = part.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return 'unknown';
  const byScript = scriptLanguage(part, letters);
  if (byScript) return byScript;
  const words = part.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < MIN_WORDS) return 'unknown';
  let best = { lang: 'unknown', hits: 0 };
  for (const [lang, set] of STOP_SETS) {
    const hits = words.reduce((n, w) => (set.has(w) ? n + 1 : n), 0);
    if (hits > best.hits) best = { lang, hits };
  }
  return best.hits >= 3 && best.hits / words.length >= MIN_STOP_SHARE ? best.lang : 'unknown';
}

/** Names of the document itself, in the languages above. */
const POLICY_NAMES =
  /privacy (?:policy|statement|notice)|terms (?:and|&) conditions|terms of (?:service|use)|cookie (?:policy|notice)|data protection|personal (?:information|data)|datenschutz|personenbezogen|confidentialit|données personnelles|privacidad|datos personales|privacidade|dados pessoais|dati personali|privacybeleid|persoonsgegevens|privaatheid|persoonlike inligting/gi;
/** Word stems of privacy practices and contract terms (English, then a few for the other languages above). */
const PRACTICE_WORDS =
  /\b(?:collect|disclos|third part|consent|retain|retention|process|cookie|opt[ -]out|right to|access|delet|shar|comply|complian|law|agreement|liab|indemnif|terminat|breach|shall|hereby|warrant|governing|jurisdiction|subscri|amend|regulat|lawful|purpose|verarbeit|einwilligung|speicher|dritte|löschung|traitement|consentement|conserv|tratamiento|consentimiento|tratamento|trattamento|consenso|verwerking|toestemming|bewaar|verwerk)/gi;
const MIN_PRACTICE_WORDS = 5;
/** Without the vocabulary, the classifier's labels alone can vouch for a policy. */
const MIN_LABELLED = 3;
const MIN_LABELLED_SHARE = 0.25;

function distinct(matches: RegExpMatchArray | null): number {
  return new Set((matches ?? []).map((m) => m.toLowerCase())).size;
}

/** Does this read like a privacy policy or terms of service at all? */
export function looksLikePolicy(text: string, clauses: ClassifiedClause[]): boolean {
  const part = sample(text);
  const names = part.match(POLICY_NAMES)?.length ?? 0;
  const practices = distinct(part.match(PRACTICE_WORDS));
  if (names >= 1 && practices >= MIN_PRACTICE_WORDS) return true;
  if (names >= 3 && practices >= 3) return true;
  const labelled = clauses.filter((c) => c.labels.length > 0).length;
  return labelled >= MIN_LABELLED && labelled / Math.max(1, clauses.length) >= MIN_LABELLED_SHARE;
}
