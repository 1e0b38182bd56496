// sells_data: whether the policy says it sells (or rents) personal data.
import type { Statement } from '../statements/extract';
import { BULLET, looksLikeHeading, readsAsTitle } from '../classify/layout';
import { heldForThePersonsSay, namesAControl, polarityAt, statementSpan, withheldFromOthers, type Polarity } from '../statements/polarity';
import type { ClassifiedClause } from '../types';
import { describesARight, notStated, sentenceAround, stated } from './clauses';
import { defineFact, yesNo, type FactInput } from './definition';
import { NOT_PERSONAL_DATA } from './lexicon';
import { FIRST_PERSON } from '../vocabulary/parties';
import { BUSINESS_CHANGES_HANDS } from '../vocabulary/business-transfer';

/** "sell, rent, or share", "rent or sell", "sell, trade or loan", "sell, or even show", "sell or in any way monetize": the verbs a sale is coordinated with. */
const COORDINATED_VERBS = String.raw`(?:\s*,?\s*(?:(?:or|and|nor|\/)\s*)?(?:otherwise\s+|even\s+|in\s+any\s+(?:other\s+)?(?:way|manner)\s+)?(?:rent|sell|trade|lease|loan|share|distribute|transfer|disclose|exchange|give|(?:sub)?licen[cs]e|barter|transmit|resell|market|misuse|use|provide|show|reveal|moneti[sz]e)\w*(?:\s+out)?){0,4}`;
/** The object of the verb is personal data: "sell (or rent) your personal information", not "sell products" or "our business". */
const DATA_OBJECT = new RegExp(
  String.raw`^\s*(?:out\s+)?${COORDINATED_VERBS}(?:\s+to\s+(?:(?:any\s+)?(?:outside|third|other|external|unaffiliated)[- ](?:parties|party|companies|organi[sz]ations)|anyone|anybody)\b)?,?\s*(?:(?:each|all|any|some|none) of\s+)?(?:(?:any|all|the)\s+rights?\s+(?:to|in)\s+)?(?:(?:the|these|those|such|certain|some)\s+)?(?:(?:following|above|listed|\d+)\s+)?(?:(?:categories|types|kinds|pieces) of\s+)?(?:(?:your|the|our|any|such|this|that|their|its|users['’]?|customers['’]?|customer|consumers['’]?|subscriber|member|personal|contact|browsing|location|usage|e-?mail|other|ccpa|cpra|identification|identifiable|identifying|account|billing|financial|sensitive)\s+){0,3}(?:(?:[a-z-]+,\s+){1,3}(?:[a-z-]+\s+)?(?:and|or|and\/or)\s+(?:[a-z-]+\s+){0,2}|(?:[a-z-]+\s+(?:(?:and|or|and\/or)\s+)?){0,3})(?:information|info|data|details|history|records|profiles?|PII|PI|addresses|address|lists?|contacts|e-?mail addresses|names?|phone numbers?|identifiers)\b`,
  'i',
);
/** "sell or share aggregated data about our users", "sell, license, and share this aggregated information": data that identifies no one is what is sold. */
const SOLD_UNIDENTIFIED = new RegExp(
  String.raw`^\s*${COORDINATED_VERBS}\s*,?\s*(?:(?:the|such|certain|some|our|this|that|these|any)\s+)?(?:[\w-]+,?\s+(?:and\s+|or\s+)?){0,2}?${NOT_PERSONAL_DATA}(?!,?\s+(?:or|and|and\/or)\s+(?:personal|identifiable|identifying|identified|un-?aggregated|non-?aggregated|disaggregated)\b)`,
  'i',
);
/** "Your personal data will not be sold", "data you submitted will never be misused, rented or sold": the data comes first, in the passive. */
const DATA_SUBJECT = /\b(?:information|info|data|details?|PII|addresses)\b[^.;]{0,60}\b(?:is|are|be|been|being)\s+(?:\w+,?\s+){0,4}$/i;
/** "will not sell your data to third parties for their marketing": a scoped denial, no promise about sale as such. */
const ABOUT_A_SALE = /\b(?:business|assets|company|companies|products?|services|goods|tickets|merger|acquisition|shares|stock)\b/i;
/** "If we are involved in a merger … your data will be sold or transferred as part of it": the business changes hands, not a trade in data. */
const BUSINESS_TRANSFER = new RegExp(BUSINESS_CHANGES_HANDS, 'i');

/** "the California Consumer Privacy Act (CCPA) applies to you and regulates how we should act in respect to …": what a law covers. */
const A_LAWS_SCOPE = /\b(?:act|law|laws|CCPA|CPRA|GDPR|regulations?|statutes?)\b\W*(?:\([A-Z]+\)\W*)?[^.;]{0,60}\b(?:regulates?|governs?|covers?|addresses)\b[^.;]*$/i;

/** Nothing before the word but an enumerator or a quote mark: "B. “Sales”", "3) Sale". */
const OPENS_THE_CLAUSE = /^\W*(?:[A-Za-z0-9]{1,3}[.)]\s*)?["“‘']?$/;
const RUN_IN_HEADING = /^[^.:;]{0,60}:/;

const OUTSIDE_THE_COMPANY = /\s+outside\s+(?:the|our)\s+(?:company|organi[sz]ation|group)\b/i;
/** The closing quote of a verb in the laws' quotes, and an aside in brackets: neither is what is sold. */
const CLOSING_QUOTE = /^["”’']/;
const ASIDE = /^\s*\([^()]{0,120}\)/;
const QUOTES = /["“”‘]|’(?=\s|$)/g;
const COORDINATED_THEN_ASIDE = new RegExp(String.raw`^(${COORDINATED_VERBS})\s*\([^()]{0,120}\)`, 'i');
/** "the “sale” or “sharing” of your data": the noun, its closing quote and a second noun, up to "of". */
const NOUN_THEN_OF = /^\s*["”’']?\s*(?:(?:or|and|\/)\s*["“‘']?[\w-]+["”’']?\s*)?of\b/i;
/** "… whether we sell", "whether or not Acme has sold": the sale asked about, neither affirmed nor denied. */
const EMBEDDED_QUESTION = /\bwhether\s+(?:or not\s+)?(?:we|it|they|[A-Z][\w-]*)\s+(?:(?:have|has|had|do|does|did|will|may|might|ever)\s+){0,2}$/;
/** "the right to opt out of the sale of…", "ask us not to sell…": the law's wording of a right, which admits nothing (not a right "granted to them to collect", which is others'). */
const NAMED_AS_A_RIGHT = /\b(?:rights?(?!\s+(?:granted|given)\b)|request\w*|ask\w*|opt(?:s|ing)?[- ]out|direct(?:s|ed|ing)?|instruct\w*)\b[^.;:]*$/i;

/** "third parties routinely … buy and sell personal information": others are the sellers, and the operator is not in the sentence. */
const OTHER_SELLERS =
  /\b(?:third[- ]part(?:y|ies)|advertisers|data brokers|other (?:companies|websites|businesses|organi[sz]ations)|(?:many|most|some|several) (?:other )?(?:[\w-]+ )?(?:companies|websites|sites|apps|businesses|services|platforms|providers))\b/i;
/** "websites that display and sell it": the seller is the noun the relative clause hangs on, whoever else the sentence names. */
const SOLD_IN_A_RELATIVE = /\b(?:websites|sites|companies|brokers|apps|services|businesses|platforms|providers|people|others)\s+(?:that|which|who)\s+(?:[\w-]+\s+(?:and|or|and\/or)\s+)?$/i;
/** "… for monetary consideration to a person for that person to license or sell such information": the infinitive's own subject sells. */
const ANOTHER_SUBJECT_SELLS = /\bfor (?:that|the|a|another|such|this) (?:person|party|third party|recipient|buyer|purchaser)\s+to\s+(?:[\w-]+\s+(?:or|and)\s+)?$/i;
const othersSell = (before: string) =>
  SOLD_IN_A_RELATIVE.test(before) || ANOTHER_SUBJECT_SELLS.test(before) || (OTHER_SELLERS.test(before) && !FIRST_PERSON.test(before));

/** The words up to the sale's recipient or purpose. */
const firstPhrase = (after: string): string => after.split(/\b(?:to|for|with)\b/)[0] ?? '';

/** "we collect only the personal information we need, and we don't sell it", "neither stores any user data nor sells it": "it" is the data named before it in the sentence. */
const PRONOUN_OBJECT = /^\s*(?:it|them)\b/i;
const NAMES_DATA = /\b(?:(?:personal|your|users?['’]?|customers?['’]?|subscribers?['’]?) (?:information|data)|(?:information|data) (?:about|from) you)\b/i;
/** The sentence up to `at`, across "but" and "nor": "we store your user data but never sell it". */
const sentenceBefore = (text: string, at: number): string => text.slice(Math.max(text.lastIndexOf('. ', at), text.lastIndexOf('; ', at)) + 1, at);
/** "nor shares, sells or rents it": "shares" there is a verb coordinated with the sale, not stock. */
const COORDINATED_SHARES = /\bshares\b(?=,|\s+(?:or|and|nor)\b)/gi;
const soldByPronoun = (after: string, sentenceBefore: string): boolean =>
  PRONOUN_OBJECT.test(after) && NAMES_DATA.test(sentenceBefore) && !ABOUT_A_SALE.test(sentenceBefore.replace(COORDINATED_SHARES, ''));

const TRADE_AS_A_NOUN = /^\s+(?:name|as|history|activit(?:y|ies)|accounts?|balances?|platforms?|partners?|unions?|secrets?|shows?|fairs?|marks?|associations?|address(?:es)?)\b/i;

/** Is what the sale statement sells personal data? */
function sellsPersonalData(text: string, statement: Statement): boolean {
  if (!statement.verb) return false;
  const { at, word } = statement.verb;
  // "Acme, a trading name of Acme Ltd", "main trading address", "trading history and balances", "trade union membership", "trade shows":
  // a name, the person's own trades or a noun the word qualifies, not a trade in data.
  if (/^trad/i.test(word) && TRADE_AS_A_NOUN.test(text.slice(at + word.length))) return false;
  // "records containing client personal data, trading information, …": the person's trades, not a trade in data.
  if (/^trading$/i.test(word) && /^\s+(?:information|data|details|records)\b/i.test(text.slice(at + word.length))) return false;
  // "Sale of Information: We have not sold …": a run-in heading names the topic; the sentence after it states it.
  const runIn = RUN_IN_HEADING.exec(text);
  if (runIn && at < runIn[0].length && readsAsTitle(runIn[0])) return false;
  const { start, end } = statementSpan(text, at);
  // Long enough for "sell, trade, or otherwise transfer to outside parties your personally identifiable information",
  // and no further than the statement: the next sentence's "services" is not what is sold.
  const rest = text.slice(at + word.length, Math.min(end, at + word.length + 120));
  const before = text.slice(Math.max(0, at - 80), at);
  // An affirmed sale "as part of" a merger is the business changing hands; a denial excepting it is polarity's to read.
  if (statement.polarity === 'affirmed' && BUSINESS_TRANSFER.test(text.slice(start, end))) return false;
  // "the CCPA … regulates how we should act in respect to the collection, possession, and sale of your data": the law's scope.
  if (A_LAWS_SCOPE.test(text.slice(start, at))) return false;
  if (NAMED_AS_A_RIGHT.test(text.slice(Math.max(start, at - 80), at))) return false;
  // "The CCPA requires us to disclose whether we sell your personal information": a question, not an answer.
  if (EMBEDDED_QUESTION.test(text.slice(start, at))) return false;
  // "Do Not Sell My Personal Information" is a link in the person's words, not a statement about sales.
  if (namesAControl(text, at)) return false;
  if (othersSell(text.slice(start, at))) return false;
  // A verb in the laws' quotes ("we may “sell” your data") sells what follows the closing quote.
  // "does not sell (as such term is defined in the CCPA) the personal information": the aside is not the object.
  // "We do not “sell” or “share” (as those terms are defined) personal information": quotes and the aside go.
  // "… or otherwise transfer outside the company personally identifiable information": where it would go, not what is sold.
  const after = rest.replace(CLOSING_QUOTE, '').replace(QUOTES, '').replace(ASIDE, '').replace(COORDINATED_THEN_ASIDE, '$1').replace(NOUN_THEN_OF, '').replace(OUTSIDE_THE_COMPANY, '');
  // The noun sells only what follows "of" ("the sale of your data"); "sales information" is about sales.
  // Opening its clause ("B. “Sales” of Personal Data under the CCPA For purposes of …"), it names a topic.
  if (/^sales?$/i.test(word) && OPENS_THE_CLAUSE.test(text.slice(0, at))) return false;
  if (/^sales?$/i.test(word)) return after !== rest && DATA_OBJECT.test(after) && !ABOUT_A_SALE.test(firstPhrase(after.slice(0, 80)));
  // "In case Acme is sold, the information…", "If we are reorganised or sold, your personal data …": in the passive,
  // what follows is not what is sold. "has never been to sell data" is no passive: "to" begins an infinitive.
  const passive = /\b(?:is|are|was|were|be|been|being|gets?|got)\s+(?:(?!to\b)\w+\s+(?:(?:or|and)\s+)?)?$/i.test(before);
  if (!passive && SOLD_UNIDENTIFIED.test(after)) return false;
  const aboutData = (!passive && (DATA_OBJECT.test(after) || soldByPronoun(after, sentenceBefore(text, at)))) || DATA_SUBJECT.test(before);
  // What is sold is named near the verb; a business word further on ("… users of the Services") is not it.
  return aboutData && !ABOUT_A_SALE.test(firstPhrase(after.slice(0, 80)));
}


/**
 * A disclosure the policy itself calls a sale or "sharing" in the privacy laws' sense: "this is deemed
 * 'sharing' under California law", "may be considered a 'sale'", "arrangements that may meet the broad definition of “sale”", "we share … for cross-context
 * behavioral advertising". The laws' wording of a right ("opt out of sharing for cross-context…") admits nothing.
 */
const CALLED_A_SALE =
  /\b(?:definition|meaning) of ["“'‘]?(?:a )?(?:sale|selling|sell)["”'’]?\b[^.]{0,80}\b(?:may|might|could|can|would)? ?(?:include|includes|cover|covers|encompass(?:es)?)\s+(?:our |the )?(?:shar|disclos|provid|permitt|allow|lett)\w+|\b(?:meets?|fall(?:s)? (?:within|under)|satisf(?:y|ies)) the (?:[\w-]+ )?definitions? of\s+["“”'‘’]?(?:a\s+)?["“”'‘’]?(?:sale|sales|selling|sell|sharing|share)\b|\b(?:deemed|considered|construed as|treated as|constitutes?|qualif(?:y|ies) as|amounts? to)\s+(?:to be\s+|as\s+)?(?:an?\s+|the\s+)?(?:disclosures? for the purposes? of\s+(?:an?\s+)?)?["“”'‘’]?(?:sale|sales|selling|sharing)\b|\b(?:share|shares|sharing|disclose|disclosing|use|uses|using)\b[^.]{0,160}\b(?:for|such as|including) (?:the purposes? of )?(?:[\w-]+,? (?:or )?){0,3}cross[- ]context(?:ual)? behaviou?ral advertising\b|\b(?:share|shares|shared|sharing|disclose|discloses|disclosed|disclosing)\b[^.]{0,120}\bwith (?:(?:our|its|their|third[- ]party|certain|trusted|selected?) )*(?:advertisers|advertising (?:partners|networks|companies)|ad partners)\b[^.]{0,200}\b(?:target(?:ed|ing)? (?:ads|advertisements|advertising)|(?:show|display|deliver|serve)s? (?:you )?(?:targeted |personali[sz]ed |interest[- ]based )?(?:ads|advertisements))\b|\b(?:share|shares|shared|sharing|disclose|discloses|disclosed|disclosing)\b[^.]{0,160}\b(?:enable|allow|help|permit)s? them to (?:provide|show|serve|deliver|display) (?:you )?(?:with )?(?:more )?(?:targeted|personali[sz]ed|interest[- ]based) (?:ads|advertisements|advertising)\b/i;
/** The branches of CALLED_A_SALE that quote the laws ("deemed a sale", "cross-context behavioral advertising"), not those inferring a sale from ads. */
const NAMES_THE_LAWS_TERM = /\b(?:definitions?|meaning|deemed|considered|construed|treated|constitutes?|qualif(?:y|ies)|amounts?|meets?|falls?|satisf(?:y|ies))\b|\bcross[- ]context/i;
const CALLING_VERBS = /\b(?:deemed|considered|treated|constitutes?|qualif(?:y|ies)|amounts?|share|shares|sharing|disclose|disclosing|use|uses|using)\b/gi;

/** "opt out of these “sales” or “sharing”": the laws' term in quotes, pointing back at sales the policy describes. */
const THESE_SALES = /\b(?:these|such)\s+["“‘']sales?["”’']/i;

function calledASale(text: string): boolean {
  const these = THESE_SALES.exec(text);
  if (these) return polarityAt(text, these.index) === 'affirmed';
  const match = CALLED_A_SALE.exec(text);
  if (!match) return false;
  if (NAMED_AS_A_RIGHT.test(text.slice(0, match.index))) return false;
  // Data given to ad partners is a sale inferred, not named: on the person's opt-in ("With your consent, we share …") it is none.
  if (!NAMES_THE_LAWS_TERM.test(match[0]) && ONLY_ON_CONSENT.test(sentenceAround(text, match.index))) return false;
  // The verb nearest the law's term is the one that calls it a sale: "While we use these cookies …, we do not
  // “share” data for cross-context behavioral advertising" denies it.
  const verbs = [...match[0].matchAll(CALLING_VERBS)];
  const nearest = match.index + (verbs.at(-1)?.index ?? 0);
  // "… and whether we sell or share such Personal Information for cross-contextual behavioral advertising": asked, not said.
  if (EMBEDDED_QUESTION.test(text.slice(0, nearest).replace(/\b\w+\s+(?:or|and|and\/or)\s+$/i, ''))) return false;
  return polarityAt(text, nearest) === 'affirmed';
}

/** "does not sell your data for money; however, Acme does engage in advertising practices that might be considered sharing or sale": the denial, then what the laws call a sale. */
const CONTRAST = /\b(?:however|but|although|though|yet|nevertheless)\b/i;
function calledASaleAfterAContrast(text: string): boolean {
  const match = CALLED_A_SALE.exec(text);
  return match !== null && CONTRAST.test(text.slice(0, match.index));
}

/** "We do not sell personal information in the traditional sense": a denial that leaves the laws' sense of a sale open. */
const ONLY_IN_SOME_SENSE =
  /\b(?:in|under) (?:the|a|its) (?:(?:most|more|strict|narrow) )?(?:traditional|conventional|ordinary|common|usual|classic|typical|colloquial|everyday|literal)(?:ly understood)? (?:sense|meaning|definition|way)\b|\bas (?:most people understand it|(?:the|that) (?:term|word) (?:["“'‘]?\w+["”'’]? )?is (?:commonly|traditionally|generally|usually|ordinarily) understood)\b/i;

/** Who gets data to choose ads with it: advertisers, ad or marketing partners and networks, social platforms. */
const AD_RECIPIENT = String.raw`(?:advertisers|ad(?:vertising)?(?:[- ]tech(?:nology)?)? (?:partners?|networks?|companies|platforms?|providers?|vendors?)|advertising technology (?:partners?|companies|providers?)|marketing partners|(?:social (?:media|networking)|third[- ]party) (?:platforms?|networks?|sites|companies|services)|(?:(?:social media|third[- ]party) )?platform providers|third[- ]part(?:y|ies)|(?:our |certain |trusted |selected? )?partners)`;
/** "share … with advertising partners", "provide … to third-party platforms", "provide ad companies with information": data given, then to whom. */
const GIVES_TO_A_RECIPIENT = new RegExp(
  String.raw`\b(?:share|shares|shared|sharing|disclose|discloses|disclosed|disclosing|provide|provides|provided|providing|give|gives|transfer|transfers|transferred|transmit|transmits|transmitted|pass|passes|passed|send|sends|make available|made available)\b(?=[^.;]{0,150}?\b(?:with|to) (?:(?:[\w-]+ ){1,4}?(?:and|or) )?(?:(?:our|its|their|certain|trusted|selected?|these|such|other|various|the|some|relevant|unaffiliated|non-affiliated|external|independent)\s+)*${AD_RECIPIENT}\b|\s+(?:(?:our|its|their|certain|trusted|selected?|these|such|other|the|some)\s+)*${AD_RECIPIENT}\s+with\s+(?:[\w-]+\s+){0,4}(?:information|data|identifiers?|e-?mail address(?:es)?)\b)`,
  'gi',
);
/** What for: ads chosen for the person ("targeted ads", "to serve you relevant ads"). */
const AD_PURPOSE =
  /\b(?:(?:targeted|targeting|personali[sz]ed|interest[- ]based|behaviou?ral|relevant|customi[sz]ed|tailored|cross[- ]context(?:ual)?)(?: [\w-]+)? (?:ads|advertisements|advertising|offers)|target(?:ing)? (?:ads|advertisements|advertising|marketing)|(?:purposes? of|for) targeting\b|(?:serve|serving|deliver|delivering|show|showing|display|displaying|provide|providing) (?:you |users |people )?(?:with )?(?:more )?(?:[\w-]+ ){0,2}(?:ads|advertisements)\b)/i;
/** Data no one can be told apart by: giving it to advertisers is no sale of personal data. */
const NOT_PERSONAL = new RegExp(
  String.raw`(?:${NOT_PERSONAL_DATA}|\bnot (?:personally )?identif\w+\b|\b(?:does|do) not (?:personally )?identify\b)(?! (?:information|data) (?:that|which) (?:includes?|contains?)\b[^.]{0,20}\bpersonal (?:information|data)\b)`,
  'i',
);
/** "vendors and other service providers who provide services such as … targeted advertising": they work for the operator. */
const WORKS_FOR_US = /\b(?:service providers?|vendors?|processors?|contractors?|on (?:our|its) behalf)\b/i;
/** "data you accepted to share with partners": the person gives, not the operator. */
const THE_PERSON_GIVES = /\byou\s+(?:(?:have\s+)?\w+\s+(?:to\s+)?)?$/i;
/** "provide you with relevant advertising": the person is given to. */
const TO_THE_PERSON = /^\s+you\b/i;
/** "If you have given your consent to receiving our personalised advertising, we share…", "If you give your consent, …", "With your consent, we share…": only on the person's opt-in. */
const ONLY_ON_CONSENT =
  /^\W*(?:[^:.]{0,60}:\s*)?(?:(?:if|where|when|once|provided that)\s+you\s+(?:have\s+)?(?:(?:give|gave|given|grant|granted|provide|provided)\s+(?:us\s+)?(?:your\s+)?(?:explicit\s+|express\s+|prior\s+)?consent|consent(?:ed)?|opt(?:ed)?[- ]in)\b|(?:with|upon|subject to|based on)\s+your\s+(?:explicit\s+|express\s+|prior\s+)?consent\b)/i;

/** "does not “sell” your personal information as we understand that term to be defined by the California Consumer Privacy Act": a denial in the laws' own sense. */
const IN_THE_LAWS_TERMS =
  /\b(?:as (?:(?:that|the|such|this|those) )?(?:terms?|words?)\b[^.;]{0,40}\bdefined|as defined|within the meaning|(?:under|by|in) the (?:CCPA|CPRA|California)|CCPA|CPRA)\b/i;

/**
 * Data given to advertisers to target ads, the laws' "sharing" described without its name: "We may share a common account
 * identifier … with our third-party advertising partners … to serve targeted ads to you", "We provide ad companies with
 * information that allows them to serve you with more relevant ads". Ads shown with partners' help and no data given,
 * or aggregate data given, are no sale.
 */
function givesDataForAds(text: string): boolean {
  // The purpose is rare and cheap to find; the giving verbs are common and their look-ahead is not.
  if (!AD_PURPOSE.test(text)) return false;
  for (const match of text.matchAll(GIVES_TO_A_RECIPIENT)) {
    const at = match.index ?? 0;
    const sentence = sentenceAround(text, at);
    if (!AD_PURPOSE.test(sentence) || NOT_PERSONAL.test(sentence) || WORKS_FOR_US.test(sentence) || ONLY_ON_CONSENT.test(sentence)) continue;
    if (THE_PERSON_GIVES.test(text.slice(Math.max(0, at - 30), at)) || TO_THE_PERSON.test(text.slice(at + match[0].length))) continue;
    if (NAMED_AS_A_RIGHT.test(text.slice(Math.max(0, at - 80), at))) continue;
    if (polarityAt(text, at) === 'affirmed') return true;
  }
  return false;
}

/** "Demand-side providers for targeted advertisement", "Advertising partners who show you interest-based ads": an item that opens by naming who gets the data. */
const OPENS_WITH_A_RECIPIENT =
  /^\W*(?:[\w-]+\s+){0,3}?(?:advertisers|companies|providers|partners|networks|platforms|agencies|vendors|brokers|businesses|organi[sz]ations|third[- ]parties)\b/i;
/** Ads chosen for the person, named as such: a list item is too short to read "serve advertisements" as targeting. */
const CHOSEN_FOR_THE_PERSON = /\b(?:targeted|targeting|personali[sz]ed|interest[- ]based|behaviou?ral|re-?targeting|re-?marketing|cross[- ]context(?:ual)?)\b/i;
const HELPS_US = /\b(?:assist|help)(?:s|ing)? us\b/i;

/** The line a bullet belongs to: the nearest clause before it that is not a bullet. */
function listIntroduction(clause: ClassifiedClause, clauses: readonly ClassifiedClause[]): ClassifiedClause | undefined {
  for (let i = clauses.indexOf(clause) - 1; i >= 0; i--) if (!BULLET.test(clauses[i]!.text)) return clauses[i];
  return undefined;
}

/**
 * A recipient listed under a line that gives data away ("We share some of the information you provide us with:" then
 * "• Demand-side providers for targeted advertisement"): the item names who gets it and that it is for ads chosen for the person.
 */
function listedAsAnAdRecipient(clause: ClassifiedClause, input: FactInput): boolean {
  const item = clause.text;
  if (!BULLET.test(item) || !OPENS_WITH_A_RECIPIENT.test(item.replace(BULLET, '')) || !CHOSEN_FOR_THE_PERSON.test(item)) return false;
  if (NOT_PERSONAL.test(item) || WORKS_FOR_US.test(item) || HELPS_US.test(item)) return false;
  const intro = listIntroduction(clause, input.clauses);
  if (!intro || !/:\s*$/.test(intro.text) || WORKS_FOR_US.test(intro.text) || NOT_PERSONAL.test(intro.text) || ONLY_ON_CONSENT.test(intro.text)) return false;
  return (input.statements.get(intro.index) ?? []).some((s) => s.action === 'share' && s.polarity === 'affirmed');
}

type SalePolarity = Polarity | 'in-the-laws-sense';

/** The laws' section titles run long: "Notice of Sale or Sharing of Personal Information for a Business Purpose" is twelve words. */
const LONGEST_TITLE_WORDS = 16;

/** "6. Selling data to third parties": a numbered section's heading, in sentence case, names its topic. */
const numberedHeading = (text: string): boolean => /^\s*\d+(?:\.\d+)*\.?\s+\S/.test(text) && looksLikeHeading(text);

/** "We do not knowingly sell the personal information of consumers under 16 years of age": a denial scoped to minors, which the laws ask of sellers too. */
const ONLY_MINORS =
  /\b(?:of|from|about)\s+(?:(?:consumers|users|individuals|persons|people|residents|children|minors|kids)\s+)?(?:(?:who are|aged)\s+)?(?:under|younger than|less than|below)\s+(?:the age of\s+)?(?:1[3-8]|thirteen|sixteen)\b|\b(?:minors|children|kids)['’]?s?\s+(?:personal\s+)?(?:information|data)\b|\b(?:information|data)\s+(?:of|from|about)\s+(?:minors|children|kids)\b/i;

/** The minors named in the denial itself, up to a second denial ("does not “sell” Personal Data, nor … of minors under 16" denies every sale). */
function deniedOnlyForMinors(text: string, at: number): boolean {
  const own = text.slice(at, statementSpan(text, at).end).split(/\bnor\b|;/)[0]!;
  return ONLY_MINORS.test(own);
}

/** The polarity of each sale of personal data a clause speaks of. */
function salesIn(clause: ClassifiedClause, input: FactInput): SalePolarity[] {
  // A title ("Sales of Personal Information.", "Notice of Sale or Sharing of Personal Information for a Business Purpose") names a section; it states nothing.
  if (readsAsTitle(clause.text, LONGEST_TITLE_WORDS) || numberedHeading(clause.text)) return [];
  return (input.statements.get(clause.index) ?? [])
    .filter((s) => s.action === 'sell' && sellsPersonalData(clause.text, s) && !withheldFromOthers(clause.text, s.verb!.at))
    .filter((s) => s.polarity === 'affirmed' || !deniedOnlyForMinors(clause.text, s.verb!.at))
    .map((s) => {
      const { start, end } = statementSpan(clause.text, s.verb!.at);
      if (s.polarity !== 'affirmed' && ONLY_IN_SOME_SENSE.test(clause.text.slice(start, end))) return 'in-the-laws-sense';
      // "We will not sell your data without your permission": no sale the person has not agreed to.
      return s.polarity === 'conditional' && heldForThePersonsSay(clause.text, s.verb!.at) ? 'denied' : s.polarity;
    });
}

/**
 * Read from every clause: a sale may sit in any section. A plain statement that it sells data
 * wins over a denial elsewhere (denials are often scoped); otherwise a plain denial means it
 * does not sell. A denial with a way out ("except to our partners", "without your consent")
 * promises nothing (docs/scoring.md).
 */
export function sellsData(input: FactInput) {
  const sales = input.clauses.map((clause) => ({ clause, polarities: salesIn(clause, input) }));
  const where = (polarity: SalePolarity): ClassifiedClause[] => sales.filter((s) => s.polarities.includes(polarity)).map((s) => s.clause);
  // A sale the polarity reads as affirmed in a clause the classifier reads as a denial is too unsure to count,
  // and one in a clause read as a right alone describes the right ("• the categories of data we sold").
  // A disclosure the policy calls a sale counts even beside the right to stop it ("This is deemed 'sharing'; you can turn this off").
  const affirmed = new Set(where('affirmed'));
  // Unless the clause also denies a sale, which is the denial the classifier saw ("while we do not sell…, we may “sell”…").
  const deniedBeside = new Set(sales.filter((s) => s.polarities.some((p) => p !== 'affirmed')).map((s) => s.clause));
  // A sale denied only "in the traditional sense" is admitted in the laws' sense, whatever the classifier reads.
  const inTheLawsSense = new Set(where('in-the-laws-sense'));
  // Data given to advertisers is the laws' "sharing" only by inference: a denial in the laws' own terms outweighs it.
  const deniedInTheLawsTerms = where('denied').some((c) => IN_THE_LAWS_TERMS.test(c.text));
  const yes = input.clauses.filter(
    (c) =>
      (affirmed.has(c) && !describesARight(c, 'sharing') && (!c.negated || deniedBeside.has(c))) ||
      ((!c.negated || (deniedBeside.has(c) && calledASaleAfterAContrast(c.text))) && calledASale(c.text)) ||
      (!c.negated && !describesARight(c, 'sharing') && !deniedInTheLawsTerms && (givesDataForAds(c.text) || listedAsAnAdRecipient(c, input))) ||
      inTheLawsSense.has(c),
  );
  if (yes.length) return stated(true, yes);
  const no = where('denied');
  return no.length ? stated(false, no) : notStated<boolean>();
}

export const sells = defineFact<'sells_data'>({
  key: 'sells_data',
  label: 'Sells data',
  cue: /\b(?:sell\w*|sold|sales?|rent\w*|resell\w*|advertis\w*)\b/i,
  extract: sellsData,
  weight: 20,
  category: 'sharing',
  unknown: 'Does not say whether it sells your data',
  judge: (sells) => (sells ? { fraction: -1, reason: 'Sells your data' } : { fraction: 1, reason: 'Says it never sells your data' }),
  phrase: (sells) => (sells ? 'sells your data' : 'says it never sells your data'),
  cell: yesNo,
});
