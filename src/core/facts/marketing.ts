// marketing_without_consent, as docs/scoring.md defines it: true when direct marketing
// reaches the person by default (with or without an opt-out), "where permitted by law",
// on legitimate interests, or on a consent bundled into accepting the terms or given once
// for every listed use; false only when marketing needs the person's prior opt-in; null
// when the policy does not speak of marketing to the person.
import { polarityAt, polarityOf } from '../statements/polarity';
import { isBareItem, notStated, stated } from './clauses';
import { defineFact, yesNo, type FactInput } from './definition';
import { FIRST_PERSON } from '../vocabulary/parties';
import { BULLET } from '../classify/layout';
import { UNSUBSCRIBES } from './lexicon';

/** "keep you up to date with our services": marketing news, in the two patterns below. */
const UP_TO_DATE = String.raw`up[- ]to[- ]date (?:with|on|about) (?:our |the latest |new )?(?:products|services|offers|news)`;
const MARKETING = new RegExp(
  String.raw`(?<!\bnon-?)\b(?:marketing|market (?:and \w+ )?(?:our |its |their |the )?(?:own )?(?:products|services|offerings)|(?:let you know|tell you|inform you) (?:about|of) (?:our |the |new |latest |other )?(?:products|services|offers|offerings)|promot(?:e|ing|ional|ions?)|special offers?|offers|newsletters?|advertis(?:ing|ements?|ers)|commercial prospecting|(?:information|updates|news) (?:about|on|of) (?:our |new |[a-z]+ ){0,3}(?:products|services|features)|(?:tell|inform) you (?:about|of) (?:our )?new (?:features|products|services|offerings)|(?:other|new|additional|related) (?:products|services)(?: (?:and|or) (?:products|services))?|recommend(?:s|ing|ations? (?:of|for))? (?:our |other |new )?(?:products|services)|(?:that|which) we (?:may )?(?:feel|think|believe) (?:may |might |will |would )?(?:be |are )?(?:of )?interest|(?:new|other|additional) (?:product|service)s? offerings?|keep you ${UP_TO_DATE}|keep you (?:informed|updated) (?:about|on|of) (?:our |the |new |latest |[a-z]+ ){0,3}(?:products|services))\b`,
  'i',
);
/** Marketing that reaches the person (not data shared for someone else's marketing). */
const TO_THE_PERSON = new RegExp(
  String.raw`\b(?:send(?:ing|s)?|sent|contact(?:ing|s)?|e-?mail(?:ing|s)?|call(?:ing|s)?|text(?:ing)?|(?:you (?:\w+ )?|to |of |stop |automatically )receiv(?:e|ing)|communicat(?:e|es|ing|ions? (?:from|about|regarding))|inform(?:ing)? you|notif\w* you|keep you (?:informed|updated|${UP_TO_DATE})|tell you|let you know|provid(?:e|ing) (?:you|clients|customers|users|subscribers) with|provid(?:e|ing) (?:you with )?(?:updates|news|information) (?:about|on|of)\b|(?:ask|give|offer) you\b|to (?:the )?(?:(?:existing|current|new|potential|prospective|our) )?(?:users|customers|clients|subscribers|members)\b|present(?:ing)? you|to you|prospecting|hear from us|promot(?:e|ing) (?:our|its|their) (?:own )?(?:products|services)|(?:conduct|carry out|perform|engage in)(?:ing|s)? (?:direct )?marketing (?:activities|campaigns)|marketing purposes|(?:use|process)\w* (?:the |your |this |such )?(?:personal )?(?:data|information) for the purposes? of (?:direct )?(?:advertising|marketing)\b|for (?:their|its|our) (?:own )?marketing|for (?:the purposes? of )?(?:direct |commercial )?(?:marketing|prospecting))\b`,
  'i',
);
/** A use listed on its own line: "Promotional offers", "Newsletters", "Marketing purposes". */
const BARE_PURPOSE =
  /^\s*(?:[•*–-]\s*|\(?[a-z0-9]{1,2}[.)]\s*)?(?:direct |our own )?(?:marketing|promotional (?:offers|messages|e-?mails|communications|materials?)|promotions|special offers|newsletters?)(?: purposes)?\s*[.;]?\s*$/i;
/** A line about what data is used for, which a bare purpose may be listed under. */
const ABOUT_USES = /\b(?:use[sd]?|using|purposes?|process\w*|reasons?|why)\b/i;
/** Advertising chosen for the person: marketing that reaches them by default unless the policy asks first. */
const TARGETED_ADS =
  /\bad[- ]targeting\b|\b(?:personali[sz]e|tailor) (?:the |their )?(?:ads|advertising|advertisements)(?: content)?\b|\btargeting (?:of )?(?:ads|advertising|advertisements)\b|\b(?<!\bnon[- ]?)(?:targeted|personali[sz]ed|customi[sz]ed|interest[- ]based|behaviou?ral|tailored|relevant)\s+(?:content,?\s+(?:and|or)\s+)?(?:ads?|advertising|advertisements|adverts)\b|\b(?:ads|advertising|advertisements)\b[^.]{0,80}\bbased on (?:your|users?['’]?|their) (?:\w+ )?(?:interests|activity|browsing|usage|behaviou?r|data|information|profiles?)\b|\b(?:ads|advertising|advertisements|adverts)\s+(?:that are\s+)?(?:relevant|tailored|targeted|personali[sz]ed)\s+to\s+(?:you|your)\b|\btarget\s+(?:[\w-]+\s+){0,4}(?:ads|advertising|advertisements|adverts|banners)\s+(?:to|at)\s+you\b|\bre-?(?:market|target)(?:s|ed|ing)?\b/i;
/** Every mention of ads chosen for the person, to set them aside and see what other marketing a clause names. */
const EVERY_TARGETED_AD = new RegExp(TARGETED_ADS.source, 'gi');
/** "We have no advertisements", "we do not show you any ads", "the site does not and will never show ads": no ads at all, which rules out ads chosen for the person. */
const NO_ADS =
  /\b(?:we|it|the (?:app|service|site|website))\s+(?:(?:do|does|will)\s+(?:not|never)|don['’]t|doesn['’]t|never|won['’]t)(?:,?\s+(?:and|or)\s+(?:will|shall)\s+(?:not|never),?)?\s+(?:show|display|serve|run|have|contain|include|use)\s+(?:you\s+)?(?:any\s+)?(?:ads|advertising|advertisements|adverts)\b|\b(?:we (?:have|show|display|serve)|there (?:are|is)|contains?)\s+no\s+(?:ads|advertising|advertisements|adverts)\b|^\W*(?:\d+(?:\.\d+)*\.?\s*)?no\s+(?:(?:targeted|personali[sz]ed|behaviou?ral)\s+)?(?:ads|advertising|advertisements|adverts)\b/i;
/** "GeoGebra doesn't permit any third party advertising in our apps": the operator, by name, rules ads out. */
const NAMED_NO_ADS =
  /\b[A-Z][\w&.-]+\s+(?:does not|doesn['’]t|will not|won['’]t|never)\s+(?:permit|allow|show|display|serve|run|have|contain|include|use)\s+(?:any\s+)?(?:third[- ]party\s+)?(?:ads|advertising|advertisements|adverts)\b/;
/** "Browse without targeted advertising!", "free of ads": none shown, unless a condition follows ("without ads if you subscribe"). */
const WITHOUT_ADS = /\b(?:without|free (?:of|from))\s+(?:any\s+)?(?:(?:targeted|personali[sz]ed|behaviou?ral|tracking)\s+)?(?:ads|advertising|advertisements|adverts)\b(?![^.]*\b(?:if|unless|when|opt)\b)/i;
/** "we don't spam": no unsolicited mailings, which rules out marketing sent without asking. */
const NO_SPAM = /\b(?:we|it)\s+(?:do not|don['’]t|never|will not|won['’]t|shall not)\s+(?:ever\s+)?spam\b/i;
const FOR_SOME_ONLY = /\b(?:children|child|kids|minors?|teens?|under (?:the age of )?\d+)\b/i;
/** Data passed to other companies for their marketing: sharing, not marketing to the person. */
const SHARED_FOR_MARKETING =
  /\b(?:shar|sell|sold|rent|disclos|pass|provided|transferr?ed|transmitted|given)\w*\b[^.]*\b(?:third part|partners|(?:other|these|such|those) (?:companies|organi[sz]ations)|affiliates|advertisers|(?:marketing|advertising|media) agencies)|\b(?:shar|sell|rent|disclos)\w*\s+(?:your\s+)?(?:personal\s+)?(?:information|data)\b[^.]{0,40}\bfor\b[^.]{0,20}\bmarketing\b/i;
/** The verbs of marketing reaching the person, whose polarity says whether it happens ("we will not send you offers"). */
const MARKETING_VERB = /\b(?:send|sent|sends|sending|contact|contacting|e-?mail|call|text|market|promote|used?|communicate|provide|serve|show|display|deliver)\b/i;
/** The verbs that may govern marketing words, the sharing ones included ("we do not share data for targeted ads"). */
const NEAREST_VERB = new RegExp(String.raw`${MARKETING_VERB.source}|\b(?:share|sell|disclose|employ|employs|analy[sz]e|process|contains?|includes?|carr(?:y|ies)|features?)\b`, 'gi');
/** "Analysis of the data for marketing purposes does not take place": the marketing said not to happen, in the passive. */
const DOES_NOT_HAPPEN = /\b(?:marketing|advertising)(?: purposes)?\s+(?:does|do|will)\s+not\s+(?:take place|happen|occur)\b/i;
/**
 * Denied when the first marketing verb is ("we will not use your data to send you offers") or the one nearest
 * the marketing words is ("While we use these cookies, we do not share data for behavioral advertising").
 */
function denies(text: string): boolean {
  if (polarityOf(text, MARKETING_VERB) === 'denied') return true;
  if (DOES_NOT_HAPPEN.test(text)) return true;
  const anchor = (TARGETED_ADS.exec(text) ?? MARKETING.exec(text))?.index ?? 0;
  const nearest = [...text.slice(0, anchor).matchAll(NEAREST_VERB)].at(-1);
  return nearest !== undefined && polarityAt(text, nearest.index) === 'denied';
}

/** Marketing asked about, not said to happen: "whether we sell or share … for … advertising". */
const ASKS_WHETHER = /\bwhether\s+(?:or not\s+)?(?:we|it|they)\s+(?:\w+\s+){0,8}(?:for|to)\b[^.;]{0,60}\b(?:advertis\w*|marketing)\b/i;

const REACHES_YOU = /\b(?:send|sent|contact|e-?mail|call|text|keep|inform|tell|notify|provide)\w*\s+you\b|\bto you\b/i;
// Narrower than lexicon's NOT_PERSONAL_DATA: with "anonymous" and "non-personally identifiable" four dev sheets' readings
// move, which count "non-personally identifiable visitor information may be provided to other parties for marketing" as marketing.
const NOT_PERSONAL = /\b(?:aggregated?|anonymi[sz]ed|de-?identified|depersonali[sz]ed|non-personal)\b/i;

/** Marketing needs the person's say-so first. */
const OPT_IN =
  /\bopt(?:s|ed|ing)?[- ]?in\b|\bupon (?:your|the user['’]s) (?:(?:prior|express|explicit) )?consent\b|\bafter (?:having )?obtain(?:ed|ing) (?:your|the user['’]s) (?:(?:prior|express|explicit) )?consent\b|\b(?:if|when|once|where|after) you (?:have )?(?:allowed|authori[sz]ed|permitted) us\b|\bwithdraw (?:your |their )?consent to (?:receive|receiving|be contacted|us sending)\b|\bif you (?:have )?(?:given|expressed|provided|granted) (?:us )?(?:your )?(?:(?:prior|express|explicit) )?(?:consent|permission)\b|\bonly if you (?:want|wish|choose|ask)\b|\bif you (?:wish|want|would like|choose|decide|elect) to (?:subscribe|sign up|register for|receive|opt[- ]?in)\b|\bunless you (?:have )?(?:consented|agreed|given (?:us )?(?:your )?(?:consent|permission))\b|\bexplicitly opted\b|\b(?:if|when|once) you (?:have )?(?:register(?:ed)?|sign(?:ed)? up|subscribe[ds]?) (?:to receive|for (?:our |the |a )?(?:newsletters?|updates|news|offers|promotions|marketing))\b|(?<!\bwithout (?:your |the user['’]s |any )?)\b(?:prior|express|explicit|separate|specific) (?:\w+ )?(?:consent|permission)\b|\bprovided (?:that )?you (?:have )?(?:indicated|told us|said|confirmed)(?: that)? you (?:would like|want|wish)\b|\bexpressly (?:give|given|provide|provided|agree|consent)\w*\b|\bonly (?:if|when|with|after)\b[^.]{0,60}\b(?:consent|agree|permission|subscribe|sign(?:ed)? up|opt)|\bonly\b[^.]{0,80}\b(?:when|if|after|once) you (?:have )?(?:provided|given|granted) (?:us )?(?:your )?(?:consent|permission)|\bopted (?:in )?to (?:receive|hear|get)\b|\bif you (?:have )?(?:chosen|choose|agreed|agree|elected|elect|asked|ask|requested|request|consented|consent|subscribed|subscribe|signed up|sign up)\b(?!\s+(?:to\s+)?(?:opt[- ]?out|not\b|unsubscribe)|\s+to (?:our|these|the|this) (?:terms|privacy|conditions|policy|agreement)|\s+(?:for|to) (?:an?|your|our) (?:account|service|subscription|plan|trial)\b)[^.]{0,40}\b(?:receive|to|for)\b|\bto the extent (?:that )?you (?:accept|subscribe|agree|consent)|\b(?:tick|check)(?:ing|ed)? (?:the|a|this) box\b|\bleave (?:the|this) box (?:blank|unticked|unchecked)\b|\bnot selecting\b|\bselect whether\b|\b(?:newsletters?|updates|communications|information) (?:that )?you (?:have )?requested\b|\brequested (?:newsletters?|updates|communications)\b|\bwith (?:the |your |their )?(?:(?:member|user|customer|subscriber|client)s?['’]?s? )?(?:permission|consent)\b|\bprovided (?:of course )?(?:that )?you (?:agree|consent)\w*|\bsubject to your (?:prior |explicit |express )?(?:consent|permission)\b|\b(?:ask|request|seek)\w* (?:for )?your (?:prior |explicit |express )?(?:consent|permission)\b/i;
/**
 * The person's say given before, as the marketing's condition: "Where you have indicated accordingly", "If you have
 * consented, we may send you offers", "in the events you have so consented", "If you have told us that you would
 * like to hear from us"; not a no ("… that you do not wish to"), an opt-out or the terms accepted.
 */
const SAID_YES_BEFORE =
  /\b(?:if|where|when|whenever|once|provided(?: that)?|(?:in )?(?:the )?(?:cases?|events?|circumstances)(?: where| in which)?)\s+you\s+(?:have\s+)?(?:(?:so|previously|already|expressly|explicitly)\s+)?(?:consented|agreed|indicated|told us|asked|chosen|elected|requested|given (?:us )?(?:your )?(?:consent|permission))\b(?!\s+(?:us\s+)?(?:that\s+)?(?:(?:to\s+)?(?:opt[- ]?out|not\b|unsubscribe|stop)|you (?:do not|don['’]t|no longer|would not|wouldn['’]t)|to (?:our|these|the) (?:terms|privacy|conditions)))/i;
/** The clause names consent as the legal basis: GDPR Art. 6(1)(a), "the legal basis … is your consent", or a table's legal-basis cell that reads "Consent". */
const CONSENT_BASIS =
  /\bArt(?:icle|\.)?\s*6\s*(?:\(1\)|para(?:graph|\.)?\s*1|§\s*1)\s*(?:\(a\)|lit\.?\s*a\b|a\))|\b(?:legal )?basis (?:for [^.]{0,60})?(?:is|being) (?:your )?consent\b|\bon the basis of (?:your |the user['’]s |(?:prior|explicit|express) )?consent\b|(?:^|;)\s*(?:your |the user['’]s )?consent\s*(?:;|$)/i;
/** The right to object to direct marketing, stated as the clause's point: it says the person may stop it, not that it happens. */
const OBJECTION_RIGHT =
  /^\W*(?:\(?[a-z0-9]\)\s*)?(?:if you object|you (?:also )?(?:have (?:the|a) right to|may|can|are entitled to) object|(?:the )?right to object)\b[^.]*\bmarketing\b/i;
/**
 * The GDPR's Art. 21 recited as a hypothesis: "If Acme processes personal data in order to carry out
 * direct marketing, the Data Subject has the right to object", "If your personal data is processed for direct
 * marketing purposes, you have the right to object", "If the Data Subject objects to …
 * processing for direct marketing purposes, …", "You also have the right to object if we are processing your
 * personal data for direct marketing purposes": it says what would follow, not that marketing happens.
 */
const IF_WE_MARKET =
  /^\W*if (?:[\w&.-]+ ){1,4}(?:process(?:es)?|uses?) (?:your |the )?personal (?:data|information) (?:in order )?(?:to carry out|for(?: the purposes? of)?) direct marketing\b|^\W*if (?:your |the )?personal (?:data|information) (?:is|are) (?:being )?processed (?:in order )?(?:to carry out|for(?: the purposes? of)?) direct marketing\b|^\W*if the data subject objects\b[^.]*\bdirect marketing\b|\bright to object\b[^.]{0,30}\b(?:if|where|when|in (?:the )?case)\b[^.]{0,60}\b(?:process\w*|use[sd]?|using)\b[^.]{0,60}\bdirect marketing\b/i;
/** "Reviews … written by the Subscriber may be used for marketing purposes": the person's words promote the service; no marketing reaches the person. */
const THE_PERSONS_WORDS_PROMOTE =
  /^\W*(?:[\w'’-]+ ){0,3}(?:reviews?|testimonials?|feedback|comments|stories|success stories|photos?|likeness)\b[^.]{0,80}\b(?:(?:may|might|can|will) be )?(?:used|published|displayed|shared|quoted)\b[^.]{0,30}\b(?:marketing|promotional|advertising)\b/i;
/** "This is how we decide which … offers may be relevant for you (we call this marketing)": a word defined; the basis comes after it. */
const CALLS_IT_MARKETING = /\bwe (?:call|refer to) (?:this|it|these|that)(?: as)? ["“]?marketing\b/i;
/** A listed right named and then defined ("• Right to opt out of …: This right enables you to …"). */
/** A line introducing what the person may opt out of: its items are rights, not practices. */
const OPT_OUT_RIGHTS_INTRO = /\brights? to opt[- ]?out of\b[^.]*:\s*$|\bopt[- ]?out of the following\b[^.]*:\s*$/i;
const RIGHT_DEFINED = /^\W*(?:the )?right to [^.:]{3,120}:\s*(?:this|the) right\b/i;
/** "Other webmail providers show you ads", "Many companies sell…", "Most online advertising today is personalized": the industry in general, set against the operator, who is not named. */
const OTHERS_IN_GENERAL =
  /^\W*(?:unlike\s+)?(?:many|most|some|other|several)\s+(?:other\s+)?(?:[\w-]+\s+){0,2}(?:providers|companies|services|websites|sites|apps|businesses|platforms|engines|advertising|ads)\b/i;

/** Consent only where a law requires it, or an opt-in for some users only: not a rule for everyone. */
const QUALIFIED =
  /\bunless\b[^.]{0,60}\brequires? (?:your |the )?(?:(?:specific|prior|express|explicit) )?consent\b|\b(?:where|when|if|as) (?:required|necessary|needed)(?: by (?:applicable )?law)?\b|\bwhere (?:the )?(?:applicable )?law requires\b|\b(?:EU|EEA|European|UK|California|Canadian|Quebec) (?:users|residents|customers|visitors|individuals|consumers|data subjects)\b|\bif you (?:are|live|reside) (?:located )?in\b/i;
/** Marketing by default: unless the person objects, on legitimate interests, as the law permits, or on a consent bundled with using the service. */
const BY_DEFAULT =
  /\bautomatically (?:receive|get|be (?:subscribed|added|signed up|enrolled))\b|\b(?:are|is|be|get) automatically (?:subscribed|added|signed up|enrolled)\b|\bif you have (?:indicated|told us|said|asked us)(?: that)? you (?:do not|don't) (?:want|wish)|\b(?:an? |the )?opportunity to (?:say no|decline|refuse|opt[- ]?out)\b|\bunless you (?:tell|ask|instruct|object|opt(?![- ]?in)|indicate|notify|let us know|inform|have (?:opted(?![- ]?in)|asked|told))|\bif you (?:do not|don't|no longer|(?:would )?(?:rather|prefer) not) (?:want|wish|like)?\s*(?:to )?(?:receive|hear)\b(?![^.,;]{0,20}\b(?:pixels?|cookies?|tracking|web beacons?|tags)\b)|\blegitimate interests?\b|\b(?:where|as) (?:otherwise )?(?:permitted|allowed) (?:by|under) (?:applicable )?laws?|\b(?:are|is) (?:otherwise )?(?:permitted|allowed) to do so (?:by|under) (?:applicable )?laws?\b|\bby (?:using|accessing|visiting|registering|signing up|creating an account|accepting|agreeing to|submitting|providing)\b[^.]*\b(?:consent|agree)\w*|\bhereby (?:agrees?|consents?)\b|\b(?:are|is|be) deemed to (?:have )?(?:consent|agree)\w*|\bdeemed consent\b|\bas a condition of\b|\b(?:are|is) required to (?:receive|accept)\b|\b(?:you|customer|client|subscriber) (?:agrees?|consents?) to (?:receive|receiving|us sending|be contacted)|\b(?:have |has )?previously (?:purchased|bought|enquired|inquired|ordered)\b|\babout (?:our )?similar (?:products|goods|services)\b/i;
/** "We may send you promotional e-mails", "Acme will contact you", "Acme uses your information to inform you of…": the operator (we, or a capitalised name) markets. */
const WE_MARKET =
  /\b(?:[Ww]e|(?!(?:You|Your|If|To|For|This|These|The|It|They|Our|Any|All|When|Where|Should)\b)[A-Z][\w&.-]+)\s+(?:(?:may|will|might|can|also|occasionally|periodically|would like to|do|does)\s+)*(?:send|contact|e-?mail|call|communicate|do so|uses?\b[^.]{0,60}\bto (?:[\w-]+,? (?:and |or )?){0,10}?(?:send|contact|market|promote|tell|inform|provide|communicate|let you know))/;
/** Marketing stated as something that happens, or as a purpose the data is used for. */
const HAPPENS_PASSIVE =
  /\bto (?:promote|market) (?:and \w+ )?(?:our |its |new |\w+ )?(?:products|services)\b|\bto (?:conduct|carry out|perform|engage in) (?:direct )?marketing (?:activities|campaigns)\b|^\s*(?:[•*–-]\s*|\(?[a-z0-9]{1,2}[.)]\s*)?(?:to (?:send|contact|communicate|e-?mail|inform|tell|market|promote|recommend|keep you)|(?:send(?:ing)?|keep(?:ing)?|inform(?:ing)?) you|promot(?:e|ing)|recommend(?:ing)? (?:our |other |new )?(?:products|services)|provid(?:e|ing) (?:you with )?(?:information|updates|news) (?:about|on)|provid(?:e|ing) you with (?:our |the )?(?:[\w-]+ ){0,3}(?:marketing|promotional|newsletters?)\b|(?:direct |our own )?marketing(?: purposes)?\s*[.;]?\s*$)\b|\b(?:are|is) (?:sent|used for)\b|\bfor (?:the purposes? of |our own |our |direct |commercial |promotional |other ){0,3}(?:marketing|prospecting|promotions?)\b(?! (?:department|team|staff))|\bsend(?:s|ing)? you (?:[\w-]+ ){0,3}(?:marketing|promotional|advertising)\b|\b(?:receive|get) (?:[\w-]+ ){0,4}(?:promotions|promotional (?:e-?mails?|offers|messages|materials)|marketing (?:e-?mails?|messages|communications|materials))\b/i;

/** A line that introduces the uses data is put to, and says on what basis: "… Xandrie uses processing for the following:", "With your consent, including to:". */
const PURPOSES_INTRO =
  /\b(?:use[sd]?|process\w*|purposes?)\b[^.]*\b(?:legitimate interests?|consent|contract|legal obligation)\b[^.]*:\s*$|\b(?:legitimate interests?|consent)\b[^.]*\b(?:use[sd]?|process\w*|purposes?|following)\b[^.]*:\s*$|^\W*(?:with|on the basis of|based on|where we have|under)\s+(?:the existence of (?:an? )?)?(?:your |our )?(?:prior |explicit |express )?(?:consent|permission|legitimate interests?)\b[^.]*:\s*$/i;
/** A short item, as long as "Information on the products and services offered by Xandrie". */
const isListedUse = (text: string): boolean => isBareItem(text.replace(/^[•*–\s-]+/, ''), 12);

/** "We will never initiate contact with you unless … you have consented to such communication": no contact at all without consent, marketing included. */
const CONTACT_ONLY_WITH_CONSENT =
  /\b(?:never|not|won['’]t)\b[^.]{0,40}\b(?:initiate contact|contact|e-?mail|message)(?: with)? you\b[^.]{0,80}\b(?:without your (?:\w+ )?consent|unless you (?:have )?(?:consented|opted[- ]in|given (?:us )?(?:your )?(?:\w+ )?consent|asked|requested))/i;

/** "the right to opt-out of …": a right named, not a practice. */
const A_RIGHT_TO_OPT_OUT = /\bright to opt[- ]?out\b/i;

/** "We will only do so if…", "We do this only with your consent": a condition said of the clause before. */
const ONLY_DOES_SO = /^\W*(?:we|it|they|this)\s+(?:(?:will|shall|would|may)\s+)?(?:only\s+(?:do|does|happens?)\s+(?:so|this|that)?|(?:do|does)\s+(?:so|this|that)\s+only)\b/i;

const OPT_OUT = new RegExp(String.raw`${UNSUBSCRIBES}|\bopt(?:ing)?[- ]out\b|\b(?:can|may) (?:ask us to )?stop\b|\bobject to (?:direct )?marketing\b|\bchange your (?:communication |marketing |notification |email )?preferences\b`, 'i');

/** The kinds of marketing a clause names ("newsletters" → "newsletter"), to tell one channel from another. */
/** How marketing reaches the person: an opt-in to "marketing text messages" says nothing of "marketing emails". */
const MEDIUM = /\b(?:(e-?mails?)|(text messages?|SMS)|(push notifications?)|((?:tele)?phone calls?))\b/gi;
const MEDIUM_NAMES = ['email', 'text', 'push', 'phone'];
const mediaOf = (text: string): string[] => [...text.matchAll(MEDIUM)].map((m) => MEDIUM_NAMES[m.slice(1).findIndex(Boolean)]!);
const channelsOf = (text: string): string[] => [...text.matchAll(new RegExp(MARKETING.source, 'gi'))].map((m) => m[0].toLowerCase().replace(/s$/, ''));

type Basis = 'by-default' | 'happens' | 'opt-in' | 'opt-out-only' | 'unclear';

/** What one clause about marketing to the person says about its basis. */
export function marketingBasis(text: string): Basis {
  if (IF_WE_MARKET.test(text) || THE_PERSONS_WORDS_PROMOTE.test(text)) return 'unclear';
  const qualified = QUALIFIED.test(text);
  // "You have the right to object to processing on legitimate interests and to marketing": the right, not the basis.
  if (OBJECTION_RIGHT.test(text)) return 'opt-out-only';
  if (BY_DEFAULT.test(text)) return 'by-default';
  if (OPT_IN.test(text) || SAID_YES_BEFORE.test(text) || CONSENT_BASIS.test(text)) return qualified ? 'opt-out-only' : 'opt-in';
  if (qualified && /\bconsent\b/i.test(text)) return 'by-default';
  if (WE_MARKET.test(text) || HAPPENS_PASSIVE.test(text)) return 'happens';
  if (OPT_OUT.test(text)) return 'opt-out-only';
  return 'unclear';
}

/**
 * One channel on a default basis is enough for `true` (the clearest wording is the evidence);
 * `false` needs an opt-in and nothing that happens by default; an opt-out mechanism alone
 * (with no opt-in stated) means `true`.
 */
export function marketingWithoutConsent({ clauses, headings }: FactInput) {
  let purposesIntro = '';
  let listIntro = '';
  const basis = clauses.flatMap((c, i) => {
    const targeted = TARGETED_ADS.test(c.text);
    // "On the basis of a legitimate interest, … Xandrie uses processing for the following:" then "• Information on
    // the products and services offered by Xandrie": a use listed under a line that states its basis.
    const inList = isListedUse(c.text) || BULLET.test(c.text);
    const listedUse = purposesIntro !== '' && inList && MARKETING.test(c.text);
    const introduces = c.text.trimEnd().endsWith(':');
    if (introduces && PURPOSES_INTRO.test(c.text)) purposesIntro = c.text;
    else if (!inList) purposesIntro = '';
    if (!inList || introduces) listIntro = c.text;
    // "… have the right to opt out of the following:" then "• Processing of your personal data for targeted advertising.": a right listed.
    if (inList && !introduces && OPT_OUT_RIGHTS_INTRO.test(listIntro)) return [];
    const listedBasis = listedUse ? marketingBasis(`${purposesIntro} ${c.text}`) : 'unclear';
    if (listedBasis !== 'unclear') return [{ clause: c, basis: listedBasis, denied: false }];
    // "• Marketing" names a use under a line or heading about uses ("We use your data for:"), not in a menu of links.
    const bare = BARE_PURPOSE.test(c.text) && (ABOUT_USES.test(listIntro) || ABOUT_USES.test(headings.get(c.index) ?? ''));
    // Not "we do not show ads to children under 13": a denial for some people only.
    if ((NO_ADS.test(c.text) || NAMED_NO_ADS.test(c.text) || WITHOUT_ADS.test(c.text) || NO_SPAM.test(c.text)) && !FOR_SOME_ONLY.test(c.text)) return [{ clause: c, basis: 'unclear' as Basis, denied: true }];
    if (CONTACT_ONLY_WITH_CONSENT.test(c.text) && !MARKETING.test(c.text)) return [{ clause: c, basis: 'opt-in' as Basis, denied: false }];
    if (!targeted && !bare && (!MARKETING.test(c.text) || !TO_THE_PERSON.test(c.text))) return [];
    // "… and whether we sell or share such Personal Information for cross-contextual behavioral advertising": a table's question.
    if (ASKS_WHETHER.test(c.text) || CALLS_IT_MARKETING.test(c.text)) return [];
    // Data passed on for others' marketing counts only when that happens by default ("… unless you tell us not to"):
    // a consent to the sharing says nothing about marketing to the person.
    if (SHARED_FOR_MARKETING.test(c.text) && !BY_DEFAULT.test(c.text)) return [];
    // "We may use aggregated information to promote our services": nothing about the person reaches anyone.
    if (NOT_PERSONAL.test(c.text) && !/\byou\b/i.test(c.text)) return [];
    if (OTHERS_IN_GENERAL.test(c.text) && !FIRST_PERSON.test(c.text)) return [];
    // "• Right to opt-out of the use of Personal Data for targeted advertising: This right enables you to …": a law's right defined, not the operator's practice.
    if (RIGHT_DEFINED.test(c.text) && !FIRST_PERSON.test(c.text)) return [];
    // A parenthesis split off as the next item belongs to this one: "… offers" "(to the extent you subscribe)";
    // so does the legal basis stated right after it ("… send you the newsletter." "(Art. 6 para. 1 lit. a GDPR)").
    const next = clauses[i + 1]?.text ?? '';
    // … and so does a condition said of it next: "… special offers." "We will only do so if you have given your consent."
    const joinsNext = next.replace(/^[•*–\s-]+/, '').startsWith('(') || CONSENT_BASIS.test(next) || ONLY_DOES_SO.test(next);
    const text = joinsNext ? `${c.text} ${next}` : c.text;
    const basis = marketingBasis(text);
    // Ads chosen for the person are shown unless the policy asks first.
    return [{ clause: c, basis: (targeted || bare) && basis === 'unclear' ? 'happens' : basis, denied: denies(c.text) }];
  });
  // A denial ("we will not send you marketing") says nothing happens; opt-in and by-default wording carry their own negations.
  // Within a basis, the clauses that say the marketing reaches "you" are the clearest evidence.
  const pick = (...kinds: Basis[]) =>
    basis
      .filter((b) => kinds.includes(b.basis) && !(b.denied && (b.basis === 'happens' || b.basis === 'opt-out-only')))
      .map((b) => b.clause)
      .sort((a, b) => Number(REACHES_YOU.test(b.text)) - Number(REACHES_YOU.test(a.text)));
  const byDefault = pick('by-default');
  if (byDefault.length) return stated(true, byDefault);
  // "We send you the newsletter" and "the newsletter needs your opt-in" speak of one channel: the opt-in governs it,
  // unless the clause names other channels too ("newsletters, marketing e-mails or special offers").
  // A long clause (a flattened table) speaks of too many things for its first channel to be the one opted into,
  // and ads chosen for the person are not a mailing the person subscribes to.
  // An opt-in under a heading about a channel ("7. Personal data processing for direct marketing purpose") governs that channel too.
  const optInChannels = new Set(
    pick('opt-in')
      .filter((c) => c.text.length <= 400)
      .flatMap((c) => [channelsOf(c.text)[0], channelsOf(headings.get(c.index) ?? '')[0]])
      .filter((channel) => channel !== undefined),
  );
  // Ads chosen for the person are governed by an opt-in to exactly that: "we will ask for your explicit consent to tailor ads for you".
  const adsOptIn = pick('opt-in').some((c) => c.text.length <= 400 && TARGETED_ADS.test(c.text));
  // Marketing by one medium is not governed by an opt-in that names only others ("only send you marketing text messages if you opt-in" leaves "we may send you marketing emails").
  const optInMedia = new Set(pick('opt-in').filter((c) => c.text.length <= 400).flatMap((c) => mediaOf(c.text)));
  const governedByOptIn = (text: string) => {
    const media = mediaOf(text);
    if (optInMedia.size > 0 && media.length > 0 && media.some((medium) => !optInMedia.has(medium))) return false;
    const others = channelsOf(text.replace(EVERY_TARGETED_AD, '').replace(/\bmarketing cookies\b/gi, ''));
    if (TARGETED_ADS.test(text)) return adsOptIn && others.every((channel) => optInChannels.has(channel));
    return others.length > 0 && others.every((channel) => optInChannels.has(channel));
  };
  const happens = pick('happens').filter((c) => !governedByOptIn(c.text));
  if (happens.length) return stated(true, happens);
  // Ads chosen for the person that one may only opt out of are shown by default, whatever mailing needs an opt-in:
  // "If you wish to not have this information used for … serving you interest-based ads, you may opt-out".
  // A law's right to opt out of such ads ("• the right to opt-out of … cross-contextual behavioral advertising") says nothing of the operator's ads.
  const adsOptedOutOf = pick('opt-out-only').filter((c) => TARGETED_ADS.test(c.text) && !A_RIGHT_TO_OPT_OUT.test(c.text) && !governedByOptIn(c.text));
  if (adsOptedOutOf.length) return stated(true, adsOptedOutOf);
  const optIn = pick('opt-in');
  if (optIn.length) return stated(false, optIn);
  const optOut = pick('opt-out-only');
  if (optOut.length) return stated(true, optOut);
  // Marketing ruled out altogether ("we do not send you marketing e-mails") happens without consent nowhere.
  const ruledOut = basis.filter((b) => b.denied && (b.basis === 'happens' || b.basis === 'unclear')).map((b) => b.clause);
  return ruledOut.length ? stated(false, ruledOut) : notStated<boolean>();
}

export const marketing = defineFact<'marketing_without_consent'>({
  key: 'marketing_without_consent',
  label: 'Marketing without consent',
  cue: /\b(?:marketing|market|newsletters?|promot\w*|advertis\w*(?! IDs?\b| identifiers?\b)|ads|adverts?|(?:special )?offers?|specials|new features|products (?:and|or) services|opt(?:ed|s)?[- ]?(?:in|out)|unsubscrib\w*)\b/i,
  extract: marketingWithoutConsent,
  weight: 15,
  // First-party marketing use counts as collection and use, as in the corpus labels.
  category: 'collection',
  unknown: 'Does not say whether it asks before sending you marketing',
  judge: (withoutConsent) =>
    withoutConsent
      ? { fraction: -1, reason: 'May send you marketing without asking first' }
      : { fraction: 1, reason: 'Sends marketing only with your consent' },
  phrase: (without) => (without ? 'may market to you without asking' : 'markets to you only with consent'),
  cell: yesNo,
});
