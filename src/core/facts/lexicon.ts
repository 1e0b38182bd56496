// Vocabulary lexicons as data: each entry maps a phrase pattern to one term of
// a controlled vocabulary. Patterns are matched case-insensitively against one
// clause's text. Order matters only where an entry removes its match (`consumes`).

import type { DataItem, Right } from '../types';
import { LAWS } from '../vocabulary/laws';
import { PLACES, placePattern } from '../vocabulary/places';
import { REGULATORS } from '../vocabulary/regulators';
import { COMPANY_SUFFIX } from '../vocabulary/parties';

export interface Term<T extends string> {
  pattern: RegExp;
  term: T;
  /** Cut the matched text out before later entries look (so "UK GDPR" is not also "GDPR"). */
  consumes?: boolean;
}

/** Leaving a mailing list: "unsubscribe", "un-subscribe", "no longer be subscribed to", "removed from a … mailing list". Read by the rights and by marketing. */
export const UNSUBSCRIBES = String.raw`\bun-?subscrib\w*|\bno longer (?:wish to )?(?:be |remain )?subscribed to\b|\bremoved from (?:a |an |our |the |any |all |your )?(?:[\w/-]+ ){0,3}(?:e-?mail|mailing|marketing|distribution|contact) lists?\b`;

/** Read from clauses about collection (and retention: data kept is data held). */
export const DATA_ITEM_TERMS: Term<DataItem>[] = [
  { pattern: /\b(?<!(?:domain|user|company|brand|trading|organi[sz]ation|business|device|browser|host|file|field|app|product|screen|display|its) )(?<!(?:company|business|organi[sz]ation|employer)['’]s )(?<!\blet(?:['’]s| us) )(?:full |first |last |sur)?names?\b(?! (?:it|them)\b)(?! of (?:the |a |an |our |its |that |this )?(?:(?:mobile|web|online|native|third-party|partner) )?(?:third[- ]part(?:y|ies)|compan(?:y|ies)|business(?:es)?|organi[sz]ations?|apps?|applications?|websites?|sites?|services?|providers?|products?|files?|devices?|browsers?|domains?|operators?|controllers?|banks?|merchants?|partners?|vendors?|software)\b)/i, term: 'name' },
  // "ask for an email, the address you provide", "search for an e-mail address … return available addresses": the address just named is the e-mail address.
  { pattern: new RegExp(String.raw`(?<!\b(?:IP|MAC|e-?mail|web)-)(?<!(?:e-?mail|mail|IP|IP["”]?\)|web|website|site|referring|protocol\)?|MAC|wallet|blockchain|network|server|page|URL|URI|Internet|to|will|may|can|we|not|does|do|they) )(?<!\b(?:e-?)?mail\b[^.;]{0,140}\b(?:the|this|that|these|those|such|available|alternative|new|other) (?:same )?)(?<!\b(?:our|its)(?: (?:full|complete|current))?(?: (?:registered|registered office|postal|mailing|business|office|head office|physical|company|correspondence))? )(?<!\b${COMPANY_SUFFIX} )(?<!\b(?:investigate|detect|prevent|identify|assess|mitigate|monitor|resolve|fix|handle|manage|review|respond to|analy[sz]e|understand|remedy|correct)(?:,| and| or|, and|, or) )(?<!\b(?:will|may|can|to|shall|must|would|should|we) \w+ly )(?<!\b(?:policy|document|notice|statement|section)(?: only)? )\baddress(?:es)?\b(?!\s+only\b)(?! of (?:our|its|their|the company['’]s) (?:business|company|office|site|headquarters)\b)(?!\s+(?:anyone|anybody|children|minors|persons|people|individuals|books?)\b)(?!\s+(?:(?:any|the|this|these|those|all|such|a|an|your|our)\s+)?(?:\w+\s+)?(?:problems?|issues?|concerns?|questions?|complaints?|matters?|requests?|needs?|queries|enquiries|fraud|threats?|risks?|abuse|incidents?|vulnerabilit(?:y|ies)|violations?)\b)(?! of (?:the |a )?(?:page|web ?page|site|website|server|referring|computer|device))`, 'i'), term: 'address' },
  { pattern: /\bproof of (?:residence|address)\b|(?<!\b(?:our|its|their) )\bpremises\b/i, term: 'address' },
  { pattern: /\b(?:tele)?phone numbers?\b|\b(?:mobile|cell(?:phone)?|contact) numbers?\b/i, term: 'phone' },
  { pattern: /\be-?mail address(?:es)?\b|(?:,|\band)\s+e-?mails?\b(?!\s+(?:sent|from|to)\b)/i, term: 'email' },
  { pattern: /(?<!\b(?:its|our|their) (?:[\w-]+ )?)(?<!\b(?:unique|user|account|customer|member|membership|subscriber|this|device|resettable|advertising|TCF|IAB|VAT|product|transaction|order|one-time use|port|station|serial|ticket|invoice|tracking|reference|case) )\b(?:ID|identity|identification|passport|national insurance|social (?:security|insurance)|driver['’]?s['’]? licen[cs]e|driving licen[cs]e) numbers?\b(?! (?:associated with|of|for) (?:your |the |a )?(?:devices?|browsers?|computers?)\b)|\bpassport details\b/i, term: 'id-number' },
  {
    pattern: /\b(?:credit|debit|bank|payment) cards?\b|\bcard details\b|\bdebit orders?\b|\bbank(?:ing)? (?:account|details|connection)\b|\bpayment (?:details|information|data|methods?)\b|\bbilling (?:and [a-z]+ )?(?:information|details|data)\b/i,
    term: 'payment-details',
  },
  {
    pattern: /\bVAT numbers?\b|\b(?:tax|VAT) (?:identifiers?|identification numbers?|IDs?|numbers?)\b|\bEIN\b|\bABN\b|\b(?:company|business) registration\b|\b(?:company|business|corporate) registration details\b|\b(?:business|company|entity|organi[sz]ation)(?:\/(?:business|company|entity|organi[sz]ation))* (?:name|details|information)\b|\b(?:organi[sz]ation|company|business|employer)['’]s name\b|\b(?:information|details) about your (?:company|business|organi[sz]ation|employer|industry)\b(?! (?:device|account|app|network|services?|products?|websites?)\b)|\byour industry\b|\bindustry (?:category|type|sector)\b|\b(?:organi[sz]ation|company|employer) you work for\b|\borgani[sz]ation of employment\b|(?<!\b(?:their|on|by|per) )\bjob (?:information|roles?|functions?)\b|\b(?:organi[sz]ation|business) name\b|\bsector or industry\b|\bjob title\b|\bemployer\b|(?:,|\()\s*(?:your |the )?organi[sz]ation(?:al affiliation| name)?\s*(?:\([^)]*\)\s*)?(?=,|\)|\s(?:and|or)\b)/i,
    term: 'company-details',
  },
  // "hashed IPs", "a hashed IP is stored": the address by its short name (not intellectual property: "your IP rights").
  {
    pattern: /\bIP(?:-| (?:\([^()]{0,25}\) )?)address(?:es)?\b|\binternet protocol (?:\(\W?IP\W?\) )?address(?:es)?\b|\b(?:your|the|an?|their) Internet address(?:es)?\b|\b(?:(?:hashed|salted|anonymi[sz]ed|truncated|connecting|visitors?['’]?|users?['’]?|your) )IPs?\b(?! (?:rights?|laws?|protection|infringement|owners?|portfolio)\b)|\bIPs\b(?! (?:rights?|laws?)\b)/i,
    term: 'ip-address',
  },
  {
    pattern: /\boperating system\b|\bOS\b|\bbrowser (?:type|version|information|settings|language|name|software|details)s?\b|\b(?:type|kind|version) of (?:web )?browser\b|\bbrowsers? (?:you use|(?:(?:was|is|were|being) )?used)\b|\b(?:your|the) browser(?:'s| and| or|,)\s*(?:\w+\s+){0,2}(?:type|version|operating system|device)\b|\bprogram version\b|\bdevices?['’]? (?:information|types?|models?|identifiers?|ids?|details)\b|\b(?:app|application|software) versions?\b|\bIME[IS]\b|\bIMSI\b|\b(?:type|kind|model) of (?:the )?(?:device|computer|phone|mobile device)\b|\badvertising (?:identifiers?|IDs?)\b|\binformation about your (?:computer|device)\b|\b(?:device|browser) names?\b|\bcomputer (?:type|details|information)\b|\bsystem configuration\b|\buser[- ]agents?\b|\bconnection information\b|\binstalled (?:apps|applications|software)\b|\b(?:apps|applications) installed on your device\b/i,
    term: 'device-info',
  },
  {
    pattern: /\bpages?(?: and (?:links|content|features|screens))? (?:you )?(?:reviewed|visited|viewed|visit|view)\b|\b(?:app|application) usage\b|\busage statistics\b|\bstatistics (?:about|on) (?:\w+ )?(?:usage|use)\b|\breferr?ers?\b|\blanding pages?\b|\b(?:pages?|files?|URLs?) (?:you )?(?:(?:was|were) )?(?:accessed|requested)\b|\blinks on which you click\b|\bwebsites? (?:that )?you (?:have )?(?:recently )?visit(?:ed)?\b|\b(?:your )?search(?:es| history)\b|\bviewing history\b|\b(?:titles|shows|videos) you watch\b|\binformation about your visit\b|\bhow you use our\b|\bways? (?:in which )?you (?:use|interact with)\b|\bhow (?:users|visitors|people|customers) (?:use|engage with|interact with|navigate)\b|\b(?:track|monitor|analy[sz]e|measure|record)\w*\s+(?:(?:the|your|their|our|website|site|service|app)\s+){0,2}(?:use|usage)\b|\bpage interactions?\b|\blength of (?:visits?|sessions?)\b|\bsession (?:information|data|duration|length)\b|\b(?:Google|web|website|site) analytics\b|\bMatomo\b|\banalytics (?:tools?|services?|cookies|providers?|data|software)\b|\bhow you (?:interact with|navigate)\b|\b(?:your )?usage of (?:our|the) (?:services?|site|website|apps?|products?)\b|\bbrowsing (?:history|activity|habits|behaviou?r|patterns)\b|\bnavigation (?:habits|behaviou?r|patterns|data)\b|\bdownload history\b|\b(?:your|users['’]?|visitors['’]?) (?:movements?|navigation|journeys?) (?:around|on|through|across|within) (?:our|the|this|a) (?:web)?sites?\b|\bclickstream\b|\bpage ?views?\b|\b(?:page|image|video|content) (?:and \w+ )?view(?:ing)? statistics\b|\b(?:incoming|outgoing) (?:and (?:incoming|outgoing) )?links\b|\bpages? viewed\b|\bsearch (?:queries|terms)\b|\breferring (?:URL|page|website|site)s?\b|\b(?:URL|page|site|website) that referred you\b|\btime spent on\b|\bclicks\b|\bexit pages?\b|\busage (?:data|information|details|patterns)\b|\bfeatures (?:you )?used\b|\bactions (?:you )?(?:take|took|taken)\b|\b(?:time and date|date and time|duration) of (?:your )?(?:use|visit)\b|\b(?:monitor|analy[sz]e|track)\w* (?:the )?(?:use|usage) of (?:our|the) (?:service|app|application|site|website)\b|\binteractions? with (?:our|the) (?:app|application|service|site|website)\b/i,
    term: 'browsing-activity',
  },
  { pattern: /(?<!co-|(?:business|office|store|company|event|secure|safe|central|centrali[sz]ed|storage|separate) )\b(?:geo)?location\b(?! of (?:(?:the |your |our )?data|(?:the )?processing|(?:our |the )?servers?)\b)(?! where (?:the |your |all )?(?:personal )?(?:data|information)\b)(?! (?:on|within) (?:our |the |this )?(?:site|website|web ?page|page|[A-Z][\w.-]+)\b)|\bGPS\b|\bcountry\s*\(?(?:based on|derived from|from) (?:your |the )?IP\b|\b(?:zip|postal|post) codes?\b|\bgeographic(?:al)? (?:location|area|region)\b/i, term: 'location' },
  { pattern: /\bcookies?\b/i, term: 'cookies' },
  {
    pattern: /\b(?:cop(?:y|ies)|scans?|photos?|images?) of (?:your |a |an )?(?:government[- ]issued )?(?:IDs?|identity|identification|passport|driver['’]?s licen[cs]e)|\bscanned (?:government[- ]issued )?ID\b|\bgovernment[- ]issued (?:photo )?(?:ID|identification)\b|\bID documents?\b|\bproof of (?:residence|identity)\b|\bphoto (?:ID|identification)\b|\bidentity cards?\b|\bidentity documents?\b|\bpassport copies\b|\bright-to-work documents\b|\b(?:official|acceptable|valid) (?:photo )?(?:identification|ID)\b|\bproof of identification\b|\b(?:provide|present|show|submit)\w* (?:us )?(?:with )?(?:a |an |some |any )?(?:form of )?identification\b|\b(?:documentation|documents?) to (?:verify|confirm|prove) (?:your )?identity\b|\bgovernment[- ]issued identifiers\b|\b(?:send|provide|show|submit|upload)\w* (?:us )?(?:with )?(?:a copy of )?(?:an?|your) (?:photo )?ID\b/i,
    term: 'identity-documents',
  },
  // Case-sensitive: a capitalised word before it names a product ("Microsoft Passport"), not the document.
  { pattern: /(?<![A-Z][\w-]* )\b[Pp]assports?\b(?! (?:[Nn]umbers?|[Dd]etails)\b)/, term: 'identity-documents' },
  { pattern: /\bjob applications?\b|(?<!\b(?:on|to|in) (?:your|their|a) )\bCVs?\b|\bcurriculum vitae\b|\brésumés?\b|\b(?:your|a|the|their|any) resumes?\b|\bresumes?\b(?=\s*[,;)]|\s+(?:and|or) (?:cover|reference|CVs?))|\bapply for (?:a )?(?:job|position|role)\b|\b(?:job|employment) (?:applicants?|candidates?)\b|\bemployment applications?\b|^\W*R[ée]sum[ée]s?\W*$|\b(?:job|employment|work) histor(?:y|ies)\b/i, term: 'job-application' },
  // A record of what was bought, not the act of buying ("to process transactions", "when you make a purchase").
  {
    pattern:
      /\b(?:purchase|purchasing|buying|shopping|transaction|order|booking|reservation) (?:history|histories|records?|information|details|data)\b|\b(?:subscription|payment) histor(?:y|ies)\b|\btransactional (?:data|information|records|details)\b|\b(?:details|information) (?:of|about|on) (?:the )?(?:services|products|items) (?:you )?(?:ordered|purchased|bought)\b|\bincluding (?:your )?(?:purchases|transactions)\b|\b(?:information|details|records?|data|history) (?:about|of|on|regarding|relating to|related to) (?:your |the |any |all )?(?:past |previous )?(?:purchases?|orders?|transactions?)\b|\bwhat you (?:buy|purchase|order)\b|\b(?:purchases?|transactions?|orders?) (?:that |which )?you (?:have )?(?:make|made|place|placed|submit|submitted|do|carry out|complete|completed)\b|\bcustomer (?:transactions|orders|purchases)\b|\b(?:order|transaction) (?:numbers?|IDs?|amounts?|database)\b|\bpurchase (?:receipts?|confirmations?)\b|\byour (?:past |previous |in-app )?purchases\b|\bwhat purchases\b|(?:,|\band|\bsuch as)\s+(?:your )?(?:in-app |in-game )?(?:purchases|transactions)\b(?=\s*(?:[,.;)]|and\b|or\b|$))|\bassociated with (?:the |your )?(?:purchase|transactions?)\b|\brecords? of (?:[\w-]+ ){0,4}purchased\b|\b(?:products?|goods|items)(?:,? (?:or|and) (?:products?|services))? purchased\b|\bpurchased (?:services|products|items|goods)\b|\bpurchases made\b|^\W*(?:your )?(?:purchases|transactions|orders)\W*$/i,
    term: 'purchase-history',
  },
  {
    pattern: /(?<!\b(?:for|with) (?:further |any |all |more |general |other )?)\b(?:enquir|inquir)(?:y|ies)\b|\b(?:your|users?['’]?|customers?['’]?) feedback\b|\bfeedback (?:that )?you (?:give|provide|send|submit)\w*|\bbug reports?\b|\b(?:chat|in-game|forum|private) messages\b|\bmessages (?:that )?you (?:post|send)\w*\b|(?<!search )\bquer(?:y|ies)\b|\bcorrespondence\b|\be-?mails sent to us\b|\bcall us\b|\bcontact us\b|\bcall recordings?\b|\brecord (?:telephone |phone )?calls\b|\bmessages you send\b|\bcontents? of (?:your |the )?(?:messages?|communications?|e-?mails?)\b|\bdirect messages\b|\b(?:chat|support) (?:conversations?|logs?|transcripts?|history|sessions?)\b|\bcomments? (?:that )?(?:you )?(?:post|make|leave|submit)\w*\b|\bsurvey (?:and feedback )?(?:responses|answers|information|data)\b|\b(?:messages|e-?mails?|questions|requests|enquiries|inquiries|comments) (?:that )?(?:you )?(?:submit(?:ted)?|sen[dt]) (?:to )?us\b|\bfeedback (?:data |information )?(?:sent|submitted|provided|given) by you\b|\b(?:when|if) you (?:e-?mail|write to|message|text) us\b|\bcorrespond\w* with us\b|\bchats\b|\bvoice recordings?\b|\brecordings? of (?:your )?(?:voice|calls?)\b|\b(?:responses|answers) to (?:our |any )?surveys\b|\bsupport (?:tickets?|requests?)\b|\b(?:e-?mails?|messages|problem reports)\b[^.]{0,30}\bsent to (?:us|our (?:support|customer))|\bcommunications (?:with|to) us\b|\b(?:customer (?:service|support|care)) (?:records|interactions?|communications|history)\b|\bcall (?:detail )?(?:details|records?|logs?|history)\b|\b(?:chat|message|e-?mail) (?:content|history|logs?)\b|\b(?:incoming|outgoing) (?:e-?mails?|mail|messages?)\b|\bcommunicate with (?:us|our (?:staff|team|support(?: team)?|customer (?:service|support)))\b|\bcommunications? between you and\b|\b(?:submit|send|give|provide|leave)\w* (?:us )?(?:your |any |some )?feedback\b|\b(?:request|contact)\w* (?:our |\w+ )?(?:customer |user |technical )?support\b|\bsend(?:s|ing)? (?:us )?(?:a |an )?(?:message|e-?mail|request)s? to (?:our |the )?(?:tech(?:nical)? |customer )?(?:support|help ?desk)\b|\b(?:support|contact|feedback) forms?\b|\bsend us (?:a |an |your )?(?:messages?|e-?mails?|questions?|enquir(?:y|ies)|inquir(?:y|ies))\b|\b(?:questions?|messages?) to us\b|\bcontact\w* (?:our |the )?help ?(?:cent(?:er|re)|desk)\b/i,
    term: 'communications',
  },
];

const REGULATOR = `(?:\\bregulator\\b|\\bsupervisory authority\\b|${REGULATORS.map((r) => r.pattern.source).join('|')})`;

/** "withdraw your consent", "withdraw the consent for direct marketing", "withdraw your specific consent": the verb and what may stand before the noun. */
export const WITHDRAWS = String.raw`\bwithdraw\w* (?:your |their |the |any |such |said |this |that |these |my )?(?:specific |prior |explicit |given )?`;

/** Read from clauses about the person's rights and choices. */
export const RIGHT_TERMS: Term<Right>[] = [
  {
    pattern: new RegExp(
      String.raw`${WITHDRAWS}(?:consent|agreement|permission)\b|\b(?:information|data)\b[^.]{0,60}\bmay be withdrawn\b|\bconsent (?:\w+ ){0,2}(?:can|may|could) be withdrawn\b|\bconsent\b[^.]*\bwithdraw\b|\brevoke\b(?! (?:[\w'’-]+ ){0,3}?access\b)|\brights (?:of|to) (?:[\w-]+,? (?:and |or )?){1,8}revocation\b|\b(?:agreed|consented|opted in)\b[^.]*\bchange your mind\b|\bchange (?:your |their )?consent (?:preferences|settings|choices)\b`,
      'i',
    ),
    term: 'withdraw-consent',
  },
  // A bare opt-out (no "of …") in a sentence about a sale is the opt-out of that sale (`objection`), not of marketing.
  {
    pattern: new RegExp(String.raw`\bopt in or out of (?:\w+ ){0,2}(?:e-?mail|newsletter|marketing|promotional)|(?<!\b(?:not|cannot|can['’]t|unable to) )\bopt(?:ing)?[- ]out\b(?:(?= (?:of|from)\b)|(?<!\b(?:sell|sale|sales|selling)\b[^.;]*)(?![^.;]*\b(?:sell|sale|sales|selling)\b))(?! (?:of|from) (?![^.]{0,80}\b(?:marketing|e-?mails?|communications?|messages|newsletters?|promotion\w*|offers|advertis\w*|ads|receiv\w*|contact\w*|mailings?|mail|calls?|texts?|SMS|notifications?|updates|solicitations?|lists?|personali[sz]ed|targeted|interest-based)\b))(?![^.]*\bcookies?\b)|${UNSUBSCRIBES}|\b(?:cancel|terminat|end)\w* (?:your |the )?(?:newsletter )?subscription (?:to|for) (?:our |the |any )?(?:newsletters?|mailing lists?|e-?mails?)\b|\bsubscription to (?:our |the )?(?:newsletters?|mailing lists?) (?:may|can) be (?:terminated|cancell?ed|revoked|ended)\b|\b(?:marketing|communication|ad) preferences\b|\bpreferences for notifications\b|\bdo not (?:want|wish)\b[^.]*\b(?:marketing|e-?mails?|communications|newsletters?)\b|\bwhether (?:you want|or not you wish) to receive\b|\brather not hear from us\b|\bpersonali[sz]ed ads\b|\btargeted advertising\b|\b(?:ask|tell|request)\w* us not to (?:contact|e-?mail|call|text|send|market)\w*|\bstop (?:receiving|getting)\b[^.]{0,60}\b(?:marketing|promotion\w*|newsletters?|offers|advertising)\b|\b(?:object(?:ion)?|opposition) to (?:[\w-]+ ){0,8}?(?:for |of |to )?(?:direct )?(?:marketing|prospecting)\b|\bobject against\b[^.;]{0,80}\bagainst (?:direct )?marketing\b`, 'i'),
    term: 'opt-out-marketing',
  },
  { pattern: /(?<!\bopen[- ])(?<!\b(?:allow|let|permit|enable|authori[sz]e)s? (?:them|it|others|third[- ]parties|the (?:app|service|website)) to )(?<!\b(?:administrator|admin|root|remote|physical|network|internet|unauthori[sz]ed|authori[sz]ed|illegal|unlawful|improper)[\"”’']?\s)(?<!\b(?:revok|remov)(?:e|es|ed|ing) (?:[\w'’-]+ ){0,2})\baccess\b(?! or permission)(?![- ](?:logs?|tokens?|keys?|codes?|points?|levels?|controls?)\b)(?! (?:to )?(?:a |the |our |this |any |your )?(?:(?:mobile )?device['’]?s? )?(?:(?:restricted|protected|embargoed|premium|paid|exclusive) )?(?:web ?pages?|(?:web)?sites?|services?|internet|network|platform|app|premises|camera|microphone|contacts|photos|location|storage|features?|bluetooth|content)\b)|\bright to know\b|\bsee (?:the |your |what )?(?:personal )?(?:information|data)\b|\b(?:see|view|review)(?:ing)?(?:,? (?:and |or )?(?:see|view|review|change|update|edit|correct|modify|amend|revis|delet|remov)\w*)+ (?:(?:most|some|all|any) of )?(?:the |your )?(?:personal |profile |account )?(?:information|data|details)\b|\b(?:details|information|a list)\b (?:about|of|on|as to) (?:what|which) (?:[\w-]+ ){0,3}(?:we|we['’]ve) (?:have )?(?:collected|hold|held|store|stored|process|processed|keep|kept)\b|\bcopy of (?:the |your )?(?:personal )?(?:information|data)\b|\b(?:view|review) (?:and update )?(?:your |their )?(?:personal )?(?:information|data)\b|\b(?:view|review) and update\b|\brequest information on data\b|\b(?:inform|tell) you (?:about|of|what) (?:the |which )?(?:personal )?(?:data|information) (?:we|that we) (?:have |hold|store|keep|process)|\b(?:request|obtain|receive) (?:information|confirmation)\b[^.]{0,40}\b(?:which|what|whether)\b[^.]{0,30}\b(?:data|information)\b|\bknow whether (?:or not )?(?:their|your|any) (?:personal )?(?:data|information)\b|\b(?:request|obtain|receive|ask for)\w* (?:information|details) (?:about|on|regarding) (?:our|the|how we) (?:collect|use|process|disclos)\w*/i, term: 'access' },
  {
    pattern: /\bcorrect(?:ion|ions|ed)\b|\baccess (?:your |their )?(?:personal )?(?:information|data|details) to (?:modify|update|change|edit|correct)\b|\b(?:require|request|ask)\w* (?:(?:it|them|that|the (?:data|information)|your (?:data|information)) )?(?:to )?be (?:corrected|correct|rectified|updated)\b|(?<!\b(?:the|a|an|is|are|be|been|not|in|to be) )\bcorrect\b|\brectif\w*|\bamend\b|\binaccura\w*\b[^.]*\b(?:contact|let us know|tell us|notify|inform|request|ask)\b|\b(?:contact|let us know|tell us|notify|inform)\b[^.]*\binaccura\w*|\b(?:modify|change|edit)\w* (?:any |all |the |your |their |(?:most|some|all|any) of (?:the |your |their )?)?(?:wrong |incorrect |inaccurate )?(?:personal )?(?:information|data|details|PII)\b|\b(?:access|view|query|review),? (?:\w+, )?(?:update|modify|change|edit)\b|\bupdat(?:e|ed|ing) (?:or delete |their |your )?(?:personal |profile |account )?(?:information|data|details)\b|\b(?:make|request)\w*(?: for)? (?:any |access (?:to )?(?:and|or) )?changes to (?:your|their|the|this) (?:(?:personal|account|profile)(?: (?:or|and) (?:personal|account|profile))? )?(?:information|data|details)\b|\b(?:change|modify|edit|update)\w*,? (?:or|and) (?:request (?:the )?)?(?:remov|delet|withdraw)\w* (?:of )?(?:any |all |the |your |their |this )?(?:personally identifiable |personal )?(?:information|data|details)\b|\bupdate or delete\b|\bview and update\b|\bupdated information\b|\bedit(?:ing)? (?:your |their |the )?(?:account|profile|personal|information|data|details|settings)\b|\bupdate (?:it|them)\b|\bedit(?:ing)?,? (?:or|and) (?:delet|remov)\w*|\b(?:modify|modifying|change|changing),? (?:or|and) (?:delete|deleting|remove|removing|erase|erasing) (?:any |all |the |your |their )?(?:personal )?(?:information|data|details)\b|\b(?:review|view)(?:ing)?,? (?:and |or )?(?:edit(?:ing)?|revis(?:e|ing))\b|\brevis(?:e|es|ed|ing) (?:your |their |the )?(?:personal |profile |account )?(?:information|data|details)\b/i,
    term: 'correction',
  },
  { pattern: /\bdelet(?:e|ion|ing)\b|\beras(?:e|ure)\b|\b(?:request|ask)\w*\b[^.]{0,60}\b(?:be |is |are )?(?:\w+ or )?(?:deleted|erased)\b|\b(?:to|may|can|could) have (?:your|their|the|any) (?:personal )?(?:data|information|details)\b[^.]{0,30}\b(?:deleted|erased)\b|\bremoved from our systems\b|\bremov(?:e|al)\b[^.]*\b(?:data|information|comments|account|details)\b/i, term: 'deletion' },
  // Opting out of a sale, a disclosure or profiling objects to that processing (opting out of ads is the marketing opt-out).
  {
    pattern:
      /^\s*(?:[•*–-]\s*|\(?[0-9a-z]{1,2}[.)]\s*)?objection\b|\brights (?:of|to) (?:[\w-]+,? (?:and |or )?){1,8}objection\b|\bright of opposition\b|\bopposition to (?:\w+ ){0,3}(?:processing|prospecting|marketing)\b|\bobject(?:ion)? to\b(?! (?:any |the |these |such )?changes\b)|\bright to object\b|\bto object\b|\bopt(?:s|ing)?[- ]out of (?:the |any |our |such )?(?:[\w-]+ )?(?:sale|sales|selling|sharing|disclosure|processing|profiling)\b|\bopt(?:s|ing)?[- ]out (?:of|from) (?:the |our |its |[\w-]+['’]s )?uses? of\b(?![^.]*\b(?:advertis\w*|ads?|cookies?)\b)|\bdo not (?:sell|share)(?: (?:or|and|\/) (?:sell|share))? my\b|\b(?:tell|ask|direct|instruct)\w* us not to (?:sell|share|disclose)\b|\brequest\w* that (?:we|it) (?:do not|don['’]t|not) [“"]?(?:sell|share)\b|\b(?:tell|ask|request|direct|instruct)\w*(?: that)? us (?:to )?stop (?:processing|using)\b|\bobject (?:to )?(?:how|whether|when|where) (?:we|it) (?:use|process|share)\b|\boppose (?:to )?(?:their|its|the|such|this|your) (?:treatment|processing|use)\b|\bdisagree (?:to|with) (?:the )?(?:processing|use) of\b|\b(?:can|may|right to) object\b,?[^.]{0,50},? to (?:the |any |our |such )?(?:processing|use)\b|\bobjections? (?:by|from) you\b/i,
    term: 'objection',
  },
  // Restricting use for marketing is the marketing opt-out, not the right to restriction;
  // "to block any data held in violation of the law": the older word for restriction.
  { pattern: /(?:\bblock(?:ing)? (?:of )?(?:any |the |your )?(?:personal )?data\b|\brestrict(?:ion|s)?\b|\blimitation of (?:the |its )?processing\b|\b(?:its |the )?processing (?:be |is )?limited\b|\blimit(?:ing)? (?:the |its )?processing\b|\b(?:right to )?limit (?:the )?use (?:and disclosure )?of (?:your |their |my )?sensitive\b)(?![^.]*\bmarketing\b)/i, term: 'restriction' },
  { pattern: /\bportab(?!le (?:(?:and|or) (?:[\w-]+ )?)?(?:devices?|computers?|media|drives?|storage|electronic)\b)\w*|\b(?:obtain|receive|get|request)\w* (?:a copy of )?(?:your|their|the) (?:personal )?(?:data|information) in (?:an? )?(?:[\w-]+ )?(?:electronic|portable|digital|machine[- ]readable|structured) format\b|\bin a format that can be (?:used|read|reused) by\b|\btransferability\b|^\W*(?:the )?(?:right to (?:request )?(?:the )?)?transfer of (?:your|their) (?:personal )?(?:data|information) to (?:another|a third[- ]party)\b|\brights? to (?:[\w-]+,? (?:and |or )?){1,5}transmit\b|\brights? to (?:[\w-]+,? (?:and |or )?){1,8}transfer (?:your|their) (?:personal )?(?:data|information)\b|\bexport (?:a copy of )?(?:your|their|all (?:of )?your) [a-z]+|\bexport of (?:all )?(?:of )?(?:your|their) (?:personal )?(?:data|information)\b|\btransfer (?:your|their) (?:personal )?(?:data|information) to (?:another|a third[- ]party) (?:provider|controller|service|company)\b|\b(?:pass|transmit|transfer|send|move|export)\w* (?:of )?(?:(?:it|them|that copy|a copy|this data|the data|(?:your|their) (?:[\w-]+ )?(?:data|information)) )?(?:on )?(?:directly )?to (?:you (?:or|and) )?another (?:(?:online|data) )?(?:[\w-]+ )?(?:controller|organi[sz]ation|provider|service|company|platform|entity)\b|\b(?:access|update|deletion|erasure|correction|rectification)(?:,| or| and)(?: (?:[\w-]+,?|and|or)){0,4} transfer of (?:this|your|their|such|the) (?:personal )?(?:data|information)\b|\bexport,? (?:or|and) delete\b|\bport\b(?!\s+(?:to|in|out)\b|\s+(?:\w+\s+)?(?:mobile |phone |cell )?numbers?\b)|\bmachine[- ]readable\b|\bin an? (?:simple,? )?structured(?:,? commonly used)? format\b|\b(?:export|download) (?:all (?:of )?)?(?:a copy of |an? (?:archive|zip file|backup|export) of )?(?:all (?:of )?)?(?:your|their) (?:(?:personal|user|account) )*(?:content|data|information)\b/i, term: 'portability' },
  // "If you are not satisfied with our response, you may contact the Privacy Commissioner": a complaint by another name;
  // so is "we will provide you with the contact information of the appropriate privacy authority", and "you may raise your concerns with the Information Commissioner’s Office".
  {
    pattern: new RegExp(
      `\\b(?:complain|complaints?|lodge|recourse|appeal|(?:bring|file|make) a claim)\\b[^.]*${REGULATOR}|\\b(?:contact(?: (?:information|details) (?:of|for))?|write to|appeal to|raise (?:your |a |any )?concerns? (?:directly )?with)\\s+(?:the |your |a )?(?:appropriate |respective |local |competent |relevant |state(?:['’]s)? |national )?${REGULATOR}`,
      'i',
    ),
    term: 'complaint',
  },
];

/** Data-protection laws a document names, by their short names (vocabulary/laws.ts). Read from every clause. */
export const LAW_TERMS: Term<string>[] = LAWS.flatMap((law) => law.patterns.map((pattern) => ({ pattern, term: law.name, consumes: law.consumes })));

/** Places a policy may say data is stored in (vocabulary/places.ts): regions first, then countries. */
export const PLACE_TERMS: Term<string>[] = PLACES.map((place) => ({ pattern: placePattern(place), term: place.name }));

/** Concrete measures protecting data (not the security of a network or service in general). */
export const SECURITY_PATTERN =
  /\bencrypt\w*|\bSSL\b|\bTLS\b|\bfirewalls?\b|\banti-?virus\b|\baccess restrictions\b|\brestricting access\b|\baccess controls?\b|\btechnical and organi[sz]ational measures\b|(?<!\b(?:life|health|safety|lives) (?:or|and) |\b(?:your|their|his|her|a person['’]s) )\b(?:physical|procedural|technical) security\b|\b(?:physical|electronic|procedural|administrative|technical|technological|organi[sz]ational|managerial)(?:,? (?:and |or )?(?:physical|electronic|procedural|administrative|technical|technological|organi[sz]ational|managerial|contractual))+ (?:security )?(?:safeguards|measures|controls|procedures|processes|steps)\b|\brestrict\w* access to (?:\w+ ){0,3}(?:data|information|records|systems)\b|\baccess (?:is )?(?:restricted|limited) to\b|(?<!\b(?:we|I|you) (?:only |also |first |really |will |may )?)\bneed[- ]to[- ]know\b|\bconfidentiality (?:agreements?|obligations?|undertakings?)\b|\banti-?malware\b|\bmalware (?:scanning|scans?|detection|protection|prevention|monitoring)\b|\b(?:scan|protect|detect|prevent|monitor|guard|defen[cd]|block)\w*,? (?:[\w-]+,? ){0,8}malware\b|\bISO(?:\/IEC)?\s?27001\b|\bSOC ?2\b|\bsecure (?:login|servers?|data cent(?:er|re)s?)\b|\bsecure hosting\b|\b(?:two|multi)[- ](?:factor|step) (?:authentication|verification)\b|\b2FA\b|\bsecurely (?:store|stored|storing|transmit\w*|host\w*)\b(?![^.]{0,60}\bisolate)|\bmonitor\w*\b[^.]{0,40}\b(?:vulnerabilit(?:y|ies)|attacks|intrusions?)\b|\bindustry[- ]standards?\b[^.]{0,60}\bprotect\w*|\bprotect\w*\b[^.]{0,60}\bindustry[- ]standard|\bpassword[- ]protected\b|\b(?:only|sole)\b[^.]{0,40}\baccess\w*\b[^.]{0,40}\bpassword|\bonly (?:a (?:few|limited number of|select number of) )?(?:authori[sz]ed|designated|selected?|specific) (?:personnel|staff|employees|people|persons|team members)\b[^.]{0,30}\b(?:have|has|with|can|may|are given|are granted) access\b/i;

/** Who a breach notice is for: the person, not only the operator (a user reporting a breach tells the operator). */
// The singular too ("notify the Customer of any Personal Data Breach"), but not "customer support" or "user account".
const AFFECTED = String.raw`(?:you|affected|(?:persons|people|individuals|data subjects) (?:concerned|affected)|users|customers|clients|subscribers|individuals|data subjects|members|those affected|them|(?:the |each |every |any )(?:user|customer|client|subscriber|member)(?![\w-]|\s+(?:support|service|care|success|relations|accounts?|data|information)\b))`;
/** A breach of the person's data: "security breach", "a security system's breach", "data incident", "breach of safeguards", not a breach of contract. */
const BREACH = String.raw`(?:\b(?:security|data|personal data|personal information|privacy)(?: systems?['’]?s?)? (?:breach|incident|compromise)\w*|\bbreach(?:es)? of (?:security|safeguards|(?:your |personal )?(?:data|information))|\b(?:security|systems?|servers?|storage(?: facilities)?|databases?)\b[^.;]{0,40}\b(?:is|are|was|were|be|been) compromised\b|\b(?:if|should|when|in the (?:event|case) of|(?:aware|learn|learns|informed|notified) of) an? breach\b(?!\s+of\s+(?:this|these|the|our|its|any|their|your)\s+(?:agreement|contract|terms|obligations|warrant\w*|licen[cs]e)))`;
/** A breach said without the word: data "disclosed in any unauthorized way", "unauthorized access to your personal information". */
const UNAUTHORISED = String.raw`(?:\bunauthori[sz]ed (?:access|disclosure|acquisition|use)\b|\b(?:disclosed|accessed|acquired|used) in (?:any|an) unauthori[sz]ed (?:way|manner)\b)`;
/** Telling someone ("disclosed to the affected users"); "information" is not. */
const NOTICE = String.raw`\b(?:inform(?!ation)|notif(?:y|ie[ds]|ication)|tell|contact|alert|send|disclos(?:ed?|ing)(?=\s+to\b)|let(?=\s+(?:\w+\s+){1,3}know\b))\w*`;
/** A promise to tell the person about a breach of their data ("we will notify affected customers of a data breach"). */
export const BREACH_NOTICE_PATTERN = new RegExp(
  String.raw`${BREACH}[^.;]*${NOTICE}\s+(?:\w+\s+){0,2}${AFFECTED}\b` +
    String.raw`|${NOTICE}\s+(?:to\s+)?(?:\w+\s+){0,3}${AFFECTED}\b[^.;]*${BREACH}` +
    // "We will notify users immediately if … their Personal Information is disclosed in any unauthorized way."
    String.raw`|${NOTICE}\s+(?:to\s+)?(?:\w+\s+){0,3}${AFFECTED}\b[^.;]*\b(?:if|when|should|where|in the event)\b[^.;]{0,80}${UNAUTHORISED}` +
    // "In the unlikely event of an unauthorized disclosure of your data we will notify you".
    String.raw`|\b(?:if|when|should|in the (?:\w+\s+)?(?:event|case) of)\b[^.;]{0,30}?${UNAUTHORISED}[^.;]*${NOTICE}\s+(?:to\s+)?(?:\w+\s+){0,3}${AFFECTED}\b` +
    // "In the event that Acme becomes aware of a data breach impacting your Personal Information, we will provide notification": to whom the breach touches.
    String.raw`|${BREACH}[^.;]*\byour\b[^.;]*\b(?:provide|give|send|issue)\s+(?:\w+\s+)?(?:notification|notice)\b(?!\s+to\s+(?:the\s+)?(?:\w+\s+)?(?:authorit|regulator|police|law enforcement|commissioner))` +
    // "In the event of a security breach, … we will notify the proper regulatory authorities and any users of the breach."
    String.raw`|${BREACH}[^.;]*${NOTICE}\s+(?:\w+\s+){0,3}(?:authorit(?:y|ies)|regulators?|commissioners?)\s+(?:and|as well as)\s+(?:\w+\s+){0,2}${AFFECTED}\b` +
    // "If we become aware of a breach …, we will provide you with notice as required by applicable law."
    String.raw`|${BREACH}[^.;]*\b(?:provide|give|send|issue)\s+${AFFECTED}\s+(?:with\s+)?(?:(?:a|written|prompt)\s+)?(?:notification|notice)\b` +
    String.raw`|\b(?:report|disclose|notify)\w*\s+(?:\w+\s+){0,3}(?:breach|incident)\w*\s+to\s+(?:the\s+)?(?:(?:[\w-]+\s+){1,4}(?:and|or|as well as)\s+(?:the\s+)?)?(?:\w+\s+)?${AFFECTED}\b` +
    // "You will be notified about data breaches when …": the person told, in the passive.
    String.raw`|\b${AFFECTED}\s+(?:will|shall|would|may|are to)\s+(?:\w+\s+)?be\s+(?:\w+\s+)?(?:notified|informed|told|alerted)\b[^.;]*${BREACH}` +
    // "the right to be informed in the event of a breach of security of personal data": a right to be told is a promise to tell.
    String.raw`|\bright to be (?:informed|notified|told)\b[^.;]{0,40}${BREACH}` +
    // "If there is a privacy breach, I promise to disclose it on the site blog": made public, which tells everyone affected.
    String.raw`|${BREACH}[^.;]*\b(?:disclose|publish|announce|post|make (?:it )?public)\w*\s+(?:it|this|the (?:breach|incident)|details)\b(?![^.;]*\bto (?:the |a )?(?:\w+ )?(?:authorit|regulator|police|law enforcement|commissioner))`,
  'i',
);

/** "Should a security incident occur, …": a line that names a breach of the person's data. */
export const NAMES_A_BREACH = new RegExp(BREACH, 'i');
/** "… we will take the following responsive action, should a data breach occur:": a line that introduces how a breach is handled. */
export const BREACH_INTRO = new RegExp(String.raw`${BREACH}[^]*:\s*\**\s*$`, 'i');
/** "We will notify you via email:", under such a line: the notice, its breach named in the line before. */
export const NOTICE_TO_THE_PERSON = new RegExp(String.raw`${NOTICE}\s+(?:to\s+)?(?:\w+\s+){0,2}${AFFECTED}\b`, 'i');

/** Find the terms a text names, in lexicon order, without repeats. */
export function matchTerms<T extends string>(text: string, lexicon: Term<T>[]): T[] {
  let rest = text;
  const found: T[] = [];
  for (const { pattern, term, consumes } of lexicon) {
    if (!pattern.test(rest)) continue;
    if (consumes) rest = rest.replace(new RegExp(pattern.source, pattern.flags + 'g'), ' ');
    if (!found.includes(term)) found.push(term);
  }
  return found;
}
