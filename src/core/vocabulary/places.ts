// Countries and regions a policy may name as where data is kept or sent: one
// gazetteer for the classifier's vocabulary and the facts. `name` is how the
// report says it; `aliases` are other ways policies write it. Acronyms are
// matched in capitals only ("US", not "us").

export interface Place {
  /** ISO 3166-1 alpha-2 for a country; a short id for a region. */
  id: string;
  name: string;
  kind: 'country' | 'region';
  aliases: string[];
  /** Written in capitals only: matched case-sensitively. */
  acronyms?: string[];
  /** Short forms that name the place only after a preposition ("stored in USA"); alone they may say where a company is registered ("a Delaware, USA company"). */
  afterPreposition?: string[];
}

export const REGIONS: Place[] = [
  { id: 'eea', name: 'the EEA', kind: 'region', aliases: ['European Economic Area'], acronyms: ['EEA'] },
  { id: 'eu', name: 'the EU', kind: 'region', aliases: ['European Union'], acronyms: ['EU'] },
  { id: 'europe', name: 'Europe', kind: 'region', aliases: ['Europe'] },
];

/** Countries by their common English name, then other names. */
const COUNTRIES: [id: string, name: string, ...aliases: string[]][] = [
  ['AF', 'Afghanistan'], ['AL', 'Albania'], ['DZ', 'Algeria'], ['AD', 'Andorra'], ['AO', 'Angola'],
  ['AG', 'Antigua and Barbuda'], ['AR', 'Argentina'], ['AM', 'Armenia'], ['AU', 'Australia'], ['AT', 'Austria'],
  ['AZ', 'Azerbaijan'], ['BS', 'the Bahamas', 'Bahamas'], ['BH', 'Bahrain'], ['BD', 'Bangladesh'], ['BB', 'Barbados'],
  ['BY', 'Belarus'], ['BE', 'Belgium'], ['BZ', 'Belize'], ['BJ', 'Benin'], ['BT', 'Bhutan'], ['BO', 'Bolivia'],
  ['BA', 'Bosnia and Herzegovina'], ['BW', 'Botswana'], ['BR', 'Brazil'], ['BN', 'Brunei'], ['BG', 'Bulgaria'],
  ['BF', 'Burkina Faso'], ['BI', 'Burundi'], ['CV', 'Cabo Verde', 'Cape Verde'], ['KH', 'Cambodia'], ['CM', 'Cameroon'],
  ['CA', 'Canada'], ['CF', 'the Central African Republic', 'Central African Republic'], ['TD', 'Chad'], ['CL', 'Chile'],
  ['CN', 'China', "People's Republic of China", 'PRC', 'mainland China'], ['CO', 'Colombia'], ['KM', 'Comoros'],
  ['CG', 'the Republic of the Congo', 'Republic of the Congo'], ['CD', 'the Democratic Republic of the Congo', 'Democratic Republic of the Congo', 'DR Congo'],
  ['CR', 'Costa Rica'], ['CI', "Côte d'Ivoire", 'Ivory Coast'], ['HR', 'Croatia'], ['CU', 'Cuba'], ['CY', 'Cyprus'],
  ['CZ', 'the Czech Republic', 'Czech Republic', 'Czechia'], ['DK', 'Denmark'], ['DJ', 'Djibouti'], ['DM', 'Dominica'],
  ['DO', 'the Dominican Republic', 'Dominican Republic'], ['EC', 'Ecuador'], ['EG', 'Egypt'], ['SV', 'El Salvador'],
  ['GQ', 'Equatorial Guinea'], ['ER', 'Eritrea'], ['EE', 'Estonia'], ['SZ', 'Eswatini', 'Swaziland'], ['ET', 'Ethiopia'],
  ['FJ', 'Fiji'], ['FI', 'Finland'], ['FR', 'France'], ['GA', 'Gabon'], ['GM', 'the Gambia', 'Gambia'], ['GE', 'Georgia'],
  ['DE', 'Germany', 'Federal Republic of Germany'], ['GH', 'Ghana'], ['GR', 'Greece'], ['GD', 'Grenada'], ['GT', 'Guatemala'],
  ['GN', 'Guinea'], ['GW', 'Guinea-Bissau'], ['GY', 'Guyana'], ['HT', 'Haiti'], ['HN', 'Honduras'], ['HK', 'Hong Kong'],
  ['HU', 'Hungary'], ['IS', 'Iceland'], ['IN', 'India'], ['ID', 'Indonesia'], ['IR', 'Iran'], ['IQ', 'Iraq'],
  ['IE', 'Ireland', 'Republic of Ireland'], ['IL', 'Israel'], ['IT', 'Italy'], ['JM', 'Jamaica'], ['JP', 'Japan'],
  ['JO', 'Jordan'], ['KZ', 'Kazakhstan'], ['KE', 'Kenya'], ['KI', 'Kiribati'], ['KW', 'Kuwait'], ['KG', 'Kyrgyzstan'],
  ['LA', 'Laos'], ['LV', 'Latvia'], ['LB', 'Lebanon'], ['LS', 'Lesotho'], ['LR', 'Liberia'], ['LY', 'Libya'],
  ['LI', 'Liechtenstein'], ['LT', 'Lithuania'], ['LU', 'Luxembourg'], ['MO', 'Macau', 'Macao'], ['MG', 'Madagascar'],
  ['MW', 'Malawi'], ['MY', 'Malaysia'], ['MV', 'the Maldives', 'Maldives'], ['ML', 'Mali'], ['MT', 'Malta'],
  ['MH', 'the Marshall Islands', 'Marshall Islands'], ['MR', 'Mauritania'], ['MU', 'Mauritius'], ['MX', 'Mexico'],
  ['FM', 'Micronesia'], ['MD', 'Moldova'], ['MC', 'Monaco'], ['MN', 'Mongolia'], ['ME', 'Montenegro'], ['MA', 'Morocco'],
  ['MZ', 'Mozambique'], ['MM', 'Myanmar', 'Burma'], ['NA', 'Namibia'], ['NR', 'Nauru'], ['NP', 'Nepal'],
  ['NL', 'the Netherlands', 'Netherlands', 'Holland'], ['NZ', 'New Zealand'], ['NI', 'Nicaragua'], ['NE', 'Niger'],
  ['NG', 'Nigeria'], ['KP', 'North Korea'], ['MK', 'North Macedonia', 'Macedonia'], ['NO', 'Norway'], ['OM', 'Oman'],
  ['PK', 'Pakistan'], ['PW', 'Palau'], ['PS', 'Palestine'], ['PA', 'Panama'], ['PG', 'Papua New Guinea'],
  ['PY', 'Paraguay'], ['PE', 'Peru'], ['PH', 'the Philippines', 'Philippines'], ['PL', 'Poland'], ['PT', 'Portugal'],
  ['PR', 'Puerto Rico'], ['QA', 'Qatar'], ['RO', 'Romania'], ['RU', 'Russia', 'Russian Federation'], ['RW', 'Rwanda'],
  ['KN', 'Saint Kitts and Nevis'], ['LC', 'Saint Lucia'], ['VC', 'Saint Vincent and the Grenadines'], ['WS', 'Samoa'],
  ['SM', 'San Marino'], ['ST', 'São Tomé and Príncipe', 'Sao Tome and Principe'], ['SA', 'Saudi Arabia'], ['SN', 'Senegal'],
  ['RS', 'Serbia'], ['SC', 'Seychelles'], ['SL', 'Sierra Leone'], ['SG', 'Singapore'], ['SK', 'Slovakia'],
  ['SI', 'Slovenia'], ['SB', 'the Solomon Islands', 'Solomon Islands'], ['SO', 'Somalia'], ['ZA', 'South Africa', 'RSA'],
  ['KR', 'South Korea', 'Republic of Korea', 'Korea'], ['SS', 'South Sudan'], ['ES', 'Spain'], ['LK', 'Sri Lanka'],
  ['SD', 'Sudan'], ['SR', 'Suriname'], ['SE', 'Sweden'], ['CH', 'Switzerland'], ['SY', 'Syria'], ['TW', 'Taiwan'],
  ['TJ', 'Tajikistan'], ['TZ', 'Tanzania'], ['TH', 'Thailand'], ['TL', 'Timor-Leste', 'East Timor'], ['TG', 'Togo'],
  ['TO', 'Tonga'], ['TT', 'Trinidad and Tobago'], ['TN', 'Tunisia'], ['TR', 'Turkey', 'Türkiye'], ['TM', 'Turkmenistan'],
  ['TV', 'Tuvalu'], ['UG', 'Uganda'], ['UA', 'Ukraine'], ['AE', 'the United Arab Emirates', 'United Arab Emirates', 'UAE'],
  ['GB', 'the United Kingdom', 'United Kingdom', 'Great Britain', 'Britain', 'England', 'Scotland', 'Wales', 'Northern Ireland', 'UK', 'U.K.'],
  // "a Delaware, USA company" says where a company is registered, not where data is: the short forms need "the"
  // (or a preposition: AFTER_PREPOSITION).
  ['US', 'the United States', 'United States', 'United States of America', 'the USA', 'the U.S.A.', 'the US', 'the U.S.'],
  ['UY', 'Uruguay'], ['UZ', 'Uzbekistan'], ['VU', 'Vanuatu'], ['VA', 'Vatican City', 'Holy See'], ['VE', 'Venezuela'],
  ['VN', 'Vietnam', 'Viet Nam'], ['YE', 'Yemen'], ['ZM', 'Zambia'], ['ZW', 'Zimbabwe'],
];

/** Countries where the GDPR applies: the EU's 27 and the other EEA members. */
export const EEA_COUNTRIES = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL',
  'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE', 'IS', 'LI', 'NO',
];

const isAcronym = (alias: string) => /^[A-Z.]{2,6}$/.test(alias);

/** Short forms without "the" that name a country only after a preposition ("located in USA"). */
const AFTER_PREPOSITION: Record<string, string[]> = { US: ['USA', 'U.S.A.'] };

export const PLACES: Place[] = [
  ...REGIONS,
  ...COUNTRIES.map(([id, name, ...others]) => {
    const all = [name.replace(/^the /, ''), ...others];
    return {
      id,
      name,
      kind: 'country' as const,
      aliases: [...new Set(all.filter((a) => !isAcronym(a)))],
      acronyms: all.filter(isAcronym),
      ...(AFTER_PREPOSITION[id] ? { afterPreposition: AFTER_PREPOSITION[id] } : {}),
    };
  }),
];

/** Written forms that lower-cased are everyday words: the classifier reads lower case, so it skips them. */
const LOWER_CASE_CLASHES = new Set(['us', 'in', 'me', 'no', 'it', 'is', 'to', 'at', 'be']);

/** Every written form of every place of a kind, lower case, for the classifier's vocabulary. */
export function placePhrases(kind: Place['kind']): string[] {
  return PLACES.filter((p) => p.kind === kind)
    .flatMap((p) => [...p.aliases, ...(p.acronyms ?? [])].map((a) => a.toLowerCase()))
    .filter((a) => !LOWER_CASE_CLASHES.has(a));
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A place's written forms, as written and in capitals. */
const formsOf = (place: Place): string[] => [...place.aliases, ...(place.acronyms ?? [])].flatMap((a) => [a, a.toUpperCase()]);

/** Words as place names are delimited: letters and digits, joined by inner dots ("U.S."), without a closing dot. */
const WORD = /[\p{L}\p{N}]+(?:\.\p{L}[\p{L}\p{N}]*)*/gu;
export const wordsOf = (text: string): string[] => text.match(WORD) ?? [];

/** The first word of every form of a place: a clause that has none of them cannot name it. */
export const firstWordsOf = (place: Place): string[] => [...new Set([...formsOf(place), ...(place.afterPreposition ?? [])].map((f) => wordsOf(f)[0] ?? ''))];

/** One pattern for a place: each written form as written or in capitals, on word boundaries. */
export function placePattern(place: Place): RegExp {
  const forms = formsOf(place);
  const unique = [...new Set(forms)].sort((a, b) => b.length - a.length).map(escape);
  // "EU-U.S. Data Privacy Framework", "Swiss-US Privacy Shield", "EU – United States": a framework's name, not a place data is in.
  const bare = place.afterPreposition?.length ? `|(?<=\\b(?:in|to|within|from|outside(?: of)?) )(?:${place.afterPreposition.map(escape).join('|')})` : '';
  return new RegExp(`(?<![\\p{L}\\p{N}.])(?<!\\b(?:EU|Swiss|UK)\\s?[-–]\\s?)(?:${unique.join('|')}${bare})(?![\\p{L}\\p{N}]|\\.\\p{L})(?!\\s?[-–]\\s?(?:U\\.?S\\b|US\\b|United States\\b|Swiss\\b))`, 'u');
}
