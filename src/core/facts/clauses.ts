import { BULLET, looksLikeHeading, readsAsTitle } from '../classify/layout';
import type { Category, ClassifiedClause, Evidence, Fact } from '../types';

export function evidenceOf(clauses: ClassifiedClause[]): Evidence[] {
  return clauses.map((c) => ({ clause: c.index, text: c.text }));
}

/** Labelled with the category, or leaning to it: the facts' own wording tests keep a leaning clause from counting for nothing. */
export const readsAs = (clause: ClassifiedClause, category: Category): boolean => clause.labels.includes(category) || (clause.leaning ?? []).includes(category);

/** Labelled a right and not the practice: it describes what the person may ask ("• the categories of data we sold", "recipients in third countries"), not what is done. */
export const describesARight = (clause: ClassifiedClause, practice: Category): boolean => clause.labels.includes('rights') && !clause.labels.includes(practice);

/** The clauses a fact reads for these categories (labelled or leaning). */
export function labelled(clauses: ClassifiedClause[], ...categories: Category[]): ClassifiedClause[] {
  return clauses.filter((c) => categories.some((category) => readsAs(c, category)));
}

/** "Is any transfer made to a third country?": a question, often a heading, asks and states nothing. */
const asks = (clause: ClassifiedClause): boolean => /\?["'”’)\]]*\s*$/.test(clause.text);

/** "support@names.example", "https://example.com/gdpr", "www.location.example", "names.co.uk": a web or e-mail address, whose words name nothing. */
const AN_ADDRESS =
  /^[("'“‘<[]*(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|https?:\/\/\S+|www\.\S+|[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|io|co\.uk|de|fr|eu|ca|au|nz|za|ie|example)(?:[/:?#]\S*)?)[)"'”’>\].,;:!?]*$/i;
/** The text with every web and e-mail address blanked out, at the same length (positions in it stay those of the text). Each word is tested once, anchored: a long run without spaces costs no more than its length. */
export const withoutAddresses = (text: string): string =>
  /[@.]/.test(text) ? text.replace(/\S+/g, (word) => (/[@.]/.test(word) && AN_ADDRESS.test(word) ? ' '.repeat(word.length) : word)) : text;

/** Where the sentence holding `at` starts: after the last ". " before it. */
export const sentenceStart = (text: string, at: number) => text.lastIndexOf('. ', at) + 1;
/** The whole sentence holding `at`, up to the next ". ". */
export const sentenceAround = (text: string, at: number) => {
  const end = text.indexOf('. ', at);
  return text.slice(sentenceStart(text, at), end < 0 ? text.length : end);
};

/** "Terms of Service | Refunds | Privacy Policy | GDPR | DMCA": titles in a row, a bar of links to pages. */
const isLinkBar = (text: string): boolean => {
  const links = text.split(/\s+\|\s+/);
  return links.length >= 4 && links.every((link) => readsAsTitle(link, 5));
};

/** "• GDPR Sub-Processors", "• 25 Years of Experience", a bar of links: a title names a page a menu links to, and states nothing. */
export const isMenuItem = (text: string): boolean => (BULLET.test(text) && readsAsTitle(text.replace(BULLET, ''))) || isLinkBar(text);

/** "Telephone Number", "(3) Erasure (GDPR 17)": a list item that only names something, six words at most unless told. */
export const isBareItem = (text: string, maxWords = 6): boolean => text.trim().split(/\s+/).length <= maxWords;

/** Clauses that state a practice: not denied, and not a question. */
export function affirmative(clauses: ClassifiedClause[]): ClassifiedClause[] {
  return clauses.filter((c) => !c.negated && !asks(c));
}

/** Any clause about a practice at all: the text is a policy about personal data. */
export function dealsWithPersonalData(clauses: ClassifiedClause[]): boolean {
  return clauses.some((c) => c.labels.length > 0);
}

export const notStated = <T>(): Fact<T> => ({ value: null, evidence: [] });

/** Clauses that each name some of a set's members, the one naming the most first: the plainest quote for a list of data kinds or rights. */
export const mostNamedFirst = (sources: { clause: ClassifiedClause; named: number }[]): ClassifiedClause[] =>
  [...sources].sort((a, b) => b.named - a.named).map((s) => s.clause);

/** "• How we may share your information with third parties; and", "3. What information do we collect?": a line of contents, one short topic with no statement after a colon. */
const TOPIC_LINE = /^[\W_]*(?:[\divx]{1,4}[.)]\s*)*(?:how|what|why|who|which)\s+(?:we|you|your|our|does|do|is|are|(?:personal\s+)?(?:information|data))\b[^:.,]*[.;?]?(?:\s*(?:and|or))?\s*$/i;
const namesATopic = (text: string) => TOPIC_LINE.test(text) && text.split(/\s+/).length <= 14;

/** A heading ("III. How Do We Use Cookies and Similar Technologies", a table of contents' line) names a topic; it states nothing to quote first. */
const isHeading = (clause: ClassifiedClause): boolean => readsAsTitle(clause.text) || looksLikeHeading(clause.text) || namesATopic(clause.text);

/** "“Personal Data” means any information …", "The recipient is a natural or legal person … to which personal data is disclosed": a term defined, no practice stated. */
const DEFINES =
  /^[\W_]*(?:[\divx]{1,4}[.)]\s*)*(?!(?:if|when|where|by|you|we|they|as|in|to|other|any|all|these|those|such|our|this)\b)(?:(?:["“‘][^"”’]{1,60}["”’]|(?:the |a |an )?[\w-]+(?: [\w-]+){0,4})\s*(?:\([^)]{0,40}\)\s*)?(?:means(?! of\b)|shall mean|refers to|is defined as|has the meaning)\b|(?:the |a |an )?[\w-]+(?: [\w-]+){0,3} is (?:a|any) natural (?:or legal )?person\b)/i;

/** Quoted after the clauses that state the fact: headings, which name a topic, and definitions, which explain a word. */
const quotedLast = (clause: ClassifiedClause): boolean => isHeading(clause) || DEFINES.test(clause.text);

/** The evidence in the order the surfaces quote it: the fact's own order, headings and definitions last. */
export function stated<T>(value: T, clauses: ClassifiedClause[]): Fact<T> {
  return { value, evidence: evidenceOf([...clauses.filter((c) => !quotedLast(c)), ...clauses.filter(quotedLast)]) };
}
