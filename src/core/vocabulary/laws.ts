// Data-protection and privacy laws a policy may name, across jurisdictions: one
// list for the facts (`laws`) and the jurisdiction checklists. `name` is the short
// name the report uses; `patterns` are how policies write it.

export interface Law {
  name: string;
  /** ISO 3166-1 alpha-2 country, or a region id from places.ts. */
  jurisdiction: string;
  patterns: RegExp[];
  /** A more specific law whose mention also contains this one's name ("UK GDPR" contains "GDPR"). */
  consumes?: boolean;
}

/** "Personal Information Protection Act (Alberta)", "B.C.'s PIPA", "PIPA, S.A. 2003 … Alberta". */
function provincialPipa(province: string, statutes: string): RegExp[] {
  const act = String.raw`(?:Personal Information Protection Act|PIPA)`;
  return [
    new RegExp(String.raw`\b${act},? \(?(?:of )?(?:the Province of )?(?:${province})\b`, 'i'),
    new RegExp(String.raw`(?:\b|(?<=\.))(?:${province})(?:['’]s)? ${act}`, 'i'),
    new RegExp(String.raw`\b${act},? ${statutes} \d{4}`, 'i'),
  ];
}

/**
 * "the EU and UK GDPR", "UK and EU General Data Protection Regulations", "the UK or European General Data
 * Protection Regulation": two laws sharing one head. Only "UK" is matched (and consumed), so the head still
 * names the GDPR.
 */
function sharedGdprHead(): RegExp[] {
  const uk = String.raw`(?:UK|United Kingdom)`;
  const eu = String.raw`(?:EU|European Union|European|EEA)`;
  const and = String.raw`(?: and | or | ?\/ ?| & )(?:the )?`;
  const head = String.raw` (?:GDPR|General Data Protection Regulations?)\b`;
  // The look-behind comes after "UK" is matched, so it runs only where "UK" stands, not at every position.
  return [new RegExp(String.raw`\b${uk}(?<=\b${eu}${and}${uk})(?=${head})`, 'i'), new RegExp(String.raw`\b${uk}(?=${and}${eu}${head})`, 'i')];
}

export const LAWS: Law[] = [
  { name: 'UK GDPR', jurisdiction: 'GB', consumes: true, patterns: [...sharedGdprHead(), /\bUK GDPR\b/i, /(?<=\bGeneral Data Protection Regulations? (?:\(["“]?GDPR["”]?\) )?of the (?:European Union|EU) and )(?:the )?(?:United Kingdom|UK)\b/i, /\b(?:United Kingdom|UK) General Data Protection Regulations?\b/i, /\bUnited Kingdom (?:\(["“]?UK["”]?\) )?GDPR\b/i, /\bGDPR\b[^.]{0,40}\b(?:incorporated into|as it forms part of|retained in) (?:the )?(?:UK|United Kingdom|domestic) law\b/i, /(?<=\b(?:version|form) of the GDPR )(?:adopted|retained|enacted) (?:by|in) the (?:United Kingdom|UK)\b/i, /(?<=\bGDPR (?:and|or) the )(?:UK|United Kingdom|British) equivalent\b/i] },
  { name: 'GDPR', jurisdiction: 'eu', patterns: [/\bGDPR\b/i, /\bGeneral Data Protection Regulations?\b/i, /\bRegulation \(EU\) 2016\/679\b/i, /\bDSGVO\b/] },
  // "… and repealing Directive 95/46/EC" is the GDPR's full title, not the Directive named as a law.
  { name: 'Data Protection Directive', jurisdiction: 'eu', patterns: [/(?<!\brepealing (?:Directive )?)\b(?:Directive )?95\/46\/EC\b/i, /(?<!\brepealing )\bDirective 95\/46\b/i, /\bData Protection Directive\b/i, /\b(?:EU|European Union['’]s|European) Directive on (?:Data Protection|the protection of (?:individuals with regard to the processing of )?personal data)\b/i] },
  // "the EU Cookie Directive" is its common name; "ePrivacy and Competition regulations" names it in a list of rules, as does a heading "ePrivacy".
  { name: 'ePrivacy Directive', jurisdiction: 'eu', patterns: [/\bDirective 2002\/58\/EC\b/i, /\be-?Privacy (?:Directive|Regulations?|rules|laws?|legislation)\b/i, /\be-?Privacy(?= and \w+ (?:regulations|rules|laws)\b)/i, /^\W*e-?Privacy\W*$/i, /\b(?:EU|European) Cookie (?:Directive|Law)\b/i] },
  // Ireland's Acts, before the UK's: "Data Protection Act 2018 (Ireland)" is not the UK Act of that name.
  { name: 'Data Protection Act 2018 (Ireland)', jurisdiction: 'IE', consumes: true, patterns: [/\bData Protection Act,? 2018,? \(?(?:of )?(?:Ireland|Irish)\b/i, /\b(?:Irish|Ireland['’]s) Data Protection Act,? 2018\b/i] },
  { name: 'Data Protection Acts 1988 and 2003', jurisdiction: 'IE', patterns: [/\bData Protection Acts?,? 1988\b/i, /\bData Protection \(Amendment\) Act,? 2003\b/i, /\bIrish Data Protection Acts?\b(?!,? 2018)/i] },
  { name: 'Data Protection Act 2018', jurisdiction: 'GB', patterns: [/\bData Protection Act,? 2018\b/i, /\b(?:UK )?DPA,? 2018\b/, /\b(?:UK|United Kingdom)(?:['’]s)? Data Protection Act\b(?!,? 1998)/i, /\bDPA (?:in|of) (?:the )?(?:UK|United Kingdom)\b/] },
  { name: 'Data Protection Act 1998', jurisdiction: 'GB', patterns: [/\bData Protection Act,? 1998\b/i, /\b(?:UK )?DPA,? 1998\b/] },
  { name: 'PECR', jurisdiction: 'GB', patterns: [/\bPECR\b/, /\bPrivacy and Electronic Communications (?:\(EC Directive\) )?Regulations\b/i] },
  { name: 'POPIA', jurisdiction: 'ZA', patterns: [/\bProtection of Personal Information Act\b/i, /\bPOPI(?:A| Act)\b/i, /\(POPI\) Act\b/i] },
  { name: 'PIPEDA', jurisdiction: 'CA', patterns: [/\bPIPEDA\b/i, /\b(?:Personal Information )?Protection and Electronic Documents Act\b/i] },
  { name: 'CASL', jurisdiction: 'CA', patterns: [/\bCASL\b/, /\bCanada'?s Anti-Spam Legislation\b/i] },
  { name: 'Quebec Law 25', jurisdiction: 'CA', patterns: [/\bLaw 25\b/i, /\bBill 64\b/i, /\bAct respecting the protection of personal information in the private sector\b/i, /\bQu[ée]bec Privacy Act\b/i] },
  { name: 'CCPA/CPRA', jurisdiction: 'US', patterns: [/\bCCPA\b/, /\bCPRA\b/, /\bCalifornia (?:Consumer Privacy|Privacy Rights) Act\b/i, /\b1798\.1\d\d\b/] },
  { name: 'Shine the Light', jurisdiction: 'US', patterns: [/\bShine[- ]the[- ]Light\b/i, /\b(?:Civil|Civ\.) Code,? (?:Sections? )?(?:§§? ?)?1798\.83\b/i, /(?:§ ?|\bSections? |\bSec\. ?)1798\.83\b/i] },
  // CalOPPA is Business & Professions Code §§ 22575–22579.
  { name: 'CalOPPA', jurisdiction: 'US', patterns: [/\bCalOPPA\b/i, /\bCalifornia Online Privacy Protection Act\b/i, /\b(?:Business (?:&|and) Professions|Bus\.? ?(?:&|and) ?Prof\.?) Code,?\s*(?:Section|§)?\s*2257[5-9]\b/i] },
  // Business and Professions Code §§ 22580–22582: minors may have what they posted removed.
  { name: 'California Online Eraser law', jurisdiction: 'US', patterns: [/\bOnline Eraser\b/i, /["“]Eraser["”] law\b/i, /\bBusiness (?:and|&) Professions Code,? (?:Sections? )?(?:§§? ?)?2258[0-2]\b/i] },
  { name: 'CAN-SPAM', jurisdiction: 'US', patterns: [/\bCAN-?SPAM\b/i, /\bControlling the Assault of Non-Solicited Pornography and Marketing Act\b/i] },
  { name: 'COPPA', jurisdiction: 'US', patterns: [/\bCOPPA\b/, /\bChildren[’']s Online Privacy Protection Act\b/i] },
  { name: 'FERPA', jurisdiction: 'US', patterns: [/\bFERPA\b/, /\bFamily Educational Rights and Privacy Act\b/i] },
  // State laws on student data held by education services.
  { name: 'SOPIPA', jurisdiction: 'US', consumes: true, patterns: [/\bSOPIPA\b/, /\bStudents? Online Personal Information Protection Act\b/i, /\bBusiness (?:and|&) Professions Code,? (?:[Ss]ection |§ ?)?22584\b/i] },
  { name: 'SOPPA', jurisdiction: 'US', patterns: [/\bSOPPA\b/, /\bStudent Online Personal Protection Act\b/i] },
  // AB 1584 is the 2014 bill that wrote section 49073.1.
  { name: 'California Education Code 49073.1', jurisdiction: 'US', patterns: [/\bEducation Code,? (?:[Ss]ection |§ ?)?49073\.1\b/i, /\bAB ?1584\b/] },
  { name: 'New York Education Law 2-d', jurisdiction: 'US', patterns: [/\bEducation Law,? (?:[Ss]ection |§ ?)?2-d\b/i] },
  { name: 'Cable Act', jurisdiction: 'US', patterns: [/\bCable (?:Communications Policy )?Act\b/i, /\b47 U\.?S\.?C\.? (?:§ ?)?551\b/i] },
  { name: 'FCRA', jurisdiction: 'US', patterns: [/\bFCRA\b/, /\bFair Credit Reporting Act\b/i] },
  { name: 'GLBA', jurisdiction: 'US', patterns: [/\bGLBA\b/, /\bGramm-Leach-Bliley\b/i] },
  { name: 'HIPAA', jurisdiction: 'US', patterns: [/\bHIPAA\b/] },
  { name: 'Washington My Health My Data Act', jurisdiction: 'US', patterns: [/\bMy Health,? My Data\b/i, /\bMHMDA\b/] },
  {
    name: 'US state privacy laws',
    jurisdiction: 'US',
    patterns: [
      /\b(?:Virginia|Colorado|Connecticut|Utah|Texas|Oregon|Montana|Iowa|Indiana|Tennessee|Delaware|New Hampshire|New Jersey|Nebraska|Kentucky|Maryland|Minnesota|Rhode Island) (?:Consumer )?(?:Data )?(?:Privacy|Protection) (?:(?:and|&) Security )?Act\b/i,
      /\b(?:VCDPA|CTDPA|UCPA|TDPSA|OCPA|NEDPA|MCDPA|MTCDPA|ICDPA|INCDPA|TIPA|NJDPA|MODPA|KCDPA|FDBR)\b/,
      /\bFlorida Digital Bill of Rights\b/i,
      /\bCPA\b(?= .*Colorado)/,
    ],
  },
  { name: 'NRS 603A', jurisdiction: 'US', patterns: [/\b(?:NRS|Chapter|Ch\.) ?603A\b/i, /\bNevada Revised Statutes,? (?:Chapter )?603A\b/i, /\bSB 220\b(?= .*Nevada)/, /\bNevada (?:SB|S\.B\.|Senate Bill) ?220\b/i] },
  // Nevada's consumer health data law (2023), named by its bill.
  { name: 'Nevada SB 370', jurisdiction: 'US', patterns: [/\bNevada (?:SB|S\.B\.|Senate Bill) ?370\b/i, /\bSB ?370\b(?= .*Nevada)/] },
  { name: 'Maine broadband privacy law', jurisdiction: 'US', patterns: [/\bMaine Broadband (?:Internet Access Service )?(?:Customer )?(?:Privacy )?(?:Law|Act)\b/i] },
  { name: 'Illinois BIPA', jurisdiction: 'US', patterns: [/\bBIPA\b/, /\bBiometric Information Privacy Act\b/i] },
  // Its CPNI and satellite-subscriber sections (47 U.S.C. 222, 338(i)) are the privacy rules of US telephone and TV providers.
  // Not the UK's Communications Act 2003, nor section 631, which is the Cable Act.
  { name: 'Communications Act', jurisdiction: 'US', patterns: [/(?<!\b631 of the )\b(?:Federal )?Communications Act\b(?!,? 2003)/i] },
  { name: 'Peru personal data law', jurisdiction: 'PE', patterns: [/\bPeruvian (?:Personal )?Data Protection (?:Law|Regulations?)\b/i, /\bLaw (?:No\.? )?29733\b/i] },
  { name: 'Swiss FADP', jurisdiction: 'CH', consumes: true, patterns: [/\bFADP\b/, /\bnFADP\b/, /\bSwiss (?:Federal )?(?:Act on )?Data Protection(?: Act)?\b(?! and Information Commissioner| Commissioner)/i, /\bFederal Act on Data Protection\b/i, /\bDSG\b/] },
  { name: 'French Data Protection Act', jurisdiction: 'FR', patterns: [/\bFrench Data Protection Act\b/i, /\bLoi (?:n° ?78-17 (?:du 6 janvier 1978 )?|« ?)?Informatique et Libert[ée]s\b/i, /\b(?:Law|Act) (?:No\.? ?|n\s?[°º] ?)?78[-/]17\b/i, /\b(?:French )?(?:law|act) (?:of|dated) (?:the )?6(?:th)? January,? 1978\b/i] },
  // Germany's telecoms act held the telecom privacy rules (§§ 91–107) until the TTDSG took them over in 2021.
  { name: 'TKG', jurisdiction: 'DE', patterns: [/\bTKG\b/, /\bTelekommunikationsgesetz\b/i, /\bGerman Telecommunications Act\b/i] },
  // Bare "TMG" only after a section sign: "The Meet Group, Inc. (“TMG”)" is a company.
  { name: 'TMG', jurisdiction: 'DE', patterns: [/(?:§§?|\bSec(?:tion|t)?\.?)\s*\d+[a-z]?(?:\s+(?:para(?:graph)?\.?|Abs\.?)\s*\d+)?(?:\s+(?:sentence|Satz|S\.)\s*\d+)?\s+(?:of the\s+)?TMG\b/, /\bTelemediengesetz\b/i, /(?<!\bTelecommunications )\bTelemedia Act\b/i] },
  { name: 'TTDSG', jurisdiction: 'DE', patterns: [/\bTTDSG\b/, /\bTDDDG\b/, /\bTelekommunikation-Digitale-Dienste-Datenschutz-Gesetz\b/i, /\bTelecommunications Telemedia Data Protection Act\b/i] },
  // Germany's general data protection act, not the telecoms and telemedia one.
  { name: 'BDSG', jurisdiction: 'DE', patterns: [/\bBDSG\b/, /\bBundesdatenschutzgesetz\b/i, /\b(?:German )?Federal Data Protection Act\b/i] },
  { name: 'LGPD', jurisdiction: 'BR', patterns: [/\bLGPD\b/i, /\bLei Geral de Proteção de Dados\b/i] },
  { name: 'Marco Civil da Internet', jurisdiction: 'BR', patterns: [/\bMarco Civil(?: da Internet)?\b/i, /\bBrazilian Internet Civil Framework\b/i] },
  { name: 'Privacy Act 1988', jurisdiction: 'AU', patterns: [/\bPrivacy Act,? 1988\b/i, /\bAustralian Privacy Principles\b/i, /\bAustralia(?:n|['’]s) Privacy Act\b/i] },
  // The 1993 Act and the 2020 one that replaced it, and either without its year: one name that is right for both.
  { name: 'New Zealand Privacy Act', jurisdiction: 'NZ', patterns: [/\bNew Zealand Privacy Act\b/i, /\bPrivacy Act,? (?:1993|2020)\b/i] },
  // Codes of practice issued under New Zealand's Privacy Act, binding on the sectors they name.
  { name: 'Telecommunications Information Privacy Code', jurisdiction: 'NZ', patterns: [/\bTelecommunications Information Privacy Code\b/i] },
  { name: 'Health Information Privacy Code', jurisdiction: 'NZ', patterns: [/\bHealth Information Privacy Code\b/i] },
  // Before PDPA, whose name its own contains.
  { name: 'DPDP Act', jurisdiction: 'IN', consumes: true, patterns: [/\bDigital Personal Data Protection Act\b/i, /\bDPDP Act\b/i] },
  { name: 'PDPA', jurisdiction: 'SG', patterns: [/\bPDPA\b/, /\bPersonal Data Protection Act\b/i] },
  { name: 'APPI', jurisdiction: 'JP', patterns: [/\bAPPI\b/, /\bAct on (?:the )?Protection of Personal Information\b/i] },
  { name: 'PIPL', jurisdiction: 'CN', patterns: [/\bPIPL\b/, /\bPersonal Information Protection Law\b/i] },
  // Alberta's and British Columbia's private-sector acts share Korea's act's name; named with the province, they are Canada's.
  { name: 'Alberta PIPA', jurisdiction: 'CA', consumes: true, patterns: provincialPipa('Alberta', String.raw`S\.?A\.?`) },
  { name: 'BC PIPA', jurisdiction: 'CA', consumes: true, patterns: provincialPipa(String.raw`British Columbia|B\.C\.|BC`, String.raw`S\.?B\.?C\.?`) },
  { name: 'PIPA', jurisdiction: 'KR', patterns: [/\bPersonal Information Protection Act\b(?! and Electronic)/i, /\bPIPA\b(?=[^.]{0,60}\bKorea)/, /\bKorea\w*\b[^.]{0,60}\bPIPA\b/] },
  { name: 'Korea Network Act', jurisdiction: 'KR', patterns: [/\bAct on (?:the )?Promotion of Information and Communications? Network Utili[sz]ation and (?:Data|Information) Protection\b/i, /\bNetwork Act\b(?=[^.]{0,40}\bKorea)/i] },
  { name: 'NDPR', jurisdiction: 'NG', patterns: [/\bNDPR\b/, /\bNigeria(?:n)? Data Protection (?:Regulation|Act)\b/i, /\bNDPA\b/] },
  { name: 'IT Act', jurisdiction: 'IN', patterns: [/\bInformation Technology Act\b/i, /\bIT Act\b/] },
  { name: 'KVKK', jurisdiction: 'TR', patterns: [/\bKVKK\b/, /\bTurkish (?:Personal )?Data Protection (?:Law|Act)\b/i, /\bLaw (?:No\.?|Number|numbered) 6698\b/i, /\bLaw on the Protection of Personal Data (?:No\.? )?6698\b/i] },
  // Act No. 101/2000 Coll. (Sb.), replaced by Act No. 110/2019 Coll. alongside the GDPR.
  { name: 'Czech data protection act', jurisdiction: 'CZ', patterns: [/\bAct (?:No\.? ?)?(?:101\/2000|110\/2019)\b/i, /\bCzech (?:Personal )?Data Protection Act\b/i, /\b(?:Privacy|(?:Personal )?Data (?:Protection|Processing)) Act\b[^.;]{0,40}\bCzech Republic\b/i] },
  // Canada's provincial public-sector privacy acts (Ontario's, British Columbia's, …): what a school or university must follow.
  { name: 'FIPPA', jurisdiction: 'CA', patterns: [/\bFIPPA\b/, /\bFreedom of Information and Protection of Privacy Act\b/i] },
  { name: 'Romanian data protection law', jurisdiction: 'RO', patterns: [/\bLaw (?:No\.? ?)?(?:677\/2001|190\/2018)\b/i, /\bRomanian (?:Personal )?Data Protection (?:Law|Act)\b/i] },
  { name: 'Lithuanian data protection law', jurisdiction: 'LT', patterns: [/\b(?:Republic of )?Lithuania(?:n)? Law on (?:the )?(?:Legal )?Protection of Personal Data\b/i, /\bLaw on (?:the )?Legal Protection of Personal Data of the Republic of Lithuania\b/i] },
  { name: 'Lithuanian Law on Electronic Communications', jurisdiction: 'LT', patterns: [/\bLaw on Electronic Communications of the Republic of Lithuania\b/i, /\b(?:Republic of )?Lithuania(?:n)? Law on Electronic Communications\b/i] },
  { name: 'SPDI Rules', jurisdiction: 'IN', patterns: [/\bSPDI Rules\b/i, /\bSensitive Personal Data or Information\)? Rules\b/i] },
];
