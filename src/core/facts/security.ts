// security_measures_described: whether the policy describes how it protects data.
import { dealsWithPersonalData, notStated, stated } from './clauses';
import { defineFact, yesNo, type FactInput } from './definition';
import { FIRST_PERSON } from '../vocabulary/parties';
import { polarityAt } from '../statements/polarity';
import type { ClassifiedClause } from '../types';

/** Concrete measures protecting data (not the security of a network or service in general), one wording a line. */
const SECURITY_MEASURES = [
  // Techniques named: encryption, secure connections, firewalls, malware defences, second factors.
  String.raw`\bencrypt\w*`,
  // Not SSL certificates as goods a host sells ("We also sell SSL certificates", "a wholesale SSL certificate provider").
  String.raw`(?<!\b(?:sell\w*|purchas\w*|buy\w*|order\w*|wholesale|resell\w*)\s+(?:(?:an?|the|our|your)\s+)?)\bSSL\b(?!\s+(?:certificates?\s+)?(?:providers?|resellers?|stores?|shops?)\b)`,
  String.raw`\bTLS\b`,
  String.raw`\bfirewalls?\b`,
  // Not a security vendor's product ("Acme provides antivirus software").
  String.raw`(?<!\b(?:provides?|sells?|develops?|makes?|offers?|distributes?)\s+(?:(?:an?|the|our|its)\s+)?(?:[\w-]+\s+){0,2})\banti-?(?:virus|malware)\b`,
  String.raw`\bmalware (?:scanning|scans?|detection|protection|prevention|monitoring)\b`,
  // Not what a scan found ("files detected as malware", collected by a security vendor).
  String.raw`\b(?:scan|scrub|protect|detect|prevent|monitor|guard|defen[cd]|block)\w*,? (?!as\b)(?:[\w-]+,? ){0,8}(?:malware|viruses)\b`,
  String.raw`\bsecure (?:login|servers?|data cent(?:er|re)s?)\b`,
  String.raw`\bsecure hosting\b`,
  String.raw`\b(?:over|via|through|using) (?:a |an )?(?:encrypted |secure(?:d)? )(?:connection|channel)s?\b`,
  String.raw`\b(?:two|multi)[- ](?:factor|step) (?:authentication|verification)\b`,
  String.raw`\b2FA\b`,
  String.raw`\bsecurely (?:store|stored|storing|transmit\w*|host\w*)\b(?![^.]{0,60}\bisolate)`,
  String.raw`\bmonitor\w*\b[^.]{0,40}\b(?:vulnerabilit(?:y|ies)|attacks|intrusions?)\b`,
  String.raw`\bpassword[- ]protected\b`,
  // Safeguards named together ("physical, electronic and procedural safeguards"; not "technical and organisational measures" alone, the GDPR's bare promise), or physical or technical security itself.
  String.raw`(?<!\b(?:life|health|safety|lives) (?:or|and) |\b(?:your|their|his|her|a person['’]s) |\borgani[sz]ational,? (?:and|&) )\b(?:physical|procedural|technical) security\b`,
  String.raw`\b(?!(?:technical|organi[sz]ational)(?:,? (?:and |or )?(?:technical|organi[sz]ational))+ (?:security )?(?:safeguards|measures|controls|procedures|processes|steps)\b)(?:physical|electronic|procedural|administrative|technical|technological|organi[sz]ational|managerial)(?:,? (?:and |or )?(?:physical|electronic|procedural|administrative|technical|technological|organi[sz]ational|managerial|contractual))+ (?:security )?(?:safeguards|measures|controls|procedures|processes|steps)\b`,
  // "security measures (physical, electronic, and procedural)": the kinds named in brackets after the measures.
  String.raw`\b(?:safeguards|measures|controls|steps)\s*\((?=[^)]*\b(?:physical|electronic|procedural|administrative|managerial)\b)(?:physical|electronic|procedural|administrative|technical|technological|organi[sz]ational|managerial)(?:,? (?:and |or )?(?:physical|electronic|procedural|administrative|technical|technological|organi[sz]ational|managerial))+\)`,
  // Access kept to those who need it or are authorised.
  String.raw`\baccess restrictions\b`,
  String.raw`\brestricting access\b`,
  String.raw`\baccess controls?\b`,
  String.raw`\brestrict\w* access to (?:\w+ ){0,3}(?:data|information|records|systems)\b`,
  String.raw`\b(?:restrict|limit|regulat|control)\w* (?:\w+ ){0,2}who (?:has|have|can|may|gets?) access\b`,
  String.raw`\baccess (?:is )?(?:restricted|limited) to\b`,
  String.raw`\blimit\w* access (?:\(?to (?:\w+ ){0,2}(?:data|information)\)? )?to (?:those|employees|staff|personnel|people|individuals|persons|authori[sz]ed)\b`,
  // Access on a need-to-know basis, or for those who need to know (not "we need to know which products you use", a link to "what-do-i-need-to-know-about-cookies", or data shared "on a need-to-know basis with the following categories of third parties").
  String.raw`(?<!-)\b(?:need[- ]to[- ]know basis\b(?! with (?:[\w-]+ ){0,5}(?:third[- ]parties|partners|vendors|providers))|(?:who|that|which) (?:\(?\w{1,3}\) )?(?:(?:have|has) an? (?:\w+ )?)?need to know\b|(?:business|legitimate|genuine|specific) need[- ]to[- ]know\b)(?!-)`,
  // Staff bound to confidentiality; not vendors, partners or recipients held to it ("partners must adhere to strict confidentiality obligations").
  String.raw`(?<!\b(?:vendors?|partners?|providers?|third[- ]parties|processors|advertisers?|recipients|companies|organi[sz]ations|buyers?|entities|affiliates|suppliers)\b[^.]{0,150})\bconfidentiality (?:agreements?|obligations?|undertakings?)\b`,
  String.raw`\bconfidentiality (?:agreements?|obligations?|undertakings?) (?:for|with|on) (?:our )?(?:employees|staff|personnel)\b`,
  String.raw`\b(?:access (?:will be |is |shall be )?(?:granted|given)|(?:are|is) given access)\b[^.]{0,60}\bonly (?:if|where|when|to the extent)\b[^.]{0,40}\b(?:necessary|needed|required)\b`,
  String.raw`\b(?:only be accessed|(?:be )?accessed only|(?:only )?accessible only|only accessible) (?:by|to) (?:\w+ ){0,3}(?:authori[sz]ed|designated|specific|employees|staff|personnel)\b`,
  // "Access to your personally identifiable information … is limited to authorized personnel".
  String.raw`\baccess to\b[^.]{0,120}?\b(?:is|are) (?:strictly )?(?:restricted|limited) to (?:\w+ ){0,2}(?:authori[sz]ed|employees|staff|personnel|those|people|individuals|persons)\b`,
  // "shares your personal data internally only with employees who are authorized to have access".
  String.raw`\bonly (?:with|to) (?:those |the )?(?:employees|staff|personnel|team members)\b[^.]{0,30}\bwho (?:are authori[sz]ed|need)\b`,
  String.raw`\b(?:employees|staff|personnel|team members)\b[^.]{0,80}\bwho need (?:to have )?access\b`,
  String.raw`\bonly (?:those|persons|people|individuals) (?:who are )?authori[sz]ed\b`,
  String.raw`\b(?:employees|staff|personnel|managers|team members)\b[^.]{0,60}\bonly (?:have|has|get|are given) access to (?:the )?(?:personal )?(?:data|information)\b[^.]{0,30}\b(?:necessary|needed|required)\b`,
  String.raw`\b(?:only|sole)\b[^.]{0,40}\baccess\w*\b[^.]{0,40}\bpassword`,
  String.raw`\bonly (?:a (?:few|limited number of|select number of) )?(?:authori[sz]ed|designated|selected?|specific) (?:personnel|staff|employees|people|persons|team members)\b[^.]{0,100}\b(?:have|has|with|can|may|are given|are granted) access\b`,
  // A named standard, or the industry's standards or best practices, followed to protect data.
  String.raw`\bISO(?:\/IEC)?\s?27001\b`,
  String.raw`\bSOC ?2\b`,
  // The operator's own card-data standard ("We also follow the Payment Card Industry Data Security Standard"), not its processors'.
  String.raw`\b(?:we|I)\b(?: \w+){0,3} (?:follow|comply with|adhere to|are compliant with|are certified|maintain)\b[^.]{0,60}\b(?:PCI[- ]?DSS|PCI\b[^.]{0,20}\bstandards?|Payment Card Industry)`,
  String.raw`\b(?:security|safeguards?|measures)\b[^.]{0,40}\b(?:consistent|in line|in accordance|in keeping) with (?:the )?industry\b`,
  String.raw`\bindustry[- ]standards?\b[^.]{0,60}\bprotect\w*`,
  String.raw`\bprotect\w*\b[^.]{0,60}\bindustry[- ]standard`,
  String.raw`\bindustry best practices\b[^.]{0,60}\bprotect\w*`,
  String.raw`\bprotect\w*\b[^.]{0,60}\bindustry best practices\b`,
  String.raw`\b(?:in (?:compliance|accordance|line) with|compliant with|meets?|follows?|following) (?:the )?(?:recogni[sz]ed |generally accepted |applicable )?industry(?:[- ]standard)? security standards?\b`,
  // Software kept patched.
  String.raw`\bsecurity (?:patches|updates)\b[^.]{0,30}\bup[- ]to[- ]date\b|\bup[- ]to[- ]date\b[^.]{0,30}\bsecurity (?:patches|updates)\b`,
  // Data or passwords kept only as hashes.
  String.raw`\bhash(?:ed)?\s*(?:\+|and|&|with)\s*salt(?:ed)?\b|\bsalted (?:and )?hash\w*|\bhashed (?:and|&) salted\b`,
  String.raw`\b(?:stored|kept|saved|maintain\w*) (?:only )?(?:as|in) (?:an? )?(?:unreadable |irreversible |non-reversible |one-way |cryptographic )?hash(?:ed)?\b`,
  String.raw`\bcryptographically hashed\b`,
  // "retain your phone number in hashed format only", "contacts are hashed before they are uploaded".
  String.raw`\bin (?:a )?hashed (?:format|form)\b`,
  String.raw`\b(?:is|are|be|been) hashed (?:before|prior to)\b`,
  String.raw`\b(?:one-way|non-reversible|irreversible) hash\w*`,
  String.raw`\bpasswords?\b[^.]{0,40}\b(?:is|are|be|been) (?:\w+ )?hashed\b`,
  String.raw`\bhash(?:es|ing)? (?:your |users['’] |all |the )?passwords?\b`,
];
const SECURITY_PATTERN = new RegExp(SECURITY_MEASURES.join('|'), 'i');

/** "We cannot safeguard information you post publicly": a disclaimer, not a measure. */
const DISCLAIMS = /\b(?:cannot|can't|can ?not|unable to|not able to)\b[^.]{0,40}\b(?:safeguard|secure|protect|guarantee|ensure)/i;
const CONCRETE = /\bencrypt\w*|\bSSL\b|\bTLS\b|\bfirewalls?\b|\b(?:two|multi)-factor\b/i;
/** "Owners and administrators may … restrict access to Personal Data": a control someone else has, not the operator's measure. */
const OTHERS_RESTRICT = /\b(?:you|users?|owners?|administrators?|admins?|customers?|members?)\b[^.]{0,80}\b(?:can|may|are able to)\b[^.]{0,40}\brestrict\w* access\b/i;
/** "• Encryption": a word in a menu or a feature list names a measure but describes none; nor does a pointer to another page ("See Zotero and Firewalls for access requirements"). */
const POINTS_ELSEWHERE = /^\W*(?:please )?(?:see|refer to|read|visit)\b/i;
const describes = (text: string) => text.trim().split(/\s+/).length >= 4 && !POINTS_ELSEWHERE.test(text);

/** "Cake Labs strongly recommends that you … secure your funds, by … storing encrypted backups": the person's own measure, advised. */
const ADVISES_THE_PERSON = /\b(?:recommends?|encourages?|advises?|urges?|suggests?)\b(?: (?:that|you|users?))|\byou (?:should|must|are responsible for)\b/i;
/** Is the measure found at `measureAt` only advice to the person? */
const advisedOnly = (text: string, measureAt: number) => {
  const advice = ADVISES_THE_PERSON.exec(text);
  // "You are responsible for your password; we use SSL": the operator speaks again before its measure.
  return advice !== null && measureAt > advice.index && !FIRST_PERSON.test(text.slice(advice.index, measureAt));
};

/** "If you enable two-factor authentication, we collect a phone number", "phone number if 2FA is enabled", "ask for your phone number for purposes such as two-factor verification": a second factor named as the condition or purpose of collecting something, not a measure described. */
const A_SECOND_FACTOR_AS_A_CONDITION =
  /\bif (?:you )?(?:\w+ ){0,2}(?:enable|use|turn on|set up|activate|choose|opt)\w* (?:(?:in )?(?:to )?[\w-]+ ){0,3}(?:(?:two|multi)[- ](?:factor|step) (?:authentication|verification)|2FA)\b|\bif (?:(?:two|multi)[- ](?:factor|step) (?:authentication|verification)|2FA) (?:is|are|has been) (?:enabled|on|activated|turned on)\b|\bfor (?:purposes? (?:such as|like)|the purposes? of|use (?:in|with|for))\s+(?:(?:two|multi)[- ](?:factor|step) (?:authentication|verification)|2FA)\b/gi;

/** A named measure, unless a disclaimer or someone else's control is all there is: a concrete technique still counts beside them. */
const statesAMeasure = (clause: string) => {
  const text = clause.replace(A_SECOND_FACTOR_AS_A_CONDITION, ' ');
  const measure = SECURITY_PATTERN.exec(text);
  if (measure === null || !describes(text) || advisedOnly(text, measure.index)) return false;
  // "there is no current mechanism to encrypt the data": a measure denied.
  if (polarityAt(text, measure.index) === 'denied') return false;
  return CONCRETE.test(text) || (!DISCLAIMS.test(text) && !OTHERS_RESTRICT.test(text));
};

/**
 * The operator protecting data in its own words first ("We use SSL to protect your data"), then the operator and
 * data or protection, then the operator at all ("we are joined with the world's most trusted antivirus company"),
 * then the rest ("• SSL Certificates Secure your website", a product).
 */
const PROTECTS = /\b(?:protect|safeguard|secur)\w*/i;
const DATA = /\b(?:data|information|details|passwords?)\b/i;
const plainness = ({ text }: ClassifiedClause) => {
  if (!FIRST_PERSON.test(text)) return 3;
  const [protects, data] = [PROTECTS.test(text), DATA.test(text)];
  return protects && data ? 0 : protects || data ? 1 : 2;
};

/** Silence is a fact about a text that deals with personal data (false), but says nothing about one that does not (null). */
export function securityMeasuresDescribed({ clauses }: FactInput) {
  const found = clauses.filter((c) => statesAMeasure(c.text));
  // Each clause's rank once, not once per comparison.
  const rank = new Map(found.map((c) => [c, plainness(c)]));
  const measures = found.sort((a, b) => rank.get(a)! - rank.get(b)!);
  if (measures.length === 0 && !dealsWithPersonalData(clauses)) return notStated<boolean>();
  return stated(measures.length > 0, measures);
}

export const security = defineFact<'security_measures_described'>({
  key: 'security_measures_described',
  label: 'Security measures described',
  cue: SECURITY_PATTERN,
  extract: securityMeasuresDescribed,
  weight: 10,
  unknown: 'Does not say how it protects your data',
  judge: (described) =>
    described ? { fraction: 1, reason: 'Describes how it protects your data' } : { fraction: -1, reason: 'Does not describe how it protects your data' },
  phrase: (described) => (described ? 'describes how it protects data' : 'does not describe how it protects data'),
  cell: yesNo,
});
