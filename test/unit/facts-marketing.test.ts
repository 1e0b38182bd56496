import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/core/facts';
import { marketingBasis } from '../../src/core/facts/marketing';
import { clause, numbered } from './facts-helpers';

const fact = (...texts: string[]) => extractFacts(numbered(texts.map((t) => clause(t, ['collection'])))).marketing_without_consent;

describe('marketing_without_consent (docs/scoring.md)', () => {
  it.each([
    ['opt-out basis', 'We will send you offers by post unless you tell us not to.'],
    ['"if you do not want to receive"', 'If you do not wish to receive marketing emails from us, click unsubscribe.'],
    ['legitimate interests', 'We rely on our legitimate interests to send you information about our products and services.'],
    ['keeping the person up to date with the services, on legitimate interests', 'We collect this information based on our legitimate interests so that we can keep you up to date with our services and pursue business opportunities with you.'],
    ['where permitted by law', 'Where permitted by law, we may contact you with marketing communications.'],
    ['consent, except as otherwise permitted by law', 'We will send you marketing emails only with your consent, except as otherwise permitted by applicable law.'],
    ['consent, or permitted to do so under the law', 'We may send you newsletters and promotions if you have provided your prior consent or we are otherwise permitted to do so under applicable law.'],
    ['consent only where the law requires it', 'We will send you marketing emails, with your consent where required by law.'],
    ['consent bundled into the terms', 'The Customer hereby agrees that we may send special offers to the e-mail address on record.'],
    ['consent bundled into using the service', 'By using the service you consent to receive promotional messages from us.'],
    ['marketing stated as happening, no choice offered', 'We may send you newsletters and special offers.'],
    ['ads personalised by third parties on the site', 'These third parties may use cookies to personalize advertising content to you.'],
    ['marketing as one of the listed purposes', 'For the purposes of commercial prospecting and marketing.'],
    ['an opt-in row that applies to some users only', 'If you are located in the EU, we will only send you marketing with your prior consent.'],
    ['advertising accepted as a condition of the service', 'As a condition of using the free service, you are required to receive advertising messages from our partners.'],
    ['ads chosen for the person, shown by default', 'The app shows personalised ads based on your interests.'],
    ['advertising based on the person\'s activity', 'Our partners display advertisements on the app based on your browsing activity.'],
    ['ads served from the person\'s usage data', 'Our advertising partners use cookies to serve ads based on your usage data.'],
    ['e-mails about other products and services', 'We use your e-mail address to send periodic emails regarding your order or other products and services.'],
    ['a bare purpose in a list of uses', '(b) providing information about new training products and services to the users;'],
    ['a purpose item without "to"', 'Keep you informed of and promote our current and planned services;'],
    ['e-mails telling the person about new features', 'HackMD may occasionally send you an email to tell you about new features or keep you up to date.'],
    ['a list item naming marketing as the purpose', 'Marketing purposes'],
    ['relevant ads chosen from the person\'s location', 'We use your GPS position to show you relevant advertisements.'],
    ['targeted ad delivery by advertisers', 'Advertisers use cookies for targeted ad delivery in the app.'],
    ['ad targeting as a use of the data', 'We use your browsing data for ad targeting.'],
    ['promoting products to the person as a purpose', 'Within the limits of the law, to promote and introduce new products to you.'],
    ['consent asked, or a chance to say no', 'For a secondary reason such as marketing, we will either ask for your consent or give you an opportunity to say no.'],
    // The soft opt-in: customers get marketing without having asked for it.
    ['the soft opt-in for past buyers', 'Or whereby you have previously purchased from us a product that the email newsletter relates to.'],
    ['the soft opt-in for similar products', 'As a customer you may receive marketing e-mails about similar products and services.'],
    // News of the operator's services, with the data used to reach the person.
    ['news of new services among the ways it communicates', 'To communicate with you, through welcome emails, security announcements and information of new services available.'],
    ['updates on features, with the data used to communicate', 'We use this information to communicate with you, troubleshoot issues, and provide updates on the latest features.'],
    // "Unless … require your specific consent" asks only where a law does: a default for everyone else.
    ['consent only where its actions require it', '3. Direct marketing emails and special offers, unless our actions in this regard require your specific consent;'],
    ['ads shown beside customised content', '• We may use your bookmarks to provide services that display customized content and advertising.'],
    ['e-mails about new service offerings', 'Acme may send you emails containing announcements, notices and messages about new service offerings.'],
    // Session 37's first-contact policies, in general form.
    ['the operator by name uses data to inform you of its products', 'Acme also uses your personally identifiable information to inform you of other products or services available from Acme and its affiliates.'],
    ['ads remarketed to the person elsewhere', 'We use third-party cookies to remarket our advertisements on other websites.'],
    ['ads relevant to the person', 'Targeting or advertising cookies – these cookies are used to deliver ads relevant to you.'],
    ['ads targeted at the person on other sites', "To target Acme banners and ads to you when you're on certain other websites."],
    // "without your separate consent" is no opt-in: the law's permission is the default basis.
    ['letting the person know about products', 'We use your contact details to let you know about our products and services.'],
    ['marketing and communicating products', 'We use your information to market and communicate our products and services to you by email.'],
    ['where the law permits contact without separate consent', 'Acme may also process your personal data for marketing purposes when applicable law permits us to contact you without your separate consent.'],
    // Agreeing to the terms, or signing up for an account, is no yes to marketing: consent bundled into using the service.
    ['marketing on agreeing to the terms', 'If you have agreed to our Terms of Service, we may send you marketing e-mails about our products.'],
    ['marketing on signing up for an account', 'If you have signed up for an account, we will send you marketing e-mails about our products.'],
  ])('true: %s', (_name, text) => {
    expect(fact(text)).toMatchObject({ value: true, evidence: [{ text }] });
  });

  it.each([
    ['an opt-in', 'We only send newsletters to customers who have opted in to receive them.'],
    ['express consent first', 'We will never use this information for marketing purposes unless you expressly give your consent.'],
    ['a tick box left blank means no', 'You can select whether you want to receive marketing material from us. Not selecting this option means you will not receive it.'],
    ['an opt-in in a parenthesis split off the item', 'We use your e-mail address to send you receipts and promotional offers only', '(to the extent you accept or subscribe to our marketing list).'],
    ['newsletters the person asked for', 'If you give us your e-mail address specifically to subscribe to our newsletter, we will use it to send you the newsletters you requested.'],
    ['with the member\'s permission', 'With the member\'s permission we may also use this information to send updates on new services.'],
    ['marketing ruled out altogether', 'We do not send marketing emails.'],
    ['ads ruled out altogether', 'The app does not serve targeted advertising.'],
    ['ad targeting ruled out', 'Unlike other services, we do not use your data for ad targeting.'],
    ['contact only once consented', 'We will never send you promotional emails unless you have consented to receive them.'],
    ['consent named as the legal basis', 'We process your e-mail address to send you our newsletter (Art. 6(1)(a) GDPR).'],
    ['the legal basis stated right after', 'We use your e-mail address to send you the newsletter.', 'The legal basis for this processing is your consent.'],
    ['only if the person wants them', 'Your choice about our newsletters, to send you newsletters only if you want to receive them.'],
    ['consent given beforehand', 'If you have given us your consent, we will send you our newsletter with news about our products.'],
    ['the right to object beside an opt-in', 'If you object to the use of your data for direct marketing, we will stop processing it for that purpose.', 'We send offers only to customers who opted in.'],
    ['the right to object, naming legitimate interests, beside an opt-in', 'You also have the right to object to processing based on legitimate interests, and to object to processing for marketing purposes.', 'We send offers only to customers who opted in.'],
    ['a channel said to happen whose opt-in is stated', 'We send you our newsletter every month.', 'You will receive the newsletter only after you opt in.'],
    ['no ads at all', 'We have no advertisements or business relationships with advertisers.'],
    ['no ads shown to the person', 'We do not show you any advertising.'],
    ['no ads now or ever', 'The site does not and will never show ads.'],
    ['the operator, by name, permits no ads', "Third Party Web Beacons: GeoGebra doesn't permit any third party advertising in our apps or web services."],
    ['a newsletter whose legal-basis cell reads "Consent"', 'Your subscription to our newsletters; To send you email newsletters about us; Consent; Your input'],
    ['a service without ads', 'Browse without targeted advertising!'],
    ['a heading ruling out ads chosen from the person\'s data', '5.6. No Ads Based on User Data'],
    // The denial that governs the ads is the verb nearest them, not the first verb of the sentence.
    ['targeted ads denied after a first verb that is not', 'While we use these cookies to measure our campaigns, we do not "share" data for cross-context behavioral advertising.'],
    ['an opt-in worded "only … when you have provided your consent"', 'We will only send you personalised advertising and offers when you have provided your consent.'],
    ["marketing upon the person's consent", 'Acme S.r.l. is the Data Controller of your personal data, necessary to provide you with the services and, upon your consent, for marketing purposes.'],
    ['contacted once consent is obtained', 'After having obtained your consent, you may be contacted by Acme via email with information or promotional content regarding our services.'],
    ['sent once the person has allowed it', '• When you have allowed us to do so, to send occasional newsletter and marketing campaigns about our services.'],
    ['the right to withdraw a consent to receive news, and to object to direct marketing', '• The right to withdraw your consent to receive news from Us and to object to the processing of Your data (in particular regarding Us sending You direct marketing messages).'],
    // Consent asked for, provided the person agrees, or subject to their permission.
    // "Unless you have opted out" is a default; "unless you have opted in" is an opt-in.
    ['no marketing contact unless the person has opted in', 'We will not contact you for marketing purposes unless you have opted in.'],
    ['a newsletter sent if the person wishes to subscribe', 'If you wish to subscribe to our newsletter(s), we will use the email address you used to register to send the newsletter to you.'],
    // No contact at all without consent rules out marketing without it.
    ['no contact unless account-related or consented to', 'We will never initiate contact with you unless the communication is account related, or unless you have consented to such communication.'],
    ['offers the operator thinks may interest, provided the person agrees', '• to email you with information or services which we feel may interest you (provided of course that you agree)'],
    ['consent asked for before campaign e-mails', '• Consent: We will ask for your consent to use your information to send you details about our campaigns and for targeted advertising.'],
    ['ad cookies subject to permission', 'Other cookies are subject to your permission and they can help measure traffic and deliver relevant ads.'],
    // Declining tracking pixels is no default for the e-mails themselves.
    ['marketing e-mails sent on consent, whose pixels one may decline', 'We also send marketing emails, but only with your consent.', 'If you prefer not to receive pixel tags, please opt out of marketing emails.'],
    ['data used for advertising only on prior consent', 'We will only use the data for the purposes of advertising, customer service or market research if the customer has provided prior consent.'],
    ['a list of uses introduced as needing permission', 'With your permission, we use it to:', '• Send you marketing emails about our products.'],
    // The person's yes given before, as the marketing's condition, however it is worded.
    ['marketing where the person has indicated accordingly', 'Where you have indicated accordingly, you agree that we may use your information to let you know about our other products and services.'],
    ['offers if the person has consented, no purpose word after it', 'If you have consented, we may send you offers about our other products and services by e-mail.'],
    ['direct marketing in the events the person has so consented', 'These data will be used in the events you have so consented, to contact you for direct marketing purposes via e-mail.'],
    ['news if the person told us they would like to hear from us', 'If you have told us that you would like to hear from us, we may send you news about our other products by e-mail.'],
    ['marketing e-mails where the person asked for them', 'Where you have asked to receive them, we will send you marketing e-mails about our other products and services.'],
    ['kept informed, provided the person said they would like to be contacted', 'We use your information to keep you informed about our offers, provided you have indicated you would like to be contacted for these purposes.'],
  ])('false: %s', (_name, ...texts) => {
    expect(fact(...texts).value).toBe(false);
  });

  it.each([
    ['no marketing at all', 'We collect your name and address to deliver your order.'],
    ['a table heading asking whether data is shared for ads', 'The table shows what we collect and whether we sell or share such Personal Information for cross-contextual behavioral advertising purposes.'],
    ['sharing with other companies for their marketing is sharing, not marketing to you', 'If we share your data with other companies for their marketing, we will first get your consent.'],
    ['a denial of sharing data for marketing, no recipient named', 'In particular, we do not share your Personal Information for marketing purposes.'],
    ['data not provided to "these companies" for marketing is sharing denied, not marketing to you', 'The information is not provided to these companies for marketing purposes.'],
    ['the marketing department is not marketing to you', 'Information you include in your communications to sales, marketing and support is stored by our vendors.'],
    ['other companies in general, set against the operator', 'Other e-mail providers read your messages to show you personalised ads.'],
    ['no ads for some people only', 'We do not show ads to children under 13.'],
    ['no ads only on a condition', 'You can browse without ads if you subscribe to Premium.'],
    // Ads not chosen for the person are not marketing to them.
    ['non-targeted ads on legitimate interests', 'We process this limited data on the basis of our legitimate interest to serve non-targeted ads.'],
  ])('not stated: %s', (_name, text) => {
    expect(fact(text).value).toBeNull();
  });

  it('one default channel is enough, whatever else opts in, and the clearest clause is the evidence', () => {
    const result = fact(
      'We only send our newsletter to subscribers who opted in.',
      'We may send you postal marketing unless you object.',
      'We may also send you special offers.',
    );
    expect(result.value).toBe(true);
    expect(result.evidence.map((e) => e.text)).toEqual(['We may send you postal marketing unless you object.']);
  });

  it('a newsletter every buyer receives automatically is by default, though subscribing on the website asks consent', () => {
    const result = fact(
      'When subscribing to the newsletter on the website, you will have to provide Acme with consent to send you our newsletter.',
      'Everyone who buys an Acme product will automatically receive our newsletter.',
    );
    expect(result).toMatchObject({ value: true, evidence: [{ text: 'Everyone who buys an Acme product will automatically receive our newsletter.' }] });
  });

  it('the items of a list of what the person may opt out of are rights, not practices', () => {
    expect(fact('Colorado residents have the right to opt out of the following:', '• Processing of your personal data for targeted advertising.').value).toBeNull();
    expect(fact('We process data for the following:', '• Processing of your personal data for targeted advertising.').value).toBe(true);
  });

  it('marketing e-mail the person opts in to is by consent, though an unsubscribe link is offered too', () => {
    const result = fact(
      '4. to market products and services to you, including contacting you via email that you may choose (or opt in) to receive.',
      'You can stop receiving our promotional emails by following the unsubscribe instructions included in those emails.',
    );
    expect(result.value).toBe(false);
  });

  it('marketing sent "on the basis of consent" is by consent, however the consent is put', () => {
    expect(fact('Direct marketing communications are sent (your contact details are processed) on the basis of consent.').value).toBe(false);
    expect(fact('Direct marketing communications are sent on the basis of your explicit consent.').value).toBe(false);
  });

  it('"as permitted under applicable law" is a default basis, as "by law" is', () => {
    expect(marketingBasis('Communicate with you: answering your questions and, as permitted under applicable law, sending you communications about products of selected partners.')).toBe('by-default');
  });

  it('a line based on "the existence of a legitimate interest" introduces its list, and keeping you informed about products is marketing', () => {
    const intro = '• Based on the existence of a legitimate interest of Acme:';
    const item = '• To keep you informed about the products and services of Acme, by conventional and/or electronic means (e-mails, SMS).';
    expect(fact(intro, item)).toMatchObject({ value: true, evidence: [{ text: item }] });
  });

  it('a use listed under a line that states its basis takes that basis', () => {
    const intro = 'On the basis of a legitimate interest pursued by Acme, or your consent where it is required, Acme uses processing for the following:';
    expect(fact(intro, '• Commercial development', '• Information on the products and services offered by Acme').value).toBe(true);
    expect(fact('In particular, we may rely on deemed consent by notification to use your personal data for the following purposes:', 'Marketing purposes').value).toBe(true);
    expect(fact('With your prior consent, Acme uses your data for the following:', '• Information on the products and services offered by Acme').value).toBe(false);
    // Without the line, the item says nothing of marketing reaching the person.
    expect(fact('• Information on the products and services offered by Acme').value).toBeNull();
  });

  it("the GDPR's right to object recited as a hypothesis says nothing of marketing happening", () => {
    const hypothesis = [
      'If Acme GmbH processes personal data in order to carry out direct marketing, the Data Subject has the right to object at any time to the processing of personal data for the purpose of such marketing.',
      'If the Data Subject objects to Acme GmbH processing for direct marketing purposes, Acme GmbH will no longer process the personal data for these purposes.',
    ];
    expect(fact(...hypothesis).value).toBeNull();
    // Said plainly, the same right is an opt-out of marketing that happens.
    expect(fact('You have the right to object at any time to the processing of your personal data for direct marketing.').value).toBe(true);
  });

  it('a line that opens with its basis introduces its list, and a bulleted item belongs to it however long', () => {
    const item = '• to market to you by delivering marketing materials about Acme products and online Services.';
    expect(fact('With your consent, including to:', item).value).toBe(false);
    expect(fact('Based on our legitimate interests:', item).value).toBe(true);
    // The same item under a line that states no basis.
    expect(fact('To operate the Sites and provide the Services, including to:', item).value).toBe(true);
  });

  it('an opt-out mechanism alone, with no opt-in stated, is marketing by default', () => {
    expect(marketingBasis('You can unsubscribe from our marketing emails at any time.')).toBe('opt-out-only');
    expect(fact('You can unsubscribe from our marketing emails at any time.').value).toBe(true);
    expect(fact('You can unsubscribe from our marketing emails at any time.', 'We send our newsletter only if you opt in to receive it.').value).toBe(false);
    // Leaving the list in the rights' words (one vocabulary): "un-subscribe", "removed from … mailing list".
    expect(marketingBasis('Subscribers to our newsletter may un-subscribe at any time.')).toBe('opt-out-only');
    expect(marketingBasis('You may ask to be removed from our mailing list at any time.')).toBe('opt-out-only');
  });

  it('reads the industry in general apart from the operator, and one channel apart from another', () => {
    // Ads chosen for the person, which one may only opt out of, run by default beside a mailing that needs an opt-in; a law's right to opt out of them does not.
    const newsletter = 'If you wish to subscribe to our newsletter(s), we will use the email address you used to register to send the newsletter to you.';
    expect(fact(newsletter, 'If you wish to not have this information used for serving you interest-based ads, you may opt-out in your account.').value).toBe(true);
    expect(fact(newsletter, '• the right to opt-out of the sharing of personal information for cross-contextual behavioral advertising;').value).toBe(false);
    expect(fact('Many other providers show you personalised ads, and so do we.').value).toBe(true);
    expect(fact('Most online advertising today is personalized, meaning that advertising services profile you in order to serve tailored ads.').value).toBeNull();
    expect(fact('We may send you special offers by post.', 'Our newsletter is sent only to those who opt in.').value).toBe(true);
    expect(fact('We send you newsletters, marketing e-mails and special offers.', 'Send me the newsletter: I expressly agree to receive it.').value).toBe(true);
    expect(fact('5. to communicate with you about our services (for example through newsletters or special offers);').value).toBe(true);
    expect(fact('We use cookies to provide interest-based advertising tailored to you.', 'Advertising e-mails go only to those who opted in.').value).toBe(true);
    expect(marketingBasis('If you object to the use of your data for direct marketing, we will stop processing it for that purpose.')).toBe('opt-out-only');
    expect(marketingBasis('We use your data for direct marketing; you can object at any time.')).toBe('happens');
  });

  it('an opt-in under a heading about direct marketing governs the marketing that heading is about', () => {
    const section = ['7. Personal data processing for direct marketing purpose', 'Only with your prior consent will we send you the newsletters by e-mail.'];
    expect(fact(...section, 'We process your e-mail address for direct marketing purposes.').value).toBe(false);
    // Without the heading, the opt-in is for the newsletter alone.
    expect(fact(section[1]!, 'We process your e-mail address for direct marketing purposes.').value).toBe(true);
  });
});

describe('an opt-in to ads chosen for the person', () => {
  it('governs the personalised ads the policy lists, and nothing else', () => {
    const optIn = 'When you open the app for the first time, we will ask for your explicit consent to tailor ads for you.';
    expect(fact('• To show personalized advertisements in the app; we do not use marketing cookies on the website.', optIn).value).toBe(false);
    // Guards: without the opt-in the ads happen by default, and a mailing named beside the ads is not what was opted into.
    expect(fact('• To show personalized advertisements in the app.').value).toBe(true);
    expect(fact('We send you newsletters and show you personalized advertisements.', optIn).value).toBe(true);
    // An opt-in to a mailing does not govern the ads either.
    expect(fact('• To show personalized advertisements in the app.', 'We send our newsletter only if you opt in to receive it.').value).toBe(true);
  });
});

describe('"we don\'t spam"', () => {
  it('rules out marketing sent without asking; a mailing stated elsewhere still happens', () => {
    expect(fact("Your email will only be used for account notifications, we don't spam or sell email addresses.").value).toBe(false);
    expect(fact("We don't spam.", 'We send you our newsletter with special offers.').value).toBe(true);
    // Guard: spam filtering is no promise about marketing.
    expect(fact('We filter spam from your inbox.').value).toBeNull();
  });
});

describe('marketing stated as a use, with no consent asked', () => {
  it('"send you information and marketing materials" and "receive … promotions" happen by default; an opt-in or a denial still rules', () => {
    expect(fact('Some ways we may use your Personal Information are to: Contact you when necessary; Send you information and marketing materials about our services.').value).toBe(true);
    expect(fact('Your e-mail address is used so you can log in and receive notifications about subscription and promotions.').value).toBe(true);
    // Guards: the same words under an opt-in, or denied.
    expect(fact('Only if you opt in will we send you promotional e-mails.').value).toBe(false);
    expect(fact('We will never send you marketing e-mails.').value).toBe(false);
    expect(fact('Your e-mail address is used so you can log in and receive notifications about your subscription.').value).toBeNull();
  });

  it('"to conduct marketing activities" named as a use is marketing that happens; an opt-in or a denial still rules', () => {
    expect(fact('We use personal information for the purposes described below.', '• (iv) To conduct marketing activities with regard to our products, services and campaigns.').value).toBe(true);
    expect(fact('Your data is used to carry out marketing campaigns about our services.').value).toBe(true);
    expect(fact('We use your data to carry out marketing campaigns only if you opt in.').value).toBe(false);
    expect(fact('We do not use your data to conduct marketing activities.').value).toBe(false);
    // A recipient doing its own marketing is sharing, not marketing to the person.
    expect(fact('We share your data with marketing agencies to carry out marketing campaigns.').value).toBeNull();
  });
});

describe('marketing denied with other verbs', () => {
  it('"do not employ … for marketing purposes" and marketing that "does not take place" rule it out; the affirmed verb does not', () => {
    expect(fact('We do not employ tracking devices for marketing purposes.').value).toBe(false);
    expect(fact('Analysis of the data for marketing purposes does not take place in this context.').value).toBe(false);
    // Guard: the same verb affirmed states the marketing.
    expect(fact('We employ tracking devices for marketing purposes.').value).toBe(true);
  });
});

describe('a word defined is not a basis', () => {
  it('"(we call this marketing)" defines the word; the opt-in after it governs', () => {
    const definition = 'This is how we decide which products, services and offers may be relevant for you (we call this marketing).';
    expect(fact(definition, 'You will receive marketing communications from us if you registered for a promotion and, in each case, you have opted in for receiving that marketing.').value).toBe(false);
    expect(fact(definition).value).toBeNull();
    // Guard: the template's opt-out basis after the definition still means marketing by default.
    expect(fact(definition, 'You will receive marketing communications from us if you registered for a promotion and, in each case, you have not opted out of receiving that marketing.').value).toBe(true);
  });
});

describe('ads a product does not contain', () => {
  it('"do not contain third party advertising or targeted advertising" rules targeted ads out', () => {
    expect(fact('• Our Products do not contain third party advertising or targeted advertising.').value).toBe(false);
    // Guard: ads a product contains are shown.
    expect(fact('Our apps contain targeted advertising from our partners.').value).toBe(true);
  });
});
