import { describe, expect, it } from 'vitest';
import { LAW_TERMS, PLACE_TERMS, RIGHT_TERMS, matchTerms } from '../../src/core/facts/lexicon';
import { VOCABULARY } from '../../src/core/lexicon';
import { PLACES, placePattern } from '../../src/core/vocabulary/places';

const placesIn = (text: string) => matchTerms(text, PLACE_TERMS);
const lawsIn = (text: string) => matchTerms(text, LAW_TERMS);

describe('places: one gazetteer', () => {
  it('knows every country by ISO code once, and the regions', () => {
    const ids = PLACES.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(PLACES.filter((p) => p.kind === 'country').length).toBeGreaterThan(190);
    expect(ids).toEqual(expect.arrayContaining(['eu', 'eea', 'US', 'GB', 'ZA', 'CA', 'MY', 'CH']));
  });

  it.each([
    ['Data is stored in the U.S.', ['the United States']],
    ['servers in the USA and Malaysia', ['the United States', 'Malaysia']],
    ['within the European Economic Area (EEA)', ['the EEA']],
    ['in the UK or the EU', ['the EU', 'the United Kingdom']],
    ['in Europe', ['Europe']],
    ['our European partners', []],
    ['CONTACT US', []],
    ['a private Delaware, USA company', []],
    ['stored in the data center located in USA', ['the United States']],
    ['a Fairfax, VA 22030, USA office', []],
    ['Korea and Türkiye', ['South Korea', 'Turkey']],
    ['We comply with the EU-U.S. Data Privacy Framework and the Swiss-US Privacy Shield.', []],
    ['transfers from the EU to the U.S. rely on the EU-U.S. framework', ['the EU', 'the United States']],
  ])('%s → %j', (text, expected) => {
    expect(placesIn(text).sort()).toEqual([...expected].sort());
  });

  it('acronyms are capitals only; names may be in capitals', () => {
    const uk = PLACES.find((p) => p.id === 'GB')!;
    expect(placePattern(uk).test('IN THE UNITED KINGDOM')).toBe(true);
    expect(placePattern(uk).test('a uk-based firm')).toBe(false);
    expect(placePattern(uk).test('Ukraine')).toBe(false);
  });

  it('the classifier reads the same gazetteer, without forms that are everyday words in lower case', () => {
    expect(VOCABULARY.Country).toEqual(expect.arrayContaining(['malaysia', 'the us', 'the u.s.a.', 'united kingdom', 'south africa']));
    expect(VOCABULARY.Country).not.toContain('us');
    expect(VOCABULARY.Place).toEqual(expect.arrayContaining(['european economic area', 'eea', 'eu']));
  });
});

describe('laws across jurisdictions', () => {
  it.each([
    ['under the UK GDPR and the Data Protection Act 2018', ['UK GDPR', 'Data Protection Act 2018']],
    ['the GDPR (Regulation (EU) 2016/679)', ['GDPR']],
    ['Directive 95/46/EC', ['Data Protection Directive']],
    ['European Directive 95/46 on the protection of individuals', ['Data Protection Directive']],
    ['the legal basis is § 96(3) TKG', ['TKG']],
    ['the ePrivacy Directive', ['ePrivacy Directive']],
    // Germany's telecoms-and-telemedia act and its general data protection act are two laws.
    ['the TTDSG and the BDSG', ['TTDSG', 'BDSG']],
    ['the Bundesdatenschutzgesetz (BDSG)', ['BDSG']],
    ['the Swiss Federal Act on Data Protection (FADP)', ['Swiss FADP']],
    // The Swiss act's English name contains the German one's ("Federal Data Protection Act"): one law, not two.
    ['Article 10a of the Swiss Federal Data Protection Act ("FADP")', ['Swiss FADP']],
    ['the German Federal Data Protection Act', ['BDSG']],
    // New Zealand's Act by a name right for its 1993 and 2020 versions alike; its sector codes are laws too.
    ['the Privacy Act 1993 and the Telecommunications Information Privacy Code 2003', ['New Zealand Privacy Act', 'Telecommunications Information Privacy Code']],
    ['the New Zealand Privacy Act', ['New Zealand Privacy Act']],
    ["California's Shine the Light law (Civil Code Section 1798.83)", ['Shine the Light']],
    ['Section 631 of the Cable Communications Policy Act', ['Cable Act']],
    ['POPIA and PIPEDA', ['POPIA', 'PIPEDA']],
    // The names as policies write them short: "Sec." for the section, PIPEDA's title without its first words, the French act's number with a slash.
    ['for their direct marketing purposes as defined under California Civil Code Sec. 1798.83', ['Shine the Light']],
    ['Principle 4.1.3 Schedule 1 Data Protection and Electronic Documents Act (Canada)', ['PIPEDA']],
    ['Act No. 78/17 as of 6 January 1978 as amended', ['French Data Protection Act']],
    ['Sec. 1798.82 of the Civil Code', []],
    ['the CCPA as amended by the CPRA', ['CCPA/CPRA']],
    // Three acts share one name: the province or country says which.
    ['PIPEDA and the Personal Information Protection Act (Alberta)', ['PIPEDA', 'Alberta PIPA']],
    ["British Columbia's Personal Information Protection Act", ['BC PIPA']],
    ['the Personal Information Protection Act, S.B.C. 2003, c. 63', ['BC PIPA']],
    ['the Personal Information Protection Act of Korea', ['PIPA']],
    ['users in Korea have rights under PIPA', ['PIPA']],
    // The GDPR's full title repeals the Directive; naming it there does not name the Directive.
    ['the Regulation (EU) 2016/679 … on the free movement of such data, and repealing Directive 95/46/EC (the Regulation)', ['GDPR']],
    ['under Directive 95/46/EC', ['Data Protection Directive']],
    ['your rights under the article 11 of the Turkish Data Protection Law', ['KVKK']],
    // California's "Online Eraser" law, by name or by its code sections; not the Shine the Light section.
    ['California Business and Professions Code 22581', ['California Online Eraser law']],
    ['Under the California Online Eraser Law, minors may ask us to remove content.', ['California Online Eraser law']],
    ['Cal. Civ. Code § 1798.83', ['Shine the Light']],
    ['the Law on the Protection of Personal Data No. 6698 (KVKK)', ['KVKK']],
    ['the Republic of Lithuania Law on the Protection of Personal Data – LPPD), the Law on Electronic Communications of the Republic of Lithuania', ['Lithuanian data protection law', 'Lithuanian Law on Electronic Communications']],
  ])('%s → %j', (text, expected) => {
    expect(lawsIn(text).sort()).toEqual([...expected].sort());
  });

  it('a mention of customer network information is not a data-protection law', () => {
    expect(lawsIn('We protect Customer Proprietary Network Information (CPNI).')).toEqual([]);
  });
});

describe('rights named in a list, as translated policies name them', () => {
  it.each([
    ['A request to insight, correction, limitation, protest and transferal of data can be made via our contact form.', ['access', 'correction', 'objection', 'restriction', 'portability']],
    ['You have the right to request inspection of your data.', ['access']],
    ['You have rights of access, rectification, erasure, limitation and opposition.', ['access', 'correction', 'deletion', 'objection', 'restriction']],
  ])('%s', (text, rights) => {
    expect([...matchTerms(text, RIGHT_TERMS)].sort()).toEqual([...rights].sort());
  });

  it('a limitation of liability, or insight the operator gains, is no right', () => {
    expect(matchTerms('You accept the limitation of liability set out in our terms.', RIGHT_TERMS)).toEqual([]);
    expect(matchTerms('These requests for limitation of liability are handled by our lawyers.', RIGHT_TERMS)).toEqual([]);
    expect(matchTerms('Cookies give us insight into how visitors use the site.', RIGHT_TERMS)).toEqual([]);
  });
});

describe('regulators make a complaint a right to complain', () => {
  it.each([
    'You may lodge a complaint with the Information Regulator.',
    'You can complain to the Office of the Privacy Commissioner of Canada.',
    'You have the right to lodge a complaint with your local supervisory authority.',
    'Complaints may be made to the CNIL.',
    'You may file a complaint with the Commission d’accès à l’information du Québec.',
  ])('%s', (text) => {
    expect(matchTerms(text, RIGHT_TERMS)).toContain('complaint');
  });

  it('a complaint to the company itself is not the complaint right', () => {
    expect(matchTerms('Send any complaint to our customer service team.', RIGHT_TERMS)).not.toContain('complaint');
  });
});
