// Data-protection regulators and supervisory authorities: a complaint to one of
// these is the `complaint` right. One list for the facts and the checklists.

export interface Regulator {
  name: string;
  jurisdiction: string;
  pattern: RegExp;
}

export const REGULATORS: Regulator[] = [
  { name: 'a supervisory authority', jurisdiction: 'eu', pattern: /\b(?:data protection|data privacy|supervisory|supervising) authorit(?:y|ies)\b|\bDPA\b|\bdata protection (?:commission(?:er)?|regulator|agency|board|inspectorate)\b|\b(?:authority|agency|commission|inspectorate) (?:(?:responsible|competent) )?for (?:the )?(?:privacy|data|personal data) protection\b|\b(?:authority|agency|commission|inspectorate|office) for (?:the )?(?:supervision|protection) of (?:the )?(?:processing of )?(?:personal )?data(?: processing)?\b|\bprivacy protection (?:authority|agency|commission|regulators?)\b|\b(?:data protection|privacy) regulators?\b|\bprivacy authorit(?:y|ies)\b|\bregulatory authorit(?:y|ies)\b|\boffice for (?:the )?(?:personal )?data protection\b/i },
  { name: "the Information Commissioner's Office", jurisdiction: 'GB', pattern: /\bInformation Commissioner(?:[’']s Office|s?['’]? Office)?(?![\w])|\bICO\b/ },
  { name: 'the Information Regulator', jurisdiction: 'ZA', pattern: /\bInformation Regulator\b/i },
  { name: 'the Privacy Commissioner of Canada', jurisdiction: 'CA', pattern: /\bPrivacy Commissioner\b|\bOffice of the Privacy Commissioner\b|\bOPC\b/i },
  { name: "Quebec's Commission d'accès à l'information", jurisdiction: 'CA', pattern: /\bCommission d['’]acc[eè]s [àa] l['’]information\b/i },
  { name: 'a state attorney general', jurisdiction: 'US', pattern: /\bAttorney General\b/i },
  { name: 'the California Privacy Protection Agency', jurisdiction: 'US', pattern: /\bCalifornia Privacy Protection Agency\b|\bCPPA\b/ },
  { name: 'the Federal Trade Commission', jurisdiction: 'US', pattern: /\bFederal Trade Commission\b|\bFTC\b/ },
  { name: 'the Federal Communications Commission', jurisdiction: 'US', pattern: /\bFederal Communications Commission\b|\bFCC\b/ },
  { name: 'the CNIL', jurisdiction: 'FR', pattern: /\bCNIL\b/ },
  { name: "Ireland's Data Protection Commission", jurisdiction: 'IE', pattern: /\bData Protection Commission(?:er)?\b|\bDPC\b/ },
  { name: 'a German data protection authority', jurisdiction: 'DE', pattern: /\bBfDI\b|\bLandesbeauftragte\w*\b|\bdata protection officer of the state\b/i },
  { name: 'a national data protection authority in Europe', jurisdiction: 'eu', pattern: /\bGarante (?:per la protezione dei dati personali|privacy)\b|\bAEPD\b|\bAgencia Espa[ñn]ola de Protecci[óo]n de Datos\b|\bAutoriteit Persoonsgegevens\b|\bDatatilsynet(?:et)?\b|\bIntegritetsskyddsmyndigheten\b|\bIMY\b|\bDatainspektionen\b|\bUODO\b|\bDatenschutzbeh[öo]rde\b|\bCNPD\b/ },
  { name: 'the Swiss FDPIC', jurisdiction: 'CH', pattern: /\bFDPIC\b|\bFederal Data Protection and Information Commissioner\b/i },
  { name: 'the OAIC', jurisdiction: 'AU', pattern: /\bOAIC\b|\bAustralian Information Commissioner\b/i },
  { name: 'the PDPC', jurisdiction: 'SG', pattern: /\bPDPC\b|\bPersonal Data Protection Commission\b/i },
  { name: 'the Personal Information Protection Commission', jurisdiction: 'JP', pattern: /\bPersonal Information Protection Commission\b|\bPPC\b/ },
  // Finland's regulator is an ombudsman; an industry's or the financial services' ombudsman settles disputes, not data protection.
  { name: 'a data protection ombudsman', jurisdiction: '', pattern: /\bdata protection ombudsman\b/i },
];
