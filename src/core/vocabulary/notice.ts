// What a privacy notice must tell, as policies word it: one list for the jurisdiction
// checklists (src/core/checklists/). Each entry is matched case-insensitively against one
// clause's text unless written in capitals only. Data items, rights, places, laws and
// regulators are not repeated here: the checklists take them from their own lists.

export const NOTICE_TERMS = {
  /**
   * Who runs the service (GDPR Art. 13(1)(a), POPIA s18(1)(b)): the controller named as such, not "another
   * controller" a copy is sent to, nor what "is provided by you".
   */
  responsibleParty: [
    /\b(?<!another |other )(?:data )?controllers?\b/i,
    /\bresponsible party\b/i,
    /\btrading as\b|\bT\/A\b/,
    /\bregistered (?:office|address)\b/i,
    /\b(?:is|are) (?:operated|owned|provided|run) by\b(?! you\b)/i,
  ],
  /** How to reach the one responsible: the other half of Art. 13(1)(a). */
  contactPoint: [
    /\bcontact us\b/i,
    /\bour contact (?:details|information)\b|\bcontact (?:details|information)\b[^.]{0,20}\b(?:below|are|is)\b/i,
    /\b(?:write|e-?mail|call|reach) (?:to )?us\b/i,
    /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/,
  ],
  /** A data protection officer, or POPIA's information officer. */
  dpo: [
    /\bdata protection officer\b/i,
    /\bDPO\b/,
    /\binformation officer\b/i,
    /\bprivacy (?:compliance )?officer\b/i,
    /\b(?:personal )?data protection (?:department|specialist|team)\b/i,
  ],
  /** A named person or office accountable for privacy (PIPEDA 4.1, 4.8.2(a)). */
  accountable: [
    /\b(?:chief )?privacy officer\b/i,
    /\bdata protection officer\b/i,
    /\bDPO\b/,
    /\binformation officer\b/i,
    /\bcontact\b/i,
    /\baccountable\b/i,
  ],
  /** What a contact point is for: the questions and complaints it takes. */
  enquiries: [/\bquestions?\b/i, /\bconcerns?\b/i, /\bcomplain\w*/i, /\benquir\w*|\binquir\w*|\bquer(?:y|ies)\b/i, /\bcomments?\b/i, /\brequests?\b/i],
  /** Why data is used (GDPR Art. 13(1)(c), POPIA s18(1)(c), PIPEDA 4.2, CCPA). */
  purposes: [
    /\bpurposes?\b/i,
    /\b(?:we|may|will|shall|also) use (?:your |the |this |such |that )?(?:personal )?(?:information|data|details)\b/i,
    /\b(?:is|are) used (?:to|for)\b/i,
    /\bin order to\b/i,
    /\bso (?:that )?we can\b/i,
    /\b(?:helps?|allows?|enables?) us to\b/i,
  ],
  /** The legal basis of processing (GDPR Art. 6, 13(1)(c)). */
  legalBasis: [
    /\blegal (?:basis|bases|grounds?)\b/i,
    /\blawful (?:basis|bases|grounds?)\b/i,
    /\bArt(?:icle|\.)? ?6\b/i,
    /\blegitimate interests?\b/i,
    /\bperformance of (?:a |the |our )?contract\b/i,
    /\bnecessary (?:for|to) (?:the )?(?:perform|fulfil|enter)\w*/i,
    /\b(?:comply|compliance) with (?:a |our )?legal obligations?\b/i,
    /\bvital interests?\b/i,
    /\bbased on (?:your )?consent\b/i,
    // Consent is a legal basis too (Art. 6(1)(a)): "by using the app, you consent to …", "with your prior consent".
    /\byou (?:hereby |thereby |expressly )?(?:are )?consent(?:ing)? to\b/i,
    /\byou (?:give|provide|grant) (?:us )?(?:your )?(?:explicit |express )?consent\b/i,
    /\bwith (?:your|the user[’']s) (?:prior |explicit |express )?(?:consent|permission)\b/i,
    /\byour (?:prior|explicit|express)(?: and [\w-]+)? consent\b/i,
    /\b(?:comply|compliance) with (?:the |a |any |applicable )?(?:law|legal)\b/i,
  ],
  legitimateInterests: [
    /\blegitimate (?:business |technical )?(?:interests?|purposes)\b/i,
    // The interests themselves, unnamed: the company's legal position. Not "to protect our rights, property or safety",
    // which the generators' disclosure lists give as a reason to hand data to the authorities.
    /\b(?:against|from) legal liability\b/i,
    /\bdefend (?:itself |ourselves )?against (?:any )?legal claims\b/i,
  ],
  /** Whether giving data is required, and what follows if it is not given (GDPR 13(2)(e), POPIA s18(1)(d)-(e)). */
  requirement: [
    /\b(?:required|obliged|obligated|have) to (?:provide|give|supply)\b/i,
    /\bmandatory (?:fields?|information|data)\b|\b(?:information|data) (?:is|are) mandatory\b/i,
    /\b(?:statutory|contractual) (?:or contractual )?requirement\b/i,
    /\b(?:details|information|documentation|documents|data)\b[^.]{0,40}\b(?:will be|is|are) required\b(?! by law)/i,
  ],
  /** POPIA s18(1)(d) asks whether supplying is voluntary or mandatory: the words themselves tell it. */
  voluntary: [/\bvoluntar\w*/i, /\boptional\b/i, /\bmandatory\b/i, /\bmay require (?:further |additional |other )?(?:documentation|information|details|documents)\b/i],
  consequences: [
    /\bif you (?:do not|don[’']t|choose not to|decline to|refuse to|fail to) (?:provide|give|supply|share|consent)\b/i,
    /\bfail(?:ure)? to (?:provide|give|supply)\b/i,
    /\b(?:unable|not be able) to (?:provide|offer|deliver|use|access)\b/i,
    /\bwithout (?:this|such|that|the) (?:personal )?(?:information|data)\b/i,
  ],
  /** Consequences of not giving cookies are about a browser setting, not about data the person is asked for. */
  cookies: [/\bcookies?\b/i],
  /** A law that requires or permits the collection (POPIA s18(1)(f)). */
  lawRequiring: [
    /\b(?:required|authori[sz]ed|permitted|obliged|compelled|mandated) (?:by|under|in terms of) (?:the |any |applicable )?(?:law|legislation|regulations?|\w+ Act)\b/i,
    /\blegal(?:ly)? (?:obligation|requirement|required|obliged)\b/i,
    /\bRICA\b|\bFICA\b/,
  ],
  /** Withdrawal offered to the person in so many words, whatever the clause is about ("Information provided … may be withdrawn at any time"); the rights fact reads the first too. */
  withdrawalOffered: [/\b(?:may|can) be (?:withdrawn|revoked) at any time\b/i, /\b(?:you|users?|customers?)\b[^.]{0,40}\b(?:may|can|have the right to|are entitled to) (?:\w+ )?(?:withdraw|revoke)\b/i],
  automatedDecisions: [/\bautomated (?:individual )?decision/i, /\bprofiling\b/i, /\bautomated processing\b/i, /\bsolely automated\b/i, /\bautomated (?:[\w-]+ ){0,2}(?:detection|analys[ie]s|assessments?|scoring|evaluations?|screening)\b/i],
  /** Where data comes from other than the person (GDPR Art. 14(2)(f), CCPA sources). */
  otherSource: [
    /\b(?:from|through|via|by) (?:our |other |trusted |your )?(?:third[- ]part(?:y|ies)|partners|affiliates|publicly available|public sources|other sources|social (?:media|network\w*)|service providers|data brokers|other (?:services|products|companies|users))\b/i,
    /\bsocial network(?:ing)? (?:sites?|profiles?|accounts?)\b/i,
    /\b(?:origin|sources?) of (?:your |the )?(?:personal )?(?:data|information)\b/i,
    /\b(?:receive|obtain)\w* (?:\w+ ){0,4}(?:information|data) (?:about you )?from\b/i,
    /\bindependently collected\b/i,
  ],
  /** From the person themselves (POPIA s18(1)(a) asks for the source either way). */
  directSource: [
    /\b(?:information|data|details) (?:that )?you (?:provide|give|submit|enter|share)\b/i,
    /\byou (?:provide|give|submit) (?:to )?us\b/i,
    /\b(?:directly )?from you\b/i,
    /\bcollect\w* automatically\b|\bautomatically (?:collect|record|receive|gather)\w*/i,
  ],
  /** Organisations of the same group (PIPEDA 4.8.2(e)). */
  relatedOrganisations: [
    /\baffiliat\w*/i,
    /\bsubsidiar\w*/i,
    /\bgroup (?:companies|company|entities|members)\b/i,
    /\brelated (?:companies|organi[sz]ations|entities|parties)\b/i,
    /\b(?:parent|sister) compan\w*/i,
  ],
  /**
   * A complaint or challenge about how data is handled (PIPEDA 4.10: challenging compliance): "challenge our compliance",
   * "challenge how we handle your information"; not a fitness "challenge" the person joins.
   */
  complaintWord: [/\bcomplain\w*/i, /\bchalleng(?:e|es|ed|ing)\b[^.;]{0,30}\b(?:compliance|handl\w*|practices|accuracy|completeness|decision|response)\b/i],
  /** The person not satisfied with the answer, the step before a regulator: "if you're still unhappy, you can contact …". */
  dissatisfied: [/\b(?:unhappy|dissatisfied|unsatisfied|not (?:fully )?satisfied)\b/i],
  /** An authority a complaint may go to, named generically ("the data protection authority", "a regulator"). */
  authority: [/\b(?:supervisory|data protection|communications|regulatory|competent|governmental) authorit(?:y|ies)\b/i, /\bregulators?\b/i],
  /** The operator working with authorities ("will cooperate with the appropriate governmental authorities … to resolve any complaints"): its undertaking, not a complaint offered to the person. */
  cooperatesWithAuthorities: [/\b(?:cooperat|co-operat|work)\w* with (?:the )?(?:appropriate |relevant |competent )?(?:\w+ )?(?:authorit(?:y|ies)|regulators?)\b/i],
  /** Personal data as the object of a right ("access your personal information", not "access the Services"). */
  personalData: [/\b(?:information|data|details|PII)\b/i],
  /** CCPA: selling or sharing for cross-context behavioural advertising. */
  sale: [/\bsell\w*\b|\bsold\b|\bsale of\b/i, /\bcross-context\b/i, /\bshar\w+ (?:for|with) (?:cross-context )?behaviou?ral advertising\b/i],
  businessPurpose: [/\bbusiness purposes?\b/i],
  // The "Do Not Sell or Share My Personal Information" link, not the operator's denial ("We do not sell your data").
  optOutOfSale: [/\bopt[- ]out of (?:the )?(?:sale|sharing|selling)\b/i, /\bdo not (?:sell|share)(?: (?:or|and|\/) (?:sell|share))? my\b/i, /\bDo Not (?:Sell|Share)\b/, /\bright to opt[- ]out\b/i],
  limitSensitive: [/\blimit\w* (?:the )?(?:use|disclosure)\b[^.]*\bsensitive\b/i],
  nonDiscrimination: [/\bdiscriminat\w*/i, /\bretaliat\w*/i],
  requestMethods: [
    /\btoll[- ]free\b/i,
    /\bweb ?form\b|\bonline form\b/i,
    /\bsubmit (?:a |your )?(?:verifiable )?(?:consumer )?requests?\b/i,
    /\b(?:by|via) (?:e-?mail|phone|telephone|calling|contacting|writing|visiting|sending)\b/i,
    /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/,
  ],
  authorisedAgent: [/\bauthori[sz]ed agents?\b/i],
  /** A date: the year a policy was last updated, at least. */
  dated: [/\b(?:19|20)\d{2}\b/],
  lastUpdated: [
    /\blast (?:updated|modified|revised|reviewed|amended|changed)\b/i,
    /\beffective (?:date|as of|from|on)\b/i,
    /\bin effect (?:as of|from)\b/i,
    /\b(?:updated|revised|amended) (?:on|as of)\b/i,
    /\bdate of (?:last )?(?:update|revision)\b/i,
    // "V1, valid as of: 02/2022", "in force since 1 May 2024".
    /\b(?:valid|in force) (?:as of|from|since)\b/i,
    // "Version 1.2 — May 22, 2018": a version dated.
    /\bversion\s+\d+(?:\.\d+)*\b[^.\n]{0,25}\b(?:19|20)\d{2}\b/i,
  ],
  optOutSignal: [/\bGlobal Privacy Control\b/i, /\bGPC\b/, /\bopt[- ]out preference signals?\b/i, /\buniversal opt[- ]out\b/i],
  /** Where the provider itself is established: registration, seat, or "X is a company in …" (not where data goes). */
  providerSeat: [
    /\b(?:registered|incorporated|established|organi[sz]ed|domiciled|headquartered) (?:in|under the laws of)\b/i,
    /\bregistered (?:office|address)\b/i,
    /\b(?:head|principal) office\b|\bprincipal place of business\b/i,
    /\b(?:is|are) an? (?:[\w()-]+ ){0,6}(?:company|provider|business|firm|organi[sz]ation|operator|ISP)\b(?: \([A-Z]+\))? (?:based |located )?in\b/i,
  ],
} as const satisfies Record<string, RegExp[]>;

export type NoticeTerm = keyof typeof NOTICE_TERMS;

/** Does the text use any wording of `term`? */
export function mentions(text: string, term: NoticeTerm): boolean {
  return NOTICE_TERMS[term].some((pattern) => pattern.test(text));
}
