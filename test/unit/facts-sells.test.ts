import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/core/facts';
import type { ClassifiedClause } from '../../src/core/types';
import { clause, numbered } from './facts-helpers';

const sellsData = (clauses: ClassifiedClause[]) => extractFacts(clauses).sells_data;

describe('sellsData', () => {
  it.each([
    [['We will never sell your personal information.'], false],
    [['We do not sell or rent your data to anyone.'], false],
    [['We sell your browsing history to advertising networks.'], true],
    [['We may rent customer records to partners.'], true],
    [['We sell location data to data brokers.'], true],
    [['If we sell our business, your data passes to the buyer.'], null],
    [['We collect your name and e-mail address.'], null],
    // Any one word may qualify the data ("your valuable info"); passive sales may be listed with other verbs.
    [['We promise not to sell your valuable info to anyone.'], false],
    [['Whatever data or details you have submitted will never be misused, rented or sold.'], false],
    [['We may sell your browsing info to advertisers.'], true],
    [['We sell our premium products to anyone who asks.'], null],
    // A sale coordinated with other verbs, a chain of qualifiers, an inverted "nor", a link in the person's words.
    [['We do not sell, rent, or share user data with third parties, except as required by law.'], false],
    [['We do not (and will never) sell, license, sublicense or share any of the data submitted by our users with any person or entity.'], false],
    [['We will not rent or sell potentially identifying and identifying information to anyone.'], false],
    [['We will not sell, share, transfer, disclose, rent, use, or distribute Personal Data for purposes other than as set forth in this Statement, unless required by law.'], false],
    [['We sell, license, share, transfer, disclose, rent, use and distribute customer data.'], true],
    [['We never collect data without your permission, nor do we resell or distribute any visitor data.'], false],
    [['Acme does not now, nor will it in the future, sell our user information to third parties.'], false],
    [['We have never sold your data, nor will we ever sell it.'], false],
    // A table's heading asks whether data is sold or shared for cross-context ads; it says neither.
    [['The following table shows the categories we collect and whether we sell or share such Personal Information for cross-contextual behavioral advertising purposes.'], null],
    // The CCPA's definition of a sale said to cover letting advertisers collect data on the site.
    [['The California Consumer Privacy Act includes a definition of “sale” that may include permitting third party advertisers to collect data about our Site visitors.'], true],
    // Nevada's definition of a sale: "that person" sells onward, and the opt-out is the law's right.
    [['Under Nevada law, certain Nevada consumers may opt out of the sale of “personally identifiable information” for monetary consideration to a person for that person to license or sell such information to additional persons.'], null],
    [['We do not sell, and do not contemplate selling, your personal information to anyone.'], false],
    [['We do not sell your personal information to anyone other than in connection with the transfer of all or substantially all of the assets of Acme.'], false],
    [['We do not sell your personal information to anyone other than our advertising partners.'], null],
    [['If Acme is involved in a merger, your personal data may be sold as part of it.'], null],
    [['We may share your data when our business is sold to others, but it must continue to be used in accordance with this Privacy Policy.'], null],
    // An example in brackets of what was just denied is denied with it.
    [['We never exchange Personal Data for money or any other consideration (e.g., trade it for free services).'], false],
    // A run-in heading names the topic; the sentence after it says what happens.
    [['Sale of Information: We have not disclosed and/or sold personal information in the preceding 12 months.'], false],
    [['Sale of Information: in the last year we sold customer records to data brokers.'], true],
    [['Privacy Policy Do Not Sell My Personal Information Terms of Service'], null],
    // A long title in the laws' words names a section; the same words in a sentence state a sale.
    [['Notice of Sale or Sharing of Personal Information for a Business Purpose'], null],
    [['In the past year we have sold or shared personal information for a business purpose.'], true],
    // "some categories of" what is sold, after the law's term in quotes and an aside.
    [['• In the preceding twelve months, we may have shared CA Personal Information for business purposes, or we may have “sold” (as defined under CCPA) some categories of CA Personal Information.'], true],
    [['Privacy Policy Do Not Sell/Share My Personal Information Terms of Service'], null],
    // Others as the sellers say nothing of the operator; the operator selling to others does.
    [['Across the web, third parties routinely collect, buy and sell personal information to build profiles.'], null],
    [['Third parties to whom we sell customer records must protect them.'], true],
    // A plain statement of sale outweighs a denial scoped elsewhere.
    [['We will never sell or share your information for marketing purposes.', 'We sell your browsing history to advertising networks.'], true],
    // "directly" is not "direct us not to sell"; what is sold ends with its sentence.
    [['We never directly sell your personal information.'], false],
    [['We do not sell your personal information. Our services are paid for by subscriptions.'], false],
    // "it" sells the personal information named before it in the sentence, not a product.
    [["We strive to collect only the personal information we actually need, and we don't sell it to anyone."], false],
    // "it" reaches back across "but" and "nor" to user or customer data named before it; "shares" beside "sells" is a verb.
    [['We store your user data but never sell it.'], false],
    // A sale coordinated with another verb through an adverb: "sell or in any way monetize".
    [['In any case, we do not and will not sell or in any way monetize user data.'], false],
    [['We do not sell or otherwise monetize your data.'], false],
    // What is sold named by a list of kinds ("member, donor or website visitor information", "personal and/or traffic data"),
    // or after where it would go ("outside the company"); a list that runs into the next phrase names no data.
    [['EFF does not sell or rent member, donor or website visitor information under any circumstances.'], false],
    [['Acme will not sell, rent, trade or otherwise transfer any personal and/or traffic data.'], false],
    [['Acme does not sell, trade, or otherwise transfer outside the company personally identifiable information.'], false],
    [['As part of the sale of license packages, the information that we may collect is as follows:'], null],
    [['PureVPN neither stores any user data nor shares, sells or rents it out to any third party.'], false],
    [['We hold customer data and the shares of our company, and we may sell them.'], null],
    [['We design our products with your data in mind and we sell them to anyone.'], null],
    // "never been to sell" is no passive; "as the term 'sell' is traditionally understood" is a denial in one sense only.
    [['Our business model has never been to sell data and it never will.'], false],
    [['Acme does not generally sell information as the term “sell” is traditionally understood.'], true],
    // What a law covers is not what the operator does.
    [['If you are a California resident, then the California Consumer Privacy Act (CCPA) applies to you and regulates how we should act in respect to the collection, possession, and sale of your Personal information.'], null],
    // "not by selling": the preposition stays inside the denial.
    [['We fund further development by offering storage space, not by selling data.'], false],
    // A denial only "in the traditional sense" leaves the laws' sense open: it admits a sale in that sense.
    [['We do not sell personal information in the traditional sense. We use services that display interest-based ads.'], true],
    [['We never directly sell your personal information in the conventional sense (i.e., for money).'], true],
    [['We do not sell personal information, in any sense of the word.'], false],
    // A sale in the sense of a privacy law (the CCPA's "sale" is any exchange for value) is a sale.
    [['In the last year we may have sold each of the categories of personal information listed above.'], true],
    [['During the past 12 months, a “sale” of the following categories of customer data may have occurred:'], true],
    [['Letting ad partners use your device identifiers may be considered a “sale” or “sharing” of your personal data under state law.'], true],
    [['We do not sell your data for money.', 'Giving advertising partners your identifiers may count as a “sale” of your personal information under the CCPA.'], true],
    // The law's wording of a right admits nothing: companies that never sell state it too.
    [['You have the right to opt out of the sale of your personal information.'], null],
    [['We do not sell, trade or rent users personal identification information to others.'], false],
    [['In no case do we rent out your contacts to third parties.'], false],
    // A denial held back only for the person's say-so, the law, or what the policy itself describes promises no other sale.
    [['We will not sell your personal information without your explicit permission.'], false],
    [['We do not sell, trade, or otherwise transfer to outside parties your personally identifiable information unless we provide you with advance notice, except as described in this Privacy Policy.'], false],
    [['We never sell your data, except to our marketing partners.'], null],
    [['We do not sell, lease, rent or give away your personal data except under the circumstances set out below:', '• We may share your personal data with our service providers.'], false],
    // The uses the policy lists, and what providing the service needs, are no sale either; a sale to partners is.
    [['Other than the uses listed above, we do not share, sell, rent, or lease any of your specific personal information with anyone.'], false],
    [['We do not sell or transfer outside the company personal information that visitors provide, except when it’s necessary to provide the Services (like when we partner with payment processors).'], false],
    [['We do not sell your personal information unless needed to deliver your order.'], false],
    [['We do not sell your personal information except when necessary for our marketing.'], null],
    // The operator sold, in the passive after another participle: the data then passes with the business.
    [['• If we are reorganised or sold, your personal data may be transferred to a buyer who can continue to provide the Services to you.'], null],
    [['When we share or sell aggregated and unaggregated reporting information about the use of and users of the Sites and Services, including search information, to partners, we remove names.'], true],
    // The laws' quoted verbs with an aside before their object; a sale the operator denies knowing of.
    [['We do not “sell” or “share” (as those terms are defined under the CCPA) personal information, nor have we done so in the preceding 12 months.'], false],
    [['We do not have actual knowledge that we “sell” or “share” personal information of consumers.'], false],
    // A denial scoped to minors, which the laws ask of sellers too, promises nothing about anyone else's data; a denial of every sale
    // that goes on to deny knowing of any of minors' data still denies.
    [['We do not have actual knowledge that we “sell” or “share” personal information of residents under 16 years of age.'], null],
    [['We do not knowingly sell the personal information of consumers under 16 years of age.'], null],
    [["We do not sell children's personal information."], null],
    [["We never sell your personal data to anyone, children's accounts included."], false],
    [['For purposes of the CCPA, Acme does not “sell” Personal Data, nor do we have actual knowledge of any “sale” of Personal Data of minors under 16 years of age.'], false],
    // The business changing hands is not a trade in data, whatever verb the policy uses for it.
    [['If we are involved in a merger, acquisition, or sale of assets (a “Structural Change”), Personal Data relating to you will be sold or transferred as part of the Structural Change.'], null],
    // A section title states nothing.
    [['**Sales of Personal Information**.', 'We do not sell your personal information.'], false],
    // The law's definition of a sale said to cover the operator's own sharing is a sale; a definition alone is not.
    [['The definition of sale is extremely broad under the CCPA, and may include sharing certain pieces of information with our advertising partners.'], true],
    [['The CCPA gives a broad definition of sale.'], null],
    // A numbered section's heading in sentence case names its topic too.
    [['6. Selling data to third parties', 'We do not, have not and do not have any future plans to sell your personal information to third parties.'], false],
    [['6. We sell data to third parties'], true],
    // Arrangements the policy says may meet the laws' definition of a sale are one.
    [['However, we may share your Personal Information with our affiliates and trusted partners in arrangements that may meet the broad definition of “sale” or “share” under California law.'], true],
    // Sales by others: companies in general, and websites a relative clause names as the sellers.
    [["Many companies profit off their users by selling their information, but we'll never do that."], null],
    [['We need some of your personal information to remove it from websites that display and sell it.'], null],
    // A denial whose only way out is the person's permission promises no sale.
    [['We do not rent, sell, or share personal information about you with other people or companies except when we have your permission.'], false],
  ] as const)('%j → %s', (texts, expected) => {
    const fact = sellsData(numbered(texts.map((t) => clause(t, ['sharing']))));
    expect(fact.value).toBe(expected);
    if (expected !== null) expect(fact.evidence.length).toBeGreaterThan(0);
  });

  it('does not read a right to know what was sold, in a clause about rights alone, as a sale', () => {
    const item = '• The categories of third parties to whom we sold your personal information.';
    expect(sellsData([clause(item, ['rights'])]).value).toBeNull();
    expect(sellsData([clause(item, ['sharing', 'rights'])]).value).toBe(true);
  });

  it('reads a question, a privacy label\'s line or an FAQ heading, as no sale; the answer beside it decides', () => {
    const label = clause('• Do we sell your personal information for monetary value?', ['sharing']);
    const denial = clause('We do not sell your personal information for monetary value.', ['sharing'], { negated: true });
    expect(sellsData(numbered([label, clause('No'), denial]))).toMatchObject({ value: false, evidence: [{ clause: 2 }] });
    expect(sellsData(numbered([label])).value).toBeNull();
    expect(sellsData(numbered([clause('Do we sell your data? We sell it to advertisers.', ['sharing'])])).value).toBe(true);
  });

  it('quotes the sale statement, not the denial, as evidence when both are present', () => {
    const fact = sellsData(numbered([clause('We never sell your data for marketing.'), clause('We sell your browsing history to advertisers.')]));
    expect(fact.evidence.map((e) => e.text)).toEqual(['We sell your browsing history to advertisers.']);
  });

  it('reads a disclosure the policy itself calls a sale or "sharing" under the privacy laws as a sale, even beside the right to stop it', () => {
    const called = (text: string, labels: ('sharing' | 'rights')[] = ['sharing']) => sellsData([clause(text, labels)]).value;
    expect(called('This is deemed “sharing” under California law, and you can turn it off on our Do Not Share page.', ['rights'])).toBe(true);
    expect(called('We do not sell data in the conventional sense; however, our advertising cookies may be considered a "sale" under the CCPA.')).toBe(true);
    expect(called('We share device identifiers with ad partners for cross-context behavioral advertising.')).toBe(true);
    expect(called('You have the right to opt out of sharing for cross-context behavioral advertising.', ['rights'])).toBeNull();
    expect(called('This disclosure is not considered a sale under the CCPA.')).toBeNull();
    // The laws' verb in quotes, behind a hedged denial: the sale is stated.
    expect(called('While we are not in the business of selling your information, under such laws we may “sell” your personal information relating to your browsing.')).toBe(true);
    expect(called('We do not sell your data in the conventional sense, but we may use ad services, including for interest-based or cross-context behavioral advertising.')).toBe(true);
    expect(called('To opt out of these “sales” or “sharing” of personal information, use the cookie settings.', ['rights'])).toBe(true);
    expect(called('We do not engage in such “sales” of personal information.')).toBe(false);
    expect(called('We do not use your data for cross-context behavioral advertising.')).toBeNull();
    // The laws' "sharing" described without its name: data given to advertisers to target ads elsewhere.
    expect(called('We may share personal information (in the form of identifiers and internet activity information) with third-party advertisers for purposes of targeting advertisements on other websites.')).toBe(true);
    expect(called('We have shared certain personal information with advertising partners that display targeted advertisements to users around the web.')).toBe(true);
    // The targeting may come a long way after the advertisers, or as what the sharing lets partners do.
    expect(called('We share personal data with advertising networks or permit these networks to collect information from you directly on our websites to facilitate online advertising, such as search engines and social network advertising providers, to serve targeted ads to you on third-party platforms.')).toBe(true);
    expect(called('We share your information with our third party company partners to prepare and deliver marketing content and to enable them to provide you with more personalized ads.')).toBe(true);
    expect(called('We share your information with our service providers to enable them to provide the services you asked for.')).toBeNull();
    // Given to ad partners only on the person's opt-in: no sale inferred. A sale the policy names in the laws' words stays one.
    expect(called('If you give your consent, your hashed email address and IP address may be shared with our partners to provide personalized advertising as you use the internet.')).toBeNull();
    expect(called('With your consent, we share your email address with our advertising partners to show you personalized ads.')).toBeNull();
    expect(called('We share your email address with our advertising partners to show you personalized ads.')).toBe(true);
    expect(called('With your consent, we may share your data for cross-context behavioral advertising.')).toBe(true);
    // Other verbs and recipients: data provided to ad companies or platforms, or shared with third parties, to target ads.
    expect(called('We provide ad companies with information that allows them to serve you with more useful and relevant ads.')).toBe(true);
    expect(called('When we provide you with relevant advertising on third-party sites, we may share limited personal information about you, such as a hashed email address, with third parties.')).toBe(true);
    expect(called('We may convert your email address into a unique value and provide it to third-party platforms so they can serve targeted advertisements to you.')).toBe(true);
    expect(called('We may share a unique identifier, such as a hashed email address, with these platform providers in order to direct targeted advertising to you.')).toBe(true);
    expect(called('We may share your personal information with our marketing partners for the purposes of targeting, modeling and analytics.')).toBe(true);
    // Guards: providers working for us, data that identifies no one, a sale only on the person's opt-in, no data given.
    expect(called('We may share your information with vendors and other service providers who provide services such as hosting, analytics and targeted advertising.')).toBeNull();
    expect(called('Acme may provide Non-Personally Identifiable Information to third parties who deliver ads to you.')).toBeNull();
    expect(called('If you have given your consent to receive personalised advertising, we share your data with third-party partners to deliver targeted advertising.')).toBeNull();
    expect(called('Our platform provides advertisers with the opportunity to build segments for targeted ads.')).toBeNull();
    // Inferred from the advertising alone, it yields to a denial in the laws' own terms.
    const lawsTerms = numbered([
      clause('Acme does not “sell” your personal information as we understand that term to be defined by the CCPA.', ['sharing'], { negated: true }),
      clause('We may share with third-party advertisers a hashed version of your email address for purposes of delivering tailored advertising.', ['sharing']),
    ]);
    expect(sellsData(lawsTerms).value).toBe(false);
    // Guards: ads shown without data given to advertisers, or advertisers kept from the data, are no sale.
    expect(called('We work with advertising partners to show you targeted ads on our site.')).toBeNull();
    expect(called('We do not share personal information with advertisers for targeted advertising.')).not.toBe(true);
    // The verb nearest the law's term calls it a sale (or denies it), not the first verb of the sentence.
    expect(called('While we use these cookies to measure our marketing, we do not "share" Customer Personal Data for cross-context behavioral advertising.')).toBeNull();
    // The classifier reads such a clause as a denial (its first practice is denied); the sale stated after it still counts.
    const hedged = 'While we are not in the business of selling your information, under such laws we may “sell” your personal information.';
    expect(sellsData([clause(hedged, ['sharing'], { negated: true })]).value).toBe(true);
    expect(sellsData([clause('We may sell your browsing info to advertisers.', ['sharing'], { negated: true })]).value).toBeNull();
    // A denial, then what the laws would call a sale after "however": the second half admits one. A denial of both admits none.
    const denial = (text: string) => sellsData([clause(text, ['sharing'], { negated: true })]).value;
    expect(denial('Acme does not sell your Personal Information for monetary compensation; however, Acme does engage in online advertising practices that might be considered sharing or sale under applicable law.')).toBe(true);
    expect(denial('We don’t “sell” Personal Data or “share” Personal Data for cross-contextual behavioral advertising (as those terms are defined under applicable local law).')).toBe(false);
    expect(denial('No, Acme does not sell personal information or share it with third parties for the purpose of cross-context behavioral advertising.')).toBe(false);
    expect(denial('No, Acme does not sell personal information, but it does not share it for the purpose of cross-context behavioral advertising either.')).toBe(false);
    // An aside between the verb and what it sells.
    expect(called('Acme does not sell (as such term is defined in the CCPA or otherwise) the personal information that we collect.')).toBe(false);
    const beside = sellsData(numbered([clause('We never sell your personal data.'), clause('Sending the referral identifier is deemed "sharing" under California law.', ['rights'])]));
    expect(beside.value).toBe(true);
  });

  it('reads a recipient listed for targeted ads under a line that gives data away as a sale', () => {
    const listed = (intro: string, item: string) => sellsData(numbered([clause(intro, ['sharing']), clause(item, ['sharing'])])).value;
    const intro = 'We share some of the information you provide us with:';
    expect(listed(intro, '• Demand-side providers for targeted advertisement using third-party cookies')).toBe(true);
    expect(listed(intro, '• Advertising partners who show you interest-based ads on other sites')).toBe(true);
    // Not ads chosen for the person, a purpose rather than a recipient, providers that work for us, or a list of our own uses.
    expect(listed(intro, '• Companies that serve advertisements')).toBeNull();
    expect(listed(intro, '• provide you personalized advertising')).toBeNull();
    expect(listed(intro, '• Marketing services that assist us in providing personalized advertising')).toBeNull();
    expect(listed('We may share your data with our service providers, for instance:', '• companies that deliver targeted ads')).toBeNull();
    expect(listed('We use your information to:', '• Partners for targeted advertising')).toBeNull();
  });

  it("does not read the person's own trading history as a trade in data, but still reads trading data as one", () => {
    expect(sellsData([clause('• Transactional activity in your account (for example, trading history and balances)')]).value).toBeNull();
    expect(sellsData([clause('We may trade your personal data with our partners.')]).value).toBe(true);
    expect(sellsData([clause('We will keep records containing client personal data, trading information, account opening documents and communications.')]).value).toBeNull();
  });

  it('does not read "trade" qualifying a noun (a trade union, a trade show) as a trade in data', () => {
    const sensitive =
      'Unless Acme has your express consent, Acme will not (i) disclose sensitive information (i.e., personal information specifying racial or ethnic origin, political opinions, trade union membership or information specifying the sex life of the individual), or (ii) use it for another purpose.';
    expect(sellsData([clause(sensitive)]).value).toBeNull();
    expect(sellsData([clause('Information you give us at trade shows, such as your name and email address, is kept for one year.')]).value).toBeNull();
    const seat =
      'This Privacy Policy governs how Acme Limited (“we” or “us”) a limited company incorporated under the laws of England and Wales with company number 01234567 and with its registered office and main trading address at Acme House, Science Park, Manchester M15 6GZ, United Kingdom uses and shares personal information collected by our website at acme.com, the Acme mobile app, and any associated services and content (the “Service”).';
    expect(sellsData([clause(seat, ['sharing'])]).value).toBeNull();
    expect(sellsData([clause('We may trade or rent your contact details to other companies.')]).value).toBe(true);
  });

  it('does not read a trading name as a trade in data', () => {
    expect(sellsData([clause('Acme, a trading name of Acme Holdings Ltd., and its subsidiaries process your personal data.')]).value).toBeNull();
  });
});
