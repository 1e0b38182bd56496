// The typed contract between pipeline stages. Every stage is a pure function
// from one of these shapes to the next; nothing here touches the browser.

export const CATEGORIES = ['collection', 'sharing', 'retention', 'transfer', 'rights'] as const;
export type Category = (typeof CATEGORIES)[number];

export const DATA_ITEMS = [
  'name',
  'address',
  'phone',
  'email',
  'id-number',
  'payment-details',
  'company-details',
  'ip-address',
  'device-info',
  'browsing-activity',
  'location',
  'cookies',
  'identity-documents',
  'job-application',
  'purchase-history',
  'communications',
] as const;
export type DataItem = (typeof DATA_ITEMS)[number];

export const RIGHTS = [
  'access',
  'correction',
  'deletion',
  'objection',
  'restriction',
  'portability',
  'complaint',
  'withdraw-consent',
  'opt-out-marketing',
] as const;
export type Right = (typeof RIGHTS)[number];

/** What the caller hands to `analysePolicy`. */
export interface PolicyInput {
  /** `html` is a whole page or fragment; `text` is plain text. */
  kind: 'html' | 'text';
  content: string;
  /** Where the content came from (page URL or file path); informational only. */
  url?: string;
  /** A title to fall back on when the content has none. */
  title?: string;
  /** Embedded frames the caller could not read (another site's) and left out of `content`. */
  unreadFrames?: number;
}

/** Output of `extractPolicy`: the readable policy text of a page. */
export interface ExtractedPolicy {
  title: string;
  /** Policy text, paragraphs separated by blank lines, list items on their own lines. */
  text: string;
  source: 'html' | 'text';
  url?: string;
  /** Problems met while extracting (truncated, mostly markup, …), for the report. */
  warnings: string[];
}

/** Output of `segmentClauses`: one sentence, list item or numbered clause. */
export interface Clause {
  index: number;
  text: string;
  /** Character offsets into `ExtractedPolicy.text`: `text === policy.text.slice(start, end)`. */
  start: number;
  end: number;
}

/** Output of `classifyClause`. */
export interface ClauseClassification {
  /** Zero or more categories, in `CATEGORIES` order. */
  labels: Category[];
  /** True when the clause rules the labelled practice out ("We do not transfer …"). */
  negated: boolean;
  /** The `reason` of every rule that fired, for explaining a label. */
  reasons: string[];
  /**
   * Categories the model leans to without reaching the label's threshold (at least
   * `LEANING_SHARE` of it). Never shown as labels: the facts read these clauses too, and their
   * own wording tests keep them precise (docs/classifier.md, "From scores to labels").
   */
  leaning?: Category[];
}

export interface ClassifiedClause extends Clause, ClauseClassification {}

/** A clause a fact rests on. */
export interface Evidence {
  clause: number;
  text: string;
  /** Where the words that state the fact begin, in a clause too long to quote whole; quoted from its start when absent. */
  at?: number;
  /** Why the classifier gave this clause the finding's category, in words (category cards only). */
  why?: string;
}

export interface Fact<T> {
  /** `null` means the policy does not say. */
  value: T | null;
  evidence: Evidence[];
}

/** One retention period as the policy words it, with what it applies to when the clause names it. */
export interface RetentionPeriod {
  /** "for a maximum of 5 years", "as long as necessary", "indefinitely". */
  phrase: string;
  /** What is kept ("emails sent to us"), when the clause names it. */
  subject?: string;
  /** How long a cookie lasts on your device, not how long the provider keeps your data. */
  cookie?: true;
  /** Index of the clause that states it. */
  clause: number;
}

/** How long data is kept: the periods stated, and what they add up to for scoring. */
export interface Retention {
  /** `fixed`: a length of time or an end (account closed, not stored); `vague`: only "as long as necessary"; `indefinite`: kept for ever. */
  kind: 'fixed' | 'vague' | 'indefinite';
  periods: RetentionPeriod[];
}

/** Where data is said to be stored: places named, and places it is only said to be outside of. */
export interface StorageLocation {
  places: string[];
  /** "outside the EEA": says where it is not, not where it is. */
  outside: string[];
}

/** Same keys as the hand-read fact sheets in `test/fixtures/facts.json` (retention and storage are typed here, free text there). */
export interface PolicyFacts {
  collects: Fact<DataItem[]>;
  shares_with_third_parties: Fact<boolean>;
  sells_data: Fact<boolean>;
  marketing_without_consent: Fact<boolean>;
  retention: Fact<Retention>;
  cross_border_transfer: Fact<boolean>;
  storage_location: Fact<StorageLocation>;
  rights: Fact<Right[]>;
  laws: Fact<string[]>;
  security_measures_described: Fact<boolean>;
  breach_notification: Fact<boolean>;
}
export type FactKey = keyof PolicyFacts;

export type Grade = 'A' | 'B' | 'C' | 'D' | 'E';

/** One line of the score table applied to this policy. */
export interface ScorePoint {
  fact: FactKey;
  /** Points awarded (negative for practices that hurt the user, 0 when unknown). */
  points: number;
  /** The most points this line could give or take. */
  weight: number;
  /** `unknown` when the policy does not say: shown, never silently counted. */
  status: 'good' | 'bad' | 'neutral' | 'unknown';
  /** Plain-language reason shown to the user. */
  reason: string;
  evidence: Evidence[];
}

/** Why a report has no grade: Policy Lens cannot read the language, or the text says too little to grade. */
export interface GradeWithheld {
  reason: 'not-english' | 'thin-coverage' | 'not-a-policy';
  /** For the user, in place of the grade. */
  message: string;
}

export interface PolicyScore {
  /** 0–100, higher is better for the user; not a grade when `grade` is null. */
  score: number;
  /** `null` when there is not enough to grade on; `gradeWithheld` says why. */
  grade: Grade | null;
  gradeWithheld?: GradeWithheld;
  points: ScorePoint[];
  /** Share (0–1) of the score table's weight the policy says anything about. */
  coverage: number;
}

export interface CategorySummary {
  category: Category;
  /** Clauses labelled with this category (affirmative and negated). */
  clauses: number;
  negated: number;
  /** Plain-language findings for this category, each with its evidence. */
  findings: { text: string; evidence: Evidence[] }[];
}

export type Verdict = 'better' | 'worse' | 'same' | 'unknown';

export interface CategoryComparison {
  category: Category;
  verdict: Verdict;
  reason: string;
}

/** The kinds of provider references are grouped by (`other` for companies none fits). */
export const PROVIDER_KINDS = ['isp', 'mobile', 'hosting', 'cloud', 'registrar', 'email', 'vpn', 'other'] as const;
export type ProviderKind = (typeof PROVIDER_KINDS)[number];

/** The references a policy is ranked among; `null` means any kind, any country. */
export interface ComparisonGroup {
  kind: ProviderKind | null;
  /** ISO 3166-1 alpha-2. */
  country: string | null;
}

export interface ReferenceComparison {
  id: string;
  name: string;
  kind: ProviderKind;
  country: string;
  /** The date the policy states (YYYY-MM-DD or YYYY-MM), or null when it states none. */
  policyDate: string | null;
  score: number;
  /** `null` when the reference cannot be graded (`notGraded` says why): it is listed, never ranked. */
  grade: Grade | null;
  notGraded?: string;
  categories: CategoryComparison[];
}

export interface Comparison {
  /** 1-based rank of this policy among itself and the graded references of `group`, by score. */
  rank: number;
  of: number;
  /** The references `rank` and `of` count: the detected kind by default, or what the user chose. */
  group: ComparisonGroup;
  /** The kind read from the policy and its site, or null when they do not say clearly. */
  detectedKind: ProviderKind | null;
  /** Every reference (except this policy itself): graded ones by score, then the ungraded. */
  against: ReferenceComparison[];
}

/** Laws with a jurisdiction checklist; `uk-gdpr` uses the `gdpr` items. */
export const CHECKLIST_LAWS = ['gdpr', 'uk-gdpr', 'popia', 'pipeda', 'ccpa'] as const;
export type ChecklistLaw = (typeof CHECKLIST_LAWS)[number];

/** One thing the law says a notice must tell: addressed (with the clauses that do) or not found, never "violation". */
export interface ChecklistItemResult {
  id: string;
  article: string;
  status: 'addressed' | 'not-found';
  evidence: Evidence[];
}

export interface Checklist {
  law: ChecklistLaw;
  items: ChecklistItemResult[];
}

/** Where a reference policy's text comes from and what its source's licence asks for. */
export interface ReferenceSource {
  /** The collection the text was taken from, e.g. "Open Terms Archive". */
  name: string;
  /** The text's place in that collection (repository, path, commit), when it has one. */
  location?: string;
  licence: string;
  attribution: string;
}

/** A reference policy as shipped in the bundle: derived report only, analysed at build time. */
export interface ReferencePolicy {
  id: string;
  name: string;
  kind: ProviderKind;
  country: string;
  policyDate: string | null;
  url: string | null;
  source: ReferenceSource;
  /** The report without its clause list, with at most three short quotes per finding. */
  report: PolicyReport;
  /** Hashes of its substantial clauses, to recognise the same policy read from a web page. */
  fingerprint?: string[];
}

export interface PolicyReport {
  /** Schema version of this object; bump when its shape changes. */
  version: 1;
  /**
   * `ANALYSER_VERSION` of the Policy Lens that made the report; absent on reports stored
   * before there was one. A stored report is reused only while it matches.
   */
  analyserVersion?: string;
  title: string;
  url?: string;
  /** Length of the extracted text in characters. */
  length: number;
  /** Stable hash of the extracted text, to spot a changed policy. */
  textHash: string;
  /** Heuristic: does this read like a privacy policy or terms at all? */
  looksLikePolicy: boolean;
  /** Detected language (ISO 639-1) or 'unknown'; the classifier is English-only. */
  language: string;
  warnings: string[];
  clauses: ClassifiedClause[];
  categories: CategorySummary[];
  facts: PolicyFacts;
  score: PolicyScore;
  /** One per law that applies (named, the provider's country, or asked for); see docs/checklists.md. */
  checklists: Checklist[];
  /** Filled by `analysePolicy` when a reference set is given. */
  comparison?: Comparison;
}
