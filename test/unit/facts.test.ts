import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/core/facts';
import { factDefinition } from '../../src/core/facts/registry';
import type { Category, FactKey, Retention } from '../../src/core/types';
import { clause, numbered } from './facts-helpers';

type Row = [string, Category[], boolean];

function factFrom(key: FactKey, rows: Row[]) {
  const clauses = numbered(rows.map(([text, labels, negated]) => clause(text, labels, { negated })));
  return extractFacts(clauses)[key];
}

/** Typed values (retention, storage location) as their table cell, so an expectation reads as the policy words it. */
/** The data items collected by clauses labelled collection, and the rights named in one clause labelled rights. */
const items = (...texts: string[]) => factFrom('collects', texts.map((t) => [t, ['collection'], false] as Row)).value;
const rights = (text: string) => factFrom('rights', [[text, ['rights'], false]]).value;
const sells = (...texts: string[]) => factFrom('sells_data', texts.map((t) => [t, ['sharing'], false] as Row)).value;
const laws = (text: string) => factFrom('laws', [[text, [], false]]).value;
const marketing = (...texts: string[]) => factFrom('marketing_without_consent', texts.map((t) => [t, [], false] as Row)).value;

function shown(key: FactKey, rows: Row[]): unknown {
  const { value } = factFrom(key, rows);
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? factDefinition(key).cell(value as never) : value;
}

describe('silence', () => {
  it('states nothing about a text that never deals with personal data', () => {
    const facts = extractFacts(numbered([clause('Mix the flour and the eggs.'), clause('Bake for 20 minutes.')]));
    for (const fact of Object.values(facts)) expect(fact).toEqual({ value: null, evidence: [] });
  });

  it('reads silence on security and law as "none" in a text about personal data', () => {
    const facts = extractFacts([clause('We collect your name.', ['collection'])]);
    expect(facts.collects.value).toEqual(['name']);
    expect(facts.sells_data.value).toBeNull();
    expect(facts.rights.value).toBeNull();
    expect(facts.laws).toEqual({ value: [], evidence: [] });
    expect(facts.security_measures_described).toEqual({ value: false, evidence: [] });
  });
});

describe('boolean facts', () => {
  it.each<[FactKey, Row[], boolean | null]>([
    ['shares_with_third_parties', [['We share your data with our couriers.', ['sharing'], false]], true],
    ['shares_with_third_parties', [['We do not share or disclose your data with anyone.', ['sharing'], true]], false],
    ['shares_with_third_parties', [['We never share your data with third parties for marketing purposes.', ['sharing'], true]], null],
    ['shares_with_third_parties', [['We share data with partners.', [], false]], null],
    // "distribute" passes data on as "share" does, and its denial is read as one.
    ['shares_with_third_parties', [["We don't distribute it to third parties.", ['sharing'], false]], false],
    // A list of recipients with no verb: the third parties beside the authorities are recipients; authorities alone are compelled disclosure.
    ['shares_with_third_parties', [['Recipients of Personal Data include outsourced billing providers, marketing agencies, debt collection agencies, Regulators and law enforcement agencies.', ['sharing'], false]], true],
    ['shares_with_third_parties', [['Disclosure to law enforcement agencies when required by law.', ['sharing'], false]], false],
    // Goods sold pass no data on.
    ['shares_with_third_parties', [['We may sell subscription services through our Products.', ['sharing'], false]], null],
    ['shares_with_third_parties', [['We may sell your personal information to third parties.', ['sharing'], false]], true],
    ['security_measures_described', [['The SSL Store is a wholesale SSL certificate provider.', [], false], ['We share data.', ['sharing'], false]], false],
    ['security_measures_described', [['We use SSL to protect your data.', [], false]], true],
    ['shares_with_third_parties', [['We distribute your contact details to our dealers.', ['sharing'], false]], true],
    // A content licence's name, and data given back to the person it is about, pass nothing to a third party.
    ['shares_with_third_parties', [['Except where otherwise noted, content on this site is licensed under the Creative Commons Attribution Share-Alike License.', ['sharing'], false]], null],
    ['shares_with_third_parties', [['If a data breach is discovered, it will be disclosed to the affected users through private messages.', ['sharing'], false]], null],
    ['shares_with_third_parties', [['If a data breach is discovered, it will be disclosed to the affected users and our insurers.', ['sharing'], false]], true],
    ['shares_with_third_parties', [['Other companies may receive your data.', ['sharing'], false]], true],
    // Disclosure only when the law compels it is no sharing; staff who may see data are not a third party.
    ['shares_with_third_parties', [['We will not release any information about a user unless legally compelled to do so.', ['sharing'], false]], false],
    ['shares_with_third_parties', [['Only a few of our administrators have access to the mail servers.', ['sharing'], false]], null],
    ['shares_with_third_parties', [['Only a few of our administrators have access to the mail servers.', ['sharing'], false], ['We share billing data with our payment processor.', ['sharing'], false]], true],
    ['sells_data', [['We will never sell or share your information.', ['sharing'], true]], false],
    ['sells_data', [['We may sell your personal information to advertisers.', ['sharing'], false]], true],
    // A sale asked about ("disclose whether we sell") is neither; the answer after it is the fact.
    ['sells_data', [['The CCPA requires us to disclose whether we sell your personal information.', ['sharing'], false], ['We do not sell your personal information.', ['sharing'], true]], false],
    ['sells_data', [['The CCPA requires us to disclose whether we sell your personal information.', ['sharing'], false]], null],
    ['sells_data', [['These activities may result in us selling or sharing identifiers, internet activity information and inferences with our advertising partners.', ['sharing'], false]], true],
    // A lettered heading glued to its sentence names the topic; "nor do we have actual knowledge of any sale" denies.
    ['sells_data', [['B. “Sales” of Personal Data under the CCPA For purposes of the CCPA, Acme does not “sell” Personal Data, nor do we have actual knowledge of any “sale” of Personal Data of minors under 16 years of age.', ['sharing'], false]], false],
    ['sells_data', [['The customer will not re-sell the connection.', [], false]], null],
    ['sells_data', [['We do not share, sell, or even show to anyone your name, email or profile information.', ['sharing'], true]], false],
    ['sells_data', [['We may transfer your data as part of a sale of our business.', ['sharing'], false]], null],
    ['marketing_without_consent', [['We will never use it for marketing unless you expressly give your consent.', ['collection'], false]], false],
    ['marketing_without_consent', [['We will not contact you for marketing purposes by post if you have indicated that you do not wish to be contacted.', ['collection'], false]], true],
    ['marketing_without_consent', [['It is in our legitimate interests to promote our services.', ['collection'], false]], true],
    // A bare "Marketing" is a use under a line about uses, a link in a menu elsewhere; Art. 21 recited in the passive says nothing.
    ['marketing_without_consent', [['We use your data for:', ['collection'], false], ['• Marketing', [], false]], true],
    ['marketing_without_consent', [['How We Use Your Information', [], false], ['• Promotional offers', [], false]], true],
    ['marketing_without_consent', [['The lawful basis is our legitimate interest in marketing our services when advertising to existing customers.', ['collection'], false]], true],
    ['marketing_without_consent', [['Community', [], false], ['• Marketing', [], false], ['• Design', [], false]], null],
    ['marketing_without_consent', [['If your personal data is processed for direct marketing purposes, you have the right to object at any time.', ['rights'], false]], null],
    ['marketing_without_consent', [['You also have the right to object if we are processing your personal data for direct marketing purposes.', ['rights'], false]], null],
    // A law's right named and defined says nothing of the operator's ads; the operator's own words do.
    ['marketing_without_consent', [['• Right to opt-out of the use of Personal Data for targeted advertising and profiling: This right enables you to opt out of the processing of your personal data for purposes of targeted advertising.', ['rights'], false]], null],
    ['marketing_without_consent', [['• Right to opt out of marketing: This right lets you stop the newsletters we send you.', ['rights'], false]], true],
    ['marketing_without_consent', [['Advertiser cookies enable customized ads that are selected for display on your device.', ['sharing'], false]], true],
    // Recommending products to the person is marketing to them; consent "deemed" given is bundled, not asked.
    ['marketing_without_consent', [['• recommending products and services that Acme believes will be of interest to you', ['collection'], false]], true],
    ['marketing_without_consent', [['You will be deemed to consent to us sending you promotional e-mails.', ['collection'], false]], true],
    // Registering to receive the newsletter is opting in; registering for an account is not.
    ['marketing_without_consent', [['When you register to receive our newsletter by email, you will get news about new products and services.', ['collection'], false]], false],
    ['marketing_without_consent', [['When you register for an account, we will send you news about new products and services.', ['collection'], false]], true],
    ['marketing_without_consent', [['You will see non-customized (generic) ads only.', [], false]], null],
    // Consent expressed first, or a condition said of the clause before ("We will only do so if…").
    ['marketing_without_consent', [['If you expressed your consent, we will use your email address to contact you with marketing messages.', ['collection'], false]], false],
    ['marketing_without_consent', [['We will use your email address to send you emails containing updates, promotions and special offers.', ['collection'], false], ['We will only do so if you have given your consent.', [], false]], false],
    ['marketing_without_consent', [['We will use your email address to send you emails containing updates, promotions and special offers.', ['collection'], false], ['We will only do so for customers.', [], false]], true],
    ['marketing_without_consent', [['Marketing emails are sent only to customers who have opted to receive news about promotions.', ['collection'], false]], false],
    // Choosing to opt out is no opt-in.
    ['marketing_without_consent', [['If you choose to opt out of receiving targeted advertising, use the tools on this page.', ['rights'], false]], true],
    // Aggregated figures used in advertising reach nobody; a purpose listed as "to send you …" happens.
    ['marketing_without_consent', [['We may also use aggregated information to promote our services, such as by citing usage statistics.', ['collection'], false]], null],
    ['marketing_without_consent', [['to communicate with you about our services (for example through newsletters or special offers);', ['collection'], false]], true],
    // A consent bundled into accepting the terms is no consent to marketing (docs/scoring.md).
    ['marketing_without_consent', [['The Customer hereby agrees that we may send special offers.', ['collection'], false]], true],
    // Marketing stated as a use, with no opt-in: by default.
    ['marketing_without_consent', [['We use your data for marketing.', ['collection'], false]], true],
    ['marketing_without_consent', [['We use data to provide the service.', ['collection'], false]], null],
    ['marketing_without_consent', [['With the members permission we may also use the information to provide updates on new services and other special announcements.', ['collection'], false]], false],
    ['cross_border_transfer', [['We do not transfer personal information to other countries.', ['transfer'], true]], false],
    ['cross_border_transfer', [['We may transfer, store or process your data outside of the EEA.', ['transfer'], false]], true],
    ['cross_border_transfer', [['This means that your information might end up on one of those computers in another country.', ['transfer'], false]], true],
    ['cross_border_transfer', [['Your information may be maintained, processed, and stored in other jurisdictions that may have different data protection laws.', ['transfer'], false]], true],
    // Transmitted to a named place, as "transferred" to one is.
    ['cross_border_transfer', [['The information generated by these cookies is transmitted to a Google server in the US and stored there.', ['sharing'], false]], true],
    ['cross_border_transfer', [['Data is not transferred outside the EEA without adequate protection.', ['transfer'], false]], true],
    ['cross_border_transfer', [['We use third-party service providers globally to store and transfer Personal Data.', ['sharing', 'transfer'], false]], true],
    ['cross_border_transfer', [['Your data may also be processed elsewhere, within or outside of Canada, in accord with legal regulations.', ['transfer'], false]], true],
    ['cross_border_transfer', [['We may share information about you within our group and transfer it to countries in the world where we do business.', ['sharing', 'transfer'], false]], true],
    ['cross_border_transfer', [['Our vendors must sign data transfer agreements such as Standard Contractual Clause agreements.', ['sharing'], false]], true],
    ['cross_border_transfer', [['We hold your data in Canada.', ['transfer'], false]], null],
    // Transfers named as a noun, recipients placed outside a named place, and the transfer frameworks.
    ['cross_border_transfer', [['We will ensure that any international transfers of your personal data are in accordance with applicable laws.', ['transfer'], false]], true],
    ['cross_border_transfer', [['These service providers may be located inside or outside of the European Economic Area.', ['sharing', 'transfer'], false]], true],
    ['cross_border_transfer', [['If you are located outside the European Economic Area, section 9 applies.', ['transfer'], false]], null],
    ['cross_border_transfer', [['If you’re located outside the European Economic Area, section 9 applies.', ['transfer'], false]], null],
    ['cross_border_transfer', [['Any party employed by us that is located in the USA adheres to the Privacy Shield.', ['transfer'], false]], true],
    ['cross_border_transfer', [['Certain providers may be located in or have facilities that are located in a different jurisdiction than either you or us.', ['transfer'], false]], true],
    ['cross_border_transfer', [['If you are located in a different country from us, please contact our local office.', ['transfer'], false]], null],
    ['cross_border_transfer', [['If you are located abroad, please contact our local office.', ['transfer'], false]], null],
    // What the person may ask to be told (GDPR Art. 15), read as a right: no transfer; said as a practice, one.
    ['cross_border_transfer', [['3. the recipients to whom the personal data has been disclosed, in particular recipients in third countries or international organisations', ['rights', 'sharing'], false]], null],
    ['cross_border_transfer', [['We disclose personal data to recipients in third countries.', ['sharing'], false]], true],
    // Outside a company is not abroad.
    ['cross_border_transfer', [['Information that identifies you will not be disclosed outside of Acme and its service providers.', ['sharing'], false]], null],
    ['cross_border_transfer', [['If you reside in the European Union, you agree to our EU privacy policy.', ['transfer'], false]], null],
    // Data given from outside a country, whatever the clause's labels; being outside it is not enough.
    ['cross_border_transfer', [['If you are outside the United States, you agree that you are providing your information directly to us.', [], false]], true],
    ['cross_border_transfer', [['If you are visiting the Website from outside the U.S., you agree to any processing of any personal information you provide us according to this policy.', [], false]], true],
    ['cross_border_transfer', [['If you are outside the EU, you may not have the same rights.', [], false]], null],
    ['cross_border_transfer', [['We may store your data outside your country of residence.', ['transfer'], false]], true],
    ['cross_border_transfer', [['Your information is processed in the United States, where privacy laws may not be as protective as in your home country.', ['transfer'], false]], true],
    ['cross_border_transfer', [['Although our servers are in many countries, Acme does not store personal data outside of Canada.', ['transfer'], false]], false],
    // Where a person's address is, is where the person lives, not where data stays.
    ['cross_border_transfer', [['For domains whose registrant address resides within member countries of the EU, we redact personal data fields in whois records.', ['sharing'], false]], null],
    ['cross_border_transfer', [['Your data resides in Canada.', ['transfer'], false]], false],
    ['security_measures_described', [['Data is protected with 128 bit encryption on SSL.', [], false]], true],
    // A named security standard the operator follows or is certified to is a measure described.
    ['security_measures_described', [['Acme has adopted a cybersecurity framework to minimize the risk of data breach following ISO 27001/27002.', [], false]], true],
    ['security_measures_described', [['We are SOC 2 Type II certified.', [], false]], true],
    // Access limited to those who need it, and data sent over a secure connection, are measures.
    ['security_measures_described', [['We limit access (to personal information) to those who need it in order to process it.', [], false]], true],
    ['security_measures_described', [['The message metadata is sent to our servers over a secure connection.', [], false]], true],
    ['security_measures_described', [['We care about the security of your information.', [], false], ['We share data.', ['sharing'], false]], false],
    // Kinds of steps named together; contractual measures alone are how transfers are covered, not security.
    ['security_measures_described', [['We have taken certain physical, electronic, contractual and administrative steps to protect your information.', [], false]], true],
    ['security_measures_described', [['Acme uses a variety of safeguards, including contractual and technical measures, to protect the data we transfer.', [], false], ['We share data.', ['sharing'], false]], false],
    ['security_measures_described', [['Countries are named by their ISO 3166 codes.', [], false], ['We share data.', ['sharing'], false]], false],
    // Access for those who need to know is a measure; the operator needing to know something is not.
    ['security_measures_described', [['We give access only to employees that need to know that information in order to process it.', [], false]], true],
    ['security_measures_described', [['We need to know your basic personal data in order to provide you with services.', [], false], ['We share data.', ['sharing'], false]], false],
    ['security_measures_described', [['We only share data with those of our employees and contractors that (i) need to know that information in order to process it.', [], false]], true],
    ['security_measures_described', [['We may share your personal data on a need-to-know basis with the following categories of third parties.', [], false], ['We share data.', ['sharing'], false]], false],
    ['security_measures_described', [['We also use [functional cookies](https://example.com/cookies/what-do-i-need-to-know-about-cookies/) to make your visit easier.', [], false], ['We share data.', ['sharing'], false]], false],
    ['security_measures_described', [['The Services deal with location, so in order to work, the Services need to know your location.', [], false], ['We share data.', ['sharing'], false]], false],
    // Staff bound to confidentiality is a measure; vendors held to it is a term of sharing.
    ['security_measures_described', [['Our vendors and partners must agree to strict confidentiality obligations.', [], false], ['We share data.', ['sharing'], false]], false],
    ['security_measures_described', [['We use strict contractual confidentiality obligations for employees and contractors.', [], false]], true],
    // A second factor named as the condition of collecting a phone number describes no measure.
    ['security_measures_described', [['If you enable phone based two-factor authentication, we collect a phone number.', [], false], ['We share data.', ['sharing'], false]], false],
    ['security_measures_described', [['We collect your name, email address and phone number if 2FA is enabled.', [], false], ['We share data.', ['sharing'], false]], false],
    ['security_measures_described', [['We may also ask for your phone number for purposes such as two-factor verification or for sending you service alerts.', [], false], ['We share data.', ['sharing'], false]], false],
    ['security_measures_described', [['We may act to preserve the security of our network.', [], false], ['We share data.', ['sharing'], false]], false],
    // "Technical and organisational measures" alone is the GDPR's wording of a bare promise; named with physical or administrative ones it is a description.
    ['security_measures_described', [['We have implemented appropriate technical and organizational security measures designed to protect the security of any personal information we process.', [], false], ['We share data.', ['sharing'], false]], false],
    ['security_measures_described', [['We aim to protect your personal information through a system of organisational and technical measures.', [], false], ['We share data.', ['sharing'], false]], false],
    ['security_measures_described', [['We use physical, technical and organizational measures to protect your data.', [], false]], true],
    ['security_measures_described', [['We follow industry best practices in order to protect any personal data submitted to us.', [], false]], true],
    ['security_measures_described', [['The Company’s employees are given access to your personal data only if it is necessary to fulfil their responsibilities.', [], false]], true],
    ['security_measures_described', [['Your data can only be accessed by authorized employees who need to have access to this data to fulfil their duties.', [], false]], true],
    ['security_measures_described', [['Only those authorized will be able to process such data.', [], false]], true],
    ['security_measures_described', [['These employees and authorized managers only have access to the data necessary to perform their duties.', [], false]], true],
    // Service providers limited to what they need is a sharing term, not the operator's access control.
    ['security_measures_described', [['They only have access to the personal data necessary for the performance of their services.', [], false], ['We share data.', ['sharing'], false]], false],
    ['security_measures_described', [['The mobile number for password reset is only stored as an unreadable hash.', [], false]], true],
    ['security_measures_described', [['Wherever it is possible we use one-way hashes of certain test result values.', [], false]], true],
    // A password hash named among the data protected is data, not a measure.
    ['security_measures_described', [['We protect your username, password hash and transaction information.', [], false], ['We share data.', ['sharing'], false]], false],
    ['breach_notification', [['In the event of a security breach, we will inform you by e-mail.', [], false]], true],
    ['breach_notification', [['If a data breach that includes personal data is discovered, it will be disclosed to the affected users through private messages.', [], false]], true],
    ['breach_notification', [['Any removal shall not constitute a breach of this Agreement.', [], false]], null],
    // A breach of privacy is a breach of the person's data; the user's breach of the policy is not.
    ['breach_notification', [['(f) to contact the Users in case where fraud, illegal activities or breach of privacy is recorded;', [], false]], true],
    ['breach_notification', [['We may contact the User in the event the User is in breach of this Policy.', [], false]], null],
    // Notice of the breach promised, to no authority: the people it touches are told.
    ['breach_notification', [['Florida – Acme will provide notification of a security breach pursuant to requirements as mandated in the Florida Information Protection Act of 2014.', [], false]], true],
    ['breach_notification', [['Acme will provide notification of a security breach to the relevant supervisory authority.', [], false]], null],
    ['breach_notification', [['In the event of a security breach involving your personal information, we will make any legally required disclosures to you in the most expedient time possible.', [], false]], true],
    ['breach_notification', [['In the event that we are required by law to inform you of any unauthorized access to your Personal Information, we may notify you electronically.', [], false]], true],
    ['breach_notification', [['In the event of a security breach, we will make any legally required disclosures to the authorities.', [], false]], null],
    // A disclosure of the breach made to the person is a notice; one made to a regulator is not.
    ['breach_notification', [['We will make any legally required disclosures of any breach of the security of your personal data to you via email.', [], false]], true],
    ['breach_notification', [['We will make any legally required disclosures of any breach of the security of personal data to the supervisory authority.', [], false]], null],
    // "in the event that there is a breach": of the person's data when nothing contractual follows.
    ['breach_notification', [['We ensure we have a way to contact users in the event that there is a breach in data storage of your personal information.', [], false]], true],
    ['breach_notification', [['We will contact users in the event that there is a breach of this Agreement.', [], false]], null],
    // "In the unlikely event of a breach in the security of personal data": the adjective and "in" as well.
    ['breach_notification', [['In the unlikely event of a breach in the security of personal data, we will notify all users who are affected.', [], false]], true],
    ['breach_notification', [['In the unlikely event of a breach of this Agreement, we will notify all users.', [], false]], null],
    // Notified in the passive, and a breach described as security compromised.
    ['breach_notification', [['Any security breach shall however be notified to you in strict compliance with the applicable regulations.', [], false]], true],
    ['breach_notification', [['In the unlikely event that the security of our storage facilities is compromised, we will attempt to contact you and let you know.', [], false]], true],
    ['breach_notification', [['If your password is compromised, contact us so we can reset it.', [], false]], null],
    // A right to be told of a breach is a promise to tell; a right to be told of something else is not.
    ['breach_notification', [['i) the right to be informed in the event of a breach of security of personal data;', [], false]], true],
    ['breach_notification', [['You have the right to be informed about the processing of your personal data.', [], false]], null],
    // From test/fixtures/heldout-sentences.jsonl.
    ['breach_notification', [['We report security incidents to affected customers within 72 hours.', [], false]], true],
    // A breach said without the word, in a promise to tell; protection from unauthorized access promises nothing.
    ['breach_notification', [['Acme will notify users immediately if we believe their Personal Information is disclosed in any unauthorized way.', [], false]], true],
    ['breach_notification', [['We will notify you if there is unauthorized access to your personal information.', [], false]], true],
    ['breach_notification', [['We protect your information from unauthorized access and will notify you of changes to this policy.', [], false]], null],
    // The person among the recipients of the report, and the regulator alone.
    ['breach_notification', [['We will report data breaches to supervisory authorities and registered individuals affected within 72 hours.', [], false]], true],
    // The breach before the notice, said without the word, and notice promised without naming whom to.
    ['breach_notification', [['In the unlikely event of an unauthorized disclosure of your data we will notify you (either directly or through your School).', [], false]], true],
    ['breach_notification', [['If we discover a security incident that compromises your personal information, we will let you know about it.', [], false]], true],
    ['breach_notification', [['In the event that Acme becomes aware of a data breach impacting your Personal Information, we will provide notification in compliance with all applicable laws.', [], false]], true],
    ['breach_notification', [['In the event of a data breach affecting your data, we will give notice to the supervisory authority.', [], false]], null],
    ['breach_notification', [['If you notice unauthorized access to your account, let us know.', [], false]], null],
    // "the incident": the breach named in the sentence before; notice of a change after an unrelated sentence promises nothing.
    ['breach_notification', [['Should a security incident occur, we take the necessary steps to mitigate it.', [], false], ['Additionally, we notify all affected parties of the incident.', [], false]], true],
    ['breach_notification', [['We may update this policy.', [], false], ['We will notify affected users of the incident report.', [], false]], null],
    ['breach_notification', [['We will report data breaches to the supervisory authority within 72 hours.', [], false]], null],
    // "a security system's breach"; a breach made public tells everyone affected, one reported to a regulator does not.
    ['breach_notification', [['If we learn of a security system’s breach, we may attempt to notify you electronically.', [], false]], true],
    // Aware of "a breach", notice provided to the person; the customer told in the singular, not its support desk.
    ['breach_notification', [['If we become aware of a breach that affects the security of personal information, we will provide you with notice as required by applicable law.', [], false]], true],
    ['breach_notification', [['If we become aware of a breach of these Terms, we will provide you with notice of termination.', [], false]], null],
    ['breach_notification', [['The Company shall notify the Customer of any Personal Data Breach without undue delay.', [], false]], true],
    // The person told after the regulator; the regulator and others alone are not the person.
    ['breach_notification', [['In the event of a security breach, no longer than 72 hours after we become aware of it, we will notify the proper regulatory authorities and any users of the breach.', [], false]], true],
    ['breach_notification', [['In the event of a data breach, we will notify the supervisory authority and our insurers.', [], false]], null],
    ['breach_notification', [['Acme shall notify the customer service team of any security incident it detects.', [], false]], null],
    ['breach_notification', [['If there is a privacy breach, I promise to disclose it as soon as possible on the site blog.', [], false]], true],
    ['breach_notification', [['If there is a data breach, we will disclose it to the relevant authorities.', [], false]], null],
    // A notice under a line that introduces what happens on a breach; the same notice under another line is not about a breach.
    ['breach_notification', [['We will take the following responsive action, should a data breach occur:', [], false], ['We will notify you via email:', [], false]], true],
    ['breach_notification', [['We will take the following steps when your plan renews:', [], false], ['We will notify you via email:', [], false]], null],
    // … also a plan's numbered step a few items under that line; the same steps under another line are not about a breach.
    ['breach_notification', [['In the unlikely event of a data breach, we will:', [], false], ['1. Assess the breach.', [], false], ['2. Contain the breach.', [], false], ['3. Notify Affected Parties: Inform affected users as required by applicable laws.', [], false]], true],
    ['breach_notification', [['When your plan renews, we will:', [], false], ['1. Charge your card.', [], false], ['2. Notify Affected Parties: Inform affected users of the new price.', [], false]], null],
    // "personal information security events", the usual translation in policies written first in Chinese, are breaches.
    ['breach_notification', [['After the occurrence of personal information security events, we will inform you in a timely manner of the basic situation and possible impact.', [], false]], true],
    ['breach_notification', [['We keep security event logs for 90 days.', [], false]], null],
    // "information you send" is no notice, and a list's items are separate purposes.
    ['breach_notification', [['We use your data to provide the service; to send reminders to users; and to detect fraud and security breaches.', [], false]], null],
    ['breach_notification', [['We monitor information you transmit to detect security breaches.', [], false]], null],
    ['breach_notification', [['In the event of a data breach, we have recovery procedures and will alert the persons concerned and the regulator.', [], false]], true],
    ['breach_notification', [['To report a security breach, please contact our security team.', [], false]], null],
    ['breach_notification', [['If you suspect a data breach, contact us at once.', [], false]], null],
    ['breach_notification', [['We will notify you without undue delay of any personal data breach.', [], false]], true],
    ['breach_notification', [['If a breach were to occur, we will notify you as the law requires.', [], false]], true],
    ['breach_notification', [['In the event of a breach of these Terms, we may notify you and close your account.', [], false]], null],
    ['cross_border_transfer', [['Your information may be processed and stored in a foreign country where one of our providers is located.', ['transfer'], false]], true],
    // One list of verbs that put data somewhere serves every transfer reading.
    ['cross_border_transfer', [['Some of your records may be held overseas by our suppliers.', ['transfer'], false]], true],
    ['security_measures_described', [['We cannot safeguard any information you disclose in public forums.', [], false], ['We share data.', ['sharing'], false]], false],
    ['security_measures_described', [['Two-factor authentication is available for all accounts.', [], false]], true],
    // Access limited to authorised staff is a measure; a pointer to another page describes none.
    ['security_measures_described', [['Only authorized personnel have access to this data.', [], false]], true],
    ['security_measures_described', [['See Acme and Firewalls for access requirements.', [], false], ['We share data.', ['sharing'], false]], false],
    // A bare promise of reasonable measures, an introduction that says it will explain safeguards, or access to the service: no measure described.
    ['security_measures_described', [['We use commercially reasonable security measures to protect your data.', [], false], ['We share data.', ['sharing'], false]], false],
    ['security_measures_described', [['This policy explains how we collect, use and safeguard your information.', [], false], ['We share data.', ['sharing'], false]], false],
    ['security_measures_described', [['We may restrict access to parts of the website for maintenance.', [], false], ['We share data.', ['sharing'], false]], false],
    // Measures named: kinds of safeguard together, access limited to those who need it, malware scanning.
    ['security_measures_described', [['We maintain physical, electronic and managerial procedures to protect your information.', [], false]], true],
    ['security_measures_described', [['Access to customer records is limited to staff who need to know it.', [], false]], true],
    ['security_measures_described', [['Our servers are scanned for malware every day.', [], false]], true],
    ['sells_data', [['We never sell your browsing history to advertisers.', ['sharing'], true]], false],
    ['cross_border_transfer', [['Some of our service providers are based outside the United Kingdom, so your data may be processed abroad.', ['transfer'], false]], true],
    // Recipients placed outside the person's country, or places whose laws differ, are a transfer.
    ['cross_border_transfer', [['Some of our contractors may be located outside of your home country.', ['transfer'], false]], true],
    ['cross_border_transfer', [['Your data may be transferred to locations with different data protection laws.', ['transfer'], false]], true],
    ['cross_border_transfer', [['This data is transferred to this partner within the European Union.', ['transfer'], false]], false],
    ['cross_border_transfer', [['Data is transferred within the EU and to processors outside the EU.', ['transfer'], false]], true],
    ['cross_border_transfer', [['Our office is located on the third floor.', ['transfer'], false]], null],
    ['cross_border_transfer', [['We do not store your data outside the European Union.', ['transfer'], true]], false],
    // A transfer the law forbids to companies says nothing of the operator's; a question states nothing, its answer does.
    ['cross_border_transfer', [['Acme complies with the Directive, which prohibits companies transferring data to overseas jurisdictions with weaker laws.', ['transfer'], false]], null],
    ['cross_border_transfer', [['We do not transfer your data to overseas jurisdictions.', ['transfer'], false]], false],
    ['cross_border_transfer', [['Is any transfer made to a third country?', ['transfer'], false], ['No. We only store and process your personal data within the EU/EEA.', ['transfer'], false]], false],
    ['cross_border_transfer', [['Your personal data will remain within the EU.', ['transfer'], false]], false],
    ['cross_border_transfer', [['We only store and process your data within the EU/EEA.', ['transfer'], false]], false],
    ['cross_border_transfer', [['Your data never leaves Germany.', ['transfer'], false]], false],
    // All of it processed or stored in one named place says it stays there; "all … stored in encrypted form" names no place, and "or elsewhere" leaves it open.
    ['cross_border_transfer', [['All the personal data we process is processed by our staff in Taiwan and hosted on servers within Taiwan.', [], false]], false],
    ['cross_border_transfer', [['Acme is an American company, all data processing takes place in the U.S.', [], false]], false],
    ['cross_border_transfer', [['All data is stored in encrypted form.', [], false]], null],
    ['cross_border_transfer', [['All personal data is stored in the United States or elsewhere.', [], false]], null],
    ['cross_border_transfer', [['We may transfer and store your data in countries other than South Africa.', ['transfer'], false]], true],
  ])('%s from %j → %s', (key, rows, expected) => {
    expect(factFrom(key, rows).value).toBe(expected);
  });
});

describe('storage evidence', () => {
  it('a clause that only puts servers in a place is the evidence for it', () => {
    const fact = factFrom('storage_location', [
      ['We use cookies.', [], false],
      ['All data is stored on servers in Finland.', [], false],
    ]);
    expect(fact.evidence.map((e) => e.text)).toEqual(['All data is stored on servers in Finland.']);
  });
});

describe('string facts', () => {
  it.each<[FactKey, Row[], string | null]>([
    ['storage_location', [['We provide secure hosting via cloud platforms in South Africa.', ['transfer'], false]], 'South Africa'],
    ['storage_location', [['We may store or process your data outside of the European Economic Area.', ['transfer'], false]], 'outside the EEA'],
    ['storage_location', [['We do not store data in the United States.', ['transfer'], true]], null],
    // Where data comes from, and where the people are, is not where it is kept.
    ['storage_location', [['Standard Contractual Clauses require all group companies to protect personal data they process from the European Economic Area.', ['transfer'], false]], null],
    ['storage_location', [['As some End-Users, Visitors, Advertisers and Publishers are located in the European Economic Area (“EEA”), we comply with GDPR.', ['transfer'], false]], null],
    ['storage_location', [['Personal data from our users is stored in the European Economic Area.', ['transfer'], false]], 'the EEA'],
    // A place named beats a place ruled out, whichever comes first.
    ['storage_location', [['Please note that user data is stored and processed outside the European Union.', ['transfer'], false], ['If you do not live in the United States, information we collect will be transferred to and processed in the United States.', ['transfer'], false]], 'the United States'],
    // A case imagined to explain a risk is not where data is.
    ['storage_location', [['As an example, if you are located in Canada and your transaction is processed by a payment gateway located in the United States, then your information may be disclosed under United States law.', ['transfer'], false]], null],
    ['storage_location', [['Your transactions are processed by a payment gateway located in the United States.', ['transfer'], false]], 'the United States'],
    // A company's address in parentheses is not where its servers are; nor is a "process" (a noun) in a place.
    ['storage_location', [['Acme uses the Hetzner Data Centers (Hetzner Online GmbH, Industriestr. 25, 91710 Gunzenhausen, Germany) to maintain our servers.', ['transfer'], false], ['The servers are located in Finland and used for hosting web content.', ['transfer'], false]], 'Finland'],
    ['storage_location', [['The TÜV also certified the job applicant process in Germany.', ['transfer'], false]], null],
    // "located" alone often places recipients: a clause that stores data wins over an earlier one; "located at" is an address.
    ['storage_location', [['• outsourced service providers who perform functions on our behalf, located inside or outside of the EU or UK territory;', ['transfer'], false], ['Personal data may be stored and processed in the United States.', ['transfer'], false]], 'the United States'],
    ['storage_location', [['Acme is located at Don Emanuelstraat 3, Wijchen, the Netherlands.', ['transfer'], false]], null],
    // The places listed right under a line about where the servers are.
    ['storage_location', [['The locations of servers for the services include:', [], false], ['(1) the United States,', [], false], ['(2) Hong Kong;', [], false], ['(3) Japan.', [], false], ['We collect your e-mail address.', ['collection'], false]], 'the United States, Hong Kong and Japan'],
    ['storage_location', [['Our offices are in the following countries:', [], false], ['(1) the United States,', [], false], ['(2) Hong Kong;', [], false]], null],
    // …nor is an address in parentheses after a company's name, even where servers are named.
    ['storage_location', [['The data collected via the cookie is pseudonymised and processed on the servers of our service provider CrossEngage GmbH (Gontardstr. 11, 10178 Berlin, Germany).', [], false]], null],
    ['storage_location', [['The data is processed on the servers of our service provider in Germany.', [], false]], 'Germany'],
    // A company's kind ("a non-EU/EEA service provider"), its seat, or its country after its name, is not where data is.
    ['storage_location', [['For some parts of our hosting we use a non-EU/EEA service provider called Cloudflare, Inc., seated in San Francisco (United States).', ['transfer'], false]], null],
    ['storage_location', [['You declare that the following data will be transferred to eyeo GmbH, Germany, and processed to improve the Extension.', ['transfer'], false]], null],
    ['storage_location', [['Your data is hosted by Acme GmbH in Germany.', ['transfer'], false]], 'Germany'],
    // The person elsewhere, the data brought to one place: that is where it is kept; a recipient's place is not.
    ['storage_location', [['If you are located outside the United States, your information is collected in your country and then transferred to the United States — or to another country in which we operate.', ['transfer'], false]], 'the United States'],
    ['storage_location', [['We may transfer your information to service providers in the United States.', ['transfer'], false]], null],
    // A place that only says whose law applies is not where data is kept: "(EU) 2016/679", "laws in the EEA", "EU regulations".
    ['storage_location', [['All personal data are processed in accordance with the General Data Protection Regulation (EU) 2016/679.', ['transfer'], false]], null],
    ['storage_location', [['We may process your personal data for reasons that are justified under data protection laws in the European Economic Area (EEA) and Switzerland.', ['transfer'], false]], null],
    ['storage_location', [['Data storage may occur when required by the European or national legislator in EU regulations.', ['transfer'], false]], null],
    ['storage_location', [['We store your data on servers in Germany, protected by EU data protection law.', ['transfer'], false]], 'Germany'],
    // "inside or outside of the U.S.": the place, and outside it.
    ['storage_location', [['Your information may be stored on our partners’ servers inside or outside of the U.S.', ['transfer'], false]], 'the United States and outside the United States'],
    // Where recipients "may be located" is not where the data is kept.
    ['storage_location', [['We may also transfer personal information to third parties acting on our behalf that may be located in countries outside of the USA.', ['transfer'], false]], null],
    // …nor is where the entities it goes to are, when the data is described as stored; a hosting provider's place is where it is kept.
    ['storage_location', [['We may transfer your personal information or other information collected, stored, processed by us to any other entity or organization located in India or outside India.', ['transfer'], false]], null],
    ['storage_location', [['Some personal information will likely be disclosed to our related entities who are located outside of Australia or held on servers located outside of Australia.', ['transfer'], false]], 'outside Australia'],
    ['storage_location', [['We store your data with our hosting provider located in the United States.', ['transfer'], false]], 'the United States'],
    // A marketplace's "Host" is a person, not hosting.
    ['storage_location', [['If you create a Listing in China, information shared includes booking details, such as Guest details as set out below in Host Services.', ['transfer'], false]], null],
    ['storage_location', [['Our provider hosts your data in Germany.', ['transfer'], false]], 'Germany'],
    // A denial of keeping data outside a place says where it is kept.
    ['storage_location', [['Although our servers are in many countries, Acme does not store personal data outside of Canada.', ['transfer'], false]], 'Canada'],
    // …and so does one with exceptions: they name when data leaves, the default place stays.
    ['storage_location', [['Personal data is not stored outside the EEA unless you ask us to.', ['transfer'], false]], 'the EEA'],
    ['storage_location', [['9.4 Except as stated in paragraph 9.5, we do not transfer or store your personal data outside the European Economic Area (EEA).', ['transfer'], false]], 'the EEA'],
    ['storage_location', [['We may store your personal data outside the EEA.', ['transfer'], false]], 'outside the EEA'],
    ['storage_location', [['We are a company in South Africa.', [], false]], null],
    ['storage_location', [['We may transfer and store your data in countries other than South Africa.', ['transfer'], false]], null],
    ['storage_location', [['Your data is stored in our data centres in Ireland and Germany.', ['transfer'], false]], 'Ireland and Germany'],
    // Data said to stay in a place is stored there, even without a word for storing; before a later mention of servers abroad.
    ['storage_location', [['Unless agreed otherwise, your data remains within the EU.', ['transfer'], false], ['Some metadata may reach servers outside the EU.', ['transfer'], false]], 'the EU'],
    ['storage_location', [['Your data remains yours and we will not sell it to anyone in the EU.', ['transfer'], false]], null],
    // Where the person is located is not where data is kept.
    ['storage_location', [['If you are located outside Canada and give us information, we transfer the data to Canada and process it there.', ['transfer'], false]], 'Canada'],
    // The same with a curly apostrophe, and with "you reside" or "you live".
    ['storage_location', [['If you’re located outside the United States and choose to provide your Personal Information to us, we may transfer your Personal Information to the United States and process it there.', ['transfer'], false]], 'the United States'],
    ['storage_location', [['If you reside outside the U.S., the information we collect will be transferred to the U.S. and processed and stored there.', ['transfer'], false]], 'the United States'],
    ['storage_location', [['Your data is stored outside the EEA, where you live.', ['transfer'], false]], 'outside the EEA'],
    ['storage_location', [['If you are based in the EEA, you may contact our representative.', ['transfer'], false]], null],
    ['storage_location', [['If you are accessing the Service from outside of the U.S., information may be stored and used in the U.S.', ['transfer'], false]], 'the United States'],
    // Where the people are is not where data is kept, for every place of their list; "outside" reaches down a list too.
    ['storage_location', [['If you are in the EEA, Switzerland, or the UK, we process your data under the GDPR.', ['transfer'], false]], null],
    // "someone from" a place is a person too, and a place's short name in quotes takes its full name's role.
    ['storage_location', [['If you are someone from the European Economic Area (“EEA”), your information may be transferred to, and stored at a destination outside the EEA.', ['transfer'], false]], 'outside the EEA'],
    ['storage_location', [["Data is stored on our servers ('in the United States'; EU users may ask for a copy).", ['transfer'], false]], 'the United States'],
    ['storage_location', [['Data of users in the EEA processed by a recipient located outside the EEA, Switzerland or the UK is protected by contract.', ['transfer'], false]], 'outside the EEA, outside Switzerland and outside the United Kingdom'],
    ['storage_location', [['Information received by Acme in the United States from users in the European Union is protected.', ['transfer'], false]], 'the United States'],
    // Where recipients are, or a procedure called a process, is not where data is kept.
    ['storage_location', [['We may transfer your personal data to recipients located outside of the United Kingdom and the EEA.', ['transfer'], false]], null],
    ['storage_location', [['Some of the partners and service providers referred to in this policy are located outside of the European Union.', ['transfer'], false]], null],
    ['storage_location', [['By using the Services, you are transmitting information to Acme in the United States and its service providers (in the United States and other third countries).', ['transfer'], false]], 'the United States'],
    ['storage_location', [['For complaints from individuals in the EEA, UK, or Switzerland that cannot be resolved with Acme directly, Acme will cooperate with EEA, UK, and Swiss authorities.', ['rights'], false]], null],
    ['storage_location', [['In such cases, your Data may be transferred to countries located outside of the European Union who provide an equivalent level of protection.', ['transfer'], false]], null],
    ['storage_location', [['Your data is located on servers outside of the European Union.', ['transfer'], false]], 'outside the EU'],
    ['storage_location', [['We may transfer your data to a provider that is not located in the EEA.', ['transfer'], false]], null],
    // Where the company, or one it sends data to, is located is not where data is kept.
    ['storage_location', [['Acme.com is a United States company, located in Denver, Colorado, USA.', ['transfer'], false]], null],
    // Where the person lives is not where the data stays.
    ['storage_location', [['If you reside in the European Union, you agree to our EU privacy policy.', ['transfer'], false]], null],
    ['storage_location', [['We may pass your data to an entity or organisation located in India.', ['transfer'], false]], null],
    ['storage_location', [['The Data Privacy Framework is a voluntary self-certification process for companies in the U.S.', ['transfer'], false]], null],
    // A framework or an agency named after a place: "the UK Extension to the EU-U.S. DPF", "the U.S. Department of Commerce".
    ['storage_location', [['Acme remains liable under the EU-U.S. DPF Principles and the UK Extension to the EU-U.S. DPF if its agent processes personal information inconsistently with them.', ['transfer'], false]], null],
    ['storage_location', [['All personal data are processed in accordance with the Privacy Shield Frameworks, designed by the U.S. Department of Commerce.', ['transfer'], false]], null],
    ['storage_location', [['All personal data are processed in the U.S. under frameworks designed by the U.S. Department of Commerce.', ['transfer'], false]], 'the United States'],
    ['storage_location', [['Our servers are located in Germany.', ['transfer'], false]], 'Germany'],
    // Data used in a place is processed there; using data in general places nothing.
    ['storage_location', [['By using the Services, you acknowledge that Acme will use your information in the United States and any other country where Acme operates.', ['transfer'], false]], 'the United States'],
    ['storage_location', [['We use your data in accordance with the laws of the United States.', ['transfer'], false]], null],
    // Where the provider's primary or data facilities are is where data is; its offices and facilities are premises.
    ['storage_location', [['While our primary facilities are in the United States, we may transfer information to facilities outside of the United States.', ['transfer'], false]], 'the United States'],
    ['storage_location', [['We and our group companies have offices and facilities in Norway and the United Kingdom.', ['transfer'], false]], null],
    // Where a named company that receives data is located is not where the provider keeps it.
    ['storage_location', [['Where necessary, Stripe will transfer the data to Stripe, Inc., located in the USA.', ['transfer'], false]], null],
    ['storage_location', [['Your data is located in Germany.', ['transfer'], false]], 'Germany'],
    ['storage_location', [['Data of individuals who reside in a member state of the European Economic Area or Switzerland is processed by our US parent.', ['transfer'], false]], null],
    ['storage_location', [['Your data is processed in Canada.', ['transfer'], false]], 'Canada'],
    // Where the people are, or where data came from, is not where it is kept; a place after the servers is.
    ['storage_location', [['If you are an EU citizen, we may process your data outside the EU.', ['transfer'], false]], 'outside the EU'],
    ['storage_location', [['Data we process when you use the Services in the EU may be stored by staff operating outside the EEA.', ['transfer'], false]], 'outside the EEA'],
    ['storage_location', [['If you are located within the European Union, please note that data we hold is transferred outside the European Union.', ['transfer'], false]], 'outside the EU'],
    ['storage_location', [['Personal data collected in the EEA may be stored outside the region where it was collected.', ['transfer'], false]], null],
    ['storage_location', [['Our service providers may be located in the US.', ['transfer'], false]], null],
    ['storage_location', [['Personal data of customers is stored on our servers in the data center located in USA.', [], false]], 'the United States'],
    ['storage_location', [['Acme is an American company; all data processing takes place in the U.S.', [], false]], 'the United States'],
    ['storage_location', [['Call us: New Zealand 0800 128 128 • Hosting • Data Centres • About us', [], false]], null],
    ['storage_location', [['Your data will only be stored by third parties outside the European Union (and the EEA) if the law allows it.', ['transfer'], false]], 'outside the EU and outside the EEA'],
    ['storage_location', [['Your data may be transferred and stored in locations outside the jurisdiction of Indonesia.', ['transfer'], false]], 'outside Indonesia'],
    ['storage_location', [['This data is transferred to this partner within the European Union, and may be retained for 18 months.', ['transfer'], false]], 'the EU'],
    ['storage_location', [['If you are located in the European Union, UK, Canada or elsewhere outside of the United States, information we collect will be transferred to and processed in the United States.', ['transfer'], false]], 'the United States'],
    ['retention', [['Emails sent to us will be retained for a maximum of 5 years.', ['retention'], false]], 'emails sent to us: for a maximum of 5 years'],
    ['retention', [['Technical logs are normally deleted within 45 (forty-five) days after their creation.', ['retention'], false]], 'within 45 (forty-five) days'],
    // How long an answer takes is no retention period.
    ['retention', [['Please allow 30 days for a response.', ['retention'], false], ['We keep account data for 2 years.', ['retention'], false]], 'account data: for 2 years'],
    ['retention', [['We will respond to your request within 45 days.', ['retention'], false]], null],
    // An age is no period; "as long as we think it's necessary" is a vague rule.
    ['retention', [['If you tell us that details of children under 14 years of age have been obtained, we will ensure that these details are deleted.', ['retention'], false]], null],
    ['retention', [["We keep your data for as long as we think it's necessary to provide our services.", ['retention'], false]], "for as long as we think it's necessary to provide our services"],
    ['retention', [['We keep data only as long as it is required for the reasons it was collected.', ['retention'], false]], 'only as long as it is required for the reasons it was collected'],
    ['retention', [['We retain your information for as long as we deem necessary for the purpose it was collected for.', ['retention'], false]], 'for as long as we deem necessary for the purpose it was collected for'],
    ['retention', [['We review our retention periods regularly.', ['retention'], false]], null],
    // A rule without a period: as long as a purpose takes, or what the law provides.
    ['retention', [['We only retain your personal data for as long as it takes to fulfill the purpose for which it was collected, and for a reasonable time thereafter.', ['retention'], false]], 'for as long as it takes to fulfill the purpose for which it was collected; for a reasonable time'],
    ['retention', [['Data is only retained for the period provided by law.', ['retention'], false]], 'for the period provided by law'],
    ['retention', [['We will answer within the period provided by law.', ['retention'], false]], null],
    // A cookie's lifetime on your device is not how long the provider keeps your data.
    ['retention', [['Cookie expiry: 1 year', ['retention'], false]], null],
    // Beside the provider's own periods a cookie's lifetime is listed, as a cookie's.
    ['retention', [['We keep logs for 90 days.', ['retention'], false], ['Our analytics cookies expire after 2 years.', ['retention'], false]], 'logs: for 90 days; cookies: 2 years'],
    ['retention', [['Analytics cookies expire after 30 days, and we keep personal data collected through them for 13 months.', ['retention'], false]], '30 days; for 13 months'],
    // A statement that keeps data for a stated time is about retention even when the classifier missed the label.
    ['retention', [['We keep logs for 90 days.', [], false]], 'logs: for 90 days'],
    ['retention', [['We will give you 30 days notice before the price changes.', [], false]], null],
    ['retention', [['We do not keep logs for 90 days or any other period.', [], false]], null],
    ['retention', [['We must keep records of your transactions for at least six years after your account is closed.', ['retention'], false]], 'records of your transactions: for at least six years'],
    ['retention', [['We retain some data until you delete your account.', ['retention'], false]], 'until you delete your account'],
    // How long "we need it", or the law requires, is still a rule, however vague.
    ['retention', [['We keep your details as long as we need them for accounting purposes.', ['retention'], false]], 'your details: as long as we need them for accounting purposes'],
    ['retention', [['Records are retained for tax reasons, or for as long as applicable laws or regulators require.', ['retention'], false]], 'records: for as long as applicable laws or regulators require'],
    ['retention', [['Your profile stays active until the customer has asked for the account to be deleted.', ['retention'], false]], 'until the customer has asked for the account to be deleted'],
    // Kept for ever, said with a verb the classifier's vocabulary does not hold, in a clause it did not label.
    ['retention', [['Everything you upload is saved indefinitely on our servers.', [], false]], 'indefinitely'],
    ['retention', [['Please save the confirmation e-mail for your records.', [], false]], null],
    // Anonymised "permanently and irrevocably" on request ends the keeping; it sets no period.
    ['retention', [['Upon request, Acme will permanently and irrevocably anonymize your data such that it can never identify you.', ['retention', 'rights'], false]], null],
    // A period written with a hyphen or a number word and its digits.
    ['retention', [['Our general guideline is a 7-year retention period for billing records.', ['retention'], false]], '7-year'],
    ['retention', [['Deleting your account removes your data within a maximum of ninety (90) days.', ['retention'], false]], 'within a maximum of ninety (90) days'],
    // The period "necessary", the time the person uses the service, or what the law entitles: vague, but a rule.
    ['retention', [['Profiles are kept for the minimum period necessary for the purposes described above.', ['retention'], false]], 'profiles: for the minimum period necessary for the purposes described above'],
    ['retention', [['We hold the data you provide for as long as you use the app and for a short time afterwards.', ['retention'], false]], 'for as long as you use the app and for a short time afterwards'],
    ['retention', [['Order details may be held after you cancel, but only for as long as we are legally entitled to use them.', ['retention'], false]], 'order details: for as long as we are legally entitled to use them'],
    ['retention', [['Account data is stored for as long as you are a registered user of the service.', ['retention'], false]], 'account data: for as long as you are a registered user of the service'],
    ['retention', [['Invoices are kept for as long as the customer or partner relationship continues.', ['retention'], false]], 'invoices: for as long as the customer or partner relationship continues'],
    // No period, but the keeping is bounded in words (a need, the law, the records): a vague rule in the policy's words,
    // from the words that open it ("Keeps your data for our records") to the end of the sentence or an aside in brackets.
    ['retention', [['We retain the personal data we collect from you where we have an ongoing legitimate need to do so (for example, to provide you with a service you have requested or to comply with applicable legal, tax or accounting requirements).', ['retention'], false]], 'where we have an ongoing legitimate need to do so'],
    ['retention', [['We retain the Personal Data we collect from you for as long as we have a legitimate business need (for example, to comply with applicable legal, tax or accounting requirements).', ['retention'], false]], 'for as long as we have a legitimate business need'],
    ['retention', [['We keep original information consistent with our business practices to the extent permitted by applicable law.', ['retention'], false]], 'to the extent permitted by applicable law'],
    ['retention', [['We retain data as needed to facilitate your use of the site and combat fraud.', ['retention'], false]], 'as needed to facilitate your use of the site and combat fraud'],
    ['retention', [['We do retain personal information from closed accounts to comply with law and resolve disputes.', ['retention'], false]], 'to comply with law and resolve disputes'],
    ['retention', [['We only keep it long enough to do what we collected it for.', ['retention'], false]], 'long enough to do what we collected it for'],
    ['retention', [['Any support requests will be retained for our records.', ['retention'], false]], 'for our records'],
    // Kept until the person asks otherwise: "unless removal is requested" (not "unless we are told to by the law").
    ['retention', [['Your games are kept indexed by your email address and username unless removal is requested.', ['retention'], false]], 'unless removal is requested'],
    ['retention', [['Your games are kept unless the law says otherwise.', ['retention'], false]], null],
    // A purpose opening the sentence bounds the keeping after it; "in our records" is the records it is kept for.
    ['retention', [['For legal reasons we may retain backup and/or archival copies of information prior to your corrections.', ['retention'], false]], 'for legal reasons'],
    ['retention', [['For your convenience we may retain your card details.', ['retention'], false]], null],
    ['retention', [['We are legally required to collect your personal information and keep it in our records in case we ever get audited.', ['retention'], false]], 'in our records in case we ever get audited'],
    // A purpose bounds the keeping too: "in order to …", "so that we can …".
    ['retention', [['We may also need to retain certain types of data so that we can provide the services to you.', ['retention'], false]], 'so that we can provide the services to you'],
    ['retention', [['We may retain those communications in order to process your inquiries.', ['retention'], false]], 'in order to process your inquiries'],
    ['retention', [['We store your files so that we can sync them.', ['retention'], false]], null],
    // Outside the retention clauses, a verb of keeping bounded by its own rule still says how long; keeping "confidential",
    // keeping "track", or keeping "in accordance with this Privacy Policy" does not.
    ['retention', [['7. When you send email to us, we may retain those communications in order to process your inquiries.', ['collection'], false]], 'in order to process your inquiries'],
    ['retention', [['Any personal data you share with us is kept only for the purposes of researching the issue.', [], false]], 'only for the purposes of researching the issue'],
    ['retention', [['All personal information shared with us is kept confidential and used only for the purpose of providing the service.', [], false]], null],
    ['retention', [['Acme also keeps track of which articles you have read so it can display their status.', [], false]], null],
    ['retention', [['We will keep and process your data in accordance with this Privacy Policy.', ['collection'], false]], null],
    ['retention', [['We store your files so that we can sync them.', ['collection'], false]], null],
    // … and so do the records it is kept for: "on file", "for archival, analytics, backup and record purposes".
    ['retention', [['After deactivation some information may be retained for archival, analytics, backup and record purposes.', ['retention'], false]], 'for archival, analytics, backup and record purposes'],
    ['retention', [['Application data is kept on file in case it is needed in the future.', ['retention'], false]], 'on file in case it is needed in the future'],
    ['retention', [['We keep your preferences for marketing purposes.', ['retention'], false]], null],
    ['retention', [['Acme may also retain some information for longer periods of time for legitimate business purposes or if it is required by law.', ['retention'], false]], 'for legitimate business purposes or if it is required by law'],
    ['retention', [['We delete or de-identify it when your Personal Information is no longer necessary for the purposes for which we process it.', ['retention'], false]], 'when your Personal Information is no longer necessary for the purposes for which we process it'],
    // Stored as the law bounds it is a rule too; kept "as mandated by law" as well.
    ['retention', [['Payment information may be encrypted and stored for logging purposes in accordance with applicable regulatory requirements.', ['retention'], false]], 'in accordance with applicable regulatory requirements'],
    ['retention', [['Invoices are retained as mandated by law.', ['retention'], false]], 'as mandated by law'],
    // An aside in brackets ends at its closing bracket too.
    ['retention', [['We may need to keep some data longer (for example, if we are required to retain your data to comply with applicable laws), as the law allows.', ['retention'], false]], 'to comply with applicable laws'],
    // A count with thousands separators is one number; time saved is no time kept; data removed permanently is not kept for ever.
    ['retention', [['We keep logs for 1,000 days.', ['retention'], false]], 'logs: for 1,000 days'],
    ['retention', [['How Code and Theory saved more than 10,000 hours with Airtable.', [], false]], null],
    ['retention', [['Once you disconnect from VPN this information is removed permanently from our system.', ['retention'], false]], null],
    // A rule ends at an example ("such as …") or, past 120 characters, where a comma ends a part of it; what is kept is a noun, not "it".
    ['retention', [['We may retain some information for legitimate business purposes or if it is required by law, such as your username and IP used when you created your Account.', ['retention'], false]], 'for legitimate business purposes or if it is required by law'],
    ['retention', [['In addition, we will retain your Personal Information outside the normal retention times to the extent there is a need to retain the data to pursue, defend, or exercise a legal right or claim, or if we are required to do so to comply with applicable legal obligations.', ['retention'], false]], 'to the extent there is a need to retain the data to pursue, defend, or exercise a legal right or claim; to comply with applicable legal obligations'],
    ['retention', [['We keep any communications up to a maximum of two years.', ['retention'], false]], 'any communications: up to a maximum of two years'],
    ['retention', [['We keep it until the statute of limitations runs out for 12 years.', ['retention'], false]], 'for 12 years'],
    // How long access takes is no period; a deletion within a time of the request is one, even as the answer to it.
    ['retention', [['We will respond to any requests to remove personal data within 30 days.', ['retention'], false]], 'within 30 days'],
    ['retention', [['We will provide access within 30 days of your request.', ['retention'], false]], null],
    ['retention', [['We delete your data within 30 days after your request for deletion.', ['retention'], false]], 'within 30 days'],
    // What a retention period is measured by is no period; a period past 120 characters is quoted to the end of its first part, unless the rest decides its kind.
    ['retention', [['The criterion for the duration of the storage of personal data is the respective legal retention period.', ['retention'], false]], null],
    // A rule runs on through a list its first comma stopped it in, not into the next clause.
    ['retention', [['Acme retains PII only as long as is necessary for Acme to comply with business, tax and legal requirements.', ['retention'], false]], 'only as long as is necessary for Acme to comply with business, tax and legal requirements'],
    ['retention', [['We keep your data for as long as necessary, and then we delete it.', ['retention'], false]], 'for as long as necessary'],
    ['retention', [['We retain the information we collect for as long as necessary to (i) provide our services to you, (ii) comply with legal obligations.', ['retention'], false]], 'for as long as necessary to (i) provide our services to you, (ii) comply with legal obligations'],
    ['retention', [['We keep your data for 10 years, (ii) after that for 6 years in archives.', ['retention'], false]], 'for 10 years; for 6 years'],
    // What is kept may have a dot inside a word ("shaw.ca email mailbox contents").
    ['retention', [['We keep lease records for 1 year, while acme.ca mailbox contents are not kept more than 60 days.', ['retention'], false]], 'lease records: for 1 year; acme.ca mailbox contents: 60 days'],
    ['retention', [['We keep your data for the period necessary to provide you with our Products and Services and for achieving our legitimate and essential business purposes, such as maintaining records.', ['retention'], false]], 'for the period necessary to provide you with our Products and Services and for achieving our legitimate and essential…'],
    ['retention', [['We keep your data for the period necessary to provide you with our Products and Services and for achieving our legitimate business purposes but never longer than 13 months.', ['retention'], false]], 'for the period necessary to provide you with our Products and Services and for achieving our legitimate business purposes but never longer than 13 months'],
    // What is kept is a noun, not a clause ("ensure that Personal Data"): the period is then your data's.
    ['retention', [['* ensure that Personal Data is kept in a form which permits identification for no longer than is necessary for the purposes.', ['retention'], false]], 'for no longer than is necessary for the purposes'],
    // A title in a menu ("• 25 Years of Experience") keeps nothing, whatever its label.
    ['retention', [['• 25 Years of Experience', ['retention'], false]], null],
    ['retention', [['• Invoices are kept for 10 years', ['retention'], false]], 'invoices: for 10 years'],
    // Kept, with nothing about how long; stored somewhere; or not kept at all: no rule.
    ['retention', [['The information that we request will be retained by us and used as described in this privacy policy.', ['retention'], false]], null],
    ['retention', [['Your password is stored encrypted in our database until you change it.', ['retention'], false]], null],
    ['retention', [['We do not retain your messages for our records.', ['retention'], true]], null],
    ['retention', [['We will retain your personal data for no longer than is necessary for the purposes stated in this Statement.', ['retention'], false]], 'for no longer than is necessary for the purposes stated in this Statement'],
    ['retention', [['We will not retain your personal information longer than is necessary for the purposes for which it was collected.', ['retention'], false]], 'not retain your personal information longer than is necessary'],
  ])('%s from %j → %s', (key, rows, expected) => {
    expect(shown(key, rows)).toBe(expected);
  });
});

describe('collects: what the term "personal information" covers is not what is collected', () => {
  it('a definition names examples, a collection statement names what is collected', () => {
    const facts = extractFacts(
      numbered([
        clause('Examples of PII include, but are not limited to, first and last names, home address, email address, telephone number, etc.', ['collection']),
        clause('"Personal Data" means any information relating to you, such as your name or postal address.', ['collection']),
        // The GDPR's definitions, quoted: who is identifiable, what profiling is.
        clause('A natural person is viewed as identifiable if he or she can be identified by an identifier such as a name, ID number or location data.', ['collection']),
        clause('Profiling means any form of automated processing of personal data to predict aspects concerning a natural person’s location or movements.', ['collection']),
        clause('• e) Profiling Profiling means any form of automated processing of personal data to evaluate aspects concerning a natural person’s location.', ['collection']),
        clause('Information that identifies a particular person could be a name, address or Social Security number, for example.', ['collection']),
        clause('As used herein, the term “personal information” means information that identifies an individual (such as a name, address or credit card number).', ['collection']),
        clause('In this Privacy Policy, “Personal Information” means information about an identifiable individual, for example an individual’s name, account number, e-mail address, payment information.', ['collection']),
        clause('We collect your email address.', ['collection']),
      ]),
    );
    expect(facts.collects.value).toEqual(['email']);
  });
});

describe('collects: data named as not collected', () => {
  it('a denial names data that is not collected; a denial with a way out still collects', () => {
    const facts = extractFacts(
      numbered([
        clause('We do not request or store your name, IP address or physical address.', ['collection']),
        clause('We collect your email address.', ['collection']),
        clause('We will not record telephone calls unless you agree.', ['collection']),
      ]),
    );
    expect(facts.collects.value).toEqual(['email', 'communications']);
  });

  it('a denial reaches the noun that stands for the practice ("not stored on our servers"), and data kept only on the device is not collected', () => {
    const facts = extractFacts(
      numbered([
        clause('We are not provided with your personal address and it is not stored on our servers.', ['collection']),
        clause('Your name and messages are stored and processed locally on your device and never sent to us.', ['collection']),
        clause('We collect your email address.', ['collection']),
      ]),
    );
    expect(facts.collects.value).toEqual(['email']);
  });

  it('data that "never touches our servers" is not collected; data kept on them is', () => {
    const purchase = 'When you enter your billing address to complete a purchase, this information passes directly to our payment processor, and it never touches Acme servers.';
    expect(extractFacts(numbered([clause(purchase, ['collection'])])).collects.value).toBeNull();
    const kept = 'Your billing address is kept on our servers.';
    expect(extractFacts(numbered([clause(kept, ['collection'])])).collects.value).toEqual(['address']);
  });

  it('identifiers named as removed from what is passed on are not collected', () => {
    const removed = 'We may provide information to third parties, so long as we have removed any information that identifies a user, such as a name, address or contact information.';
    expect(extractFacts(numbered([clause(removed, ['collection'])])).collects.value).toBeNull();
    expect(extractFacts(numbered([clause('We collect information such as your name and address.', ['collection'])])).collects.value).toEqual(['name', 'address']);
  });

  it('data the person does not need to give is not collected; data the operator needs is', () => {
    const facts = extractFacts(
      numbered([
        clause("You don't need a phone number or e-mail address to make an account.", ['collection']),
        clause('We need your postal address to deliver the router.', ['collection']),
      ]),
    );
    expect(facts.collects.value).toEqual(['address']);
  });

  it('data the person is asked not to give is not collected', () => {
    const facts = extractFacts(
      numbered([
        clause('The content you upload should not include government identifiers such as social security numbers.', ['collection']),
        clause('We collect your name; please do not send us your bank card details.', ['collection']),
        clause('We ask that you not send us any sensitive personal data (e.g., social security numbers or health information).', ['collection']),
        // What a payment processor handles and the operator never receives; what follows "but" is collected.
        clause('Acme does not have access to your credit card information.', ['collection']),
        clause('If you donate, we do not handle or have access to your credit card info, but do collect any transaction information sent to us.', ['collection']),
      ]),
    );
    expect(facts.collects.value).toEqual(['name', 'purchase-history']);
  });

  it('examples given right after the request are what to keep back; after anything else they are collected', () => {
    const asked = extractFacts(
      numbered([
        clause('Please do not send us any information you would consider personal.', ['collection']),
        clause('This includes your home address and your phone number.', ['collection']),
      ]),
    );
    expect(asked.collects.value).toBeNull();
    const told = extractFacts(
      numbered([clause('We collect what you give us when you sign up.', ['collection']), clause('This includes your home address and your phone number.', ['collection'])]),
    );
    expect(told.collects.value).toEqual(['address', 'phone']);
  });
});

describe('laws', () => {
  it('a law named only in a menu of links is not named; in a sentence it is', () => {
    const menu = numbered([clause('We collect your e-mail address.', ['collection']), clause('• GDPR Sub-Processors', []), clause('• CCPA Privacy Policy', [])]);
    expect(extractFacts(menu).laws.value).toEqual([]);
    const sentence = numbered([clause('We collect your e-mail address.', ['collection']), clause('• We follow the GDPR when we process data.', [])]);
    expect(extractFacts(sentence).laws.value).toEqual(['GDPR']);
    // A bar of links, titles between pipes, is a menu too; a table row whose cells say something is not.
    const bar = numbered([clause('We collect your e-mail address.', ['collection']), clause('Summary | Terms of Service | Refunds | Privacy Policy | GDPR | DMCA', [])]);
    expect(extractFacts(bar).laws.value).toEqual([]);
    const row = numbered([clause('We collect your e-mail address.', ['collection']), clause('Identifiers | We collect them | Yes | As the GDPR allows', [])]);
    expect(extractFacts(row).laws.value).toEqual(['GDPR']);
  });

  it('the laws an exemption points to are not followed; the law exempted from is named', () => {
    const exempt = numbered([
      clause('We collect your e-mail address.', ['collection']),
      clause('Certain information may be exempt from the CCPA because it is covered by another federal privacy law, such as the Gramm-Leach-Bliley Act or the Fair Credit Reporting Act.', []),
      clause('Personal data does not include information excluded from the scope such as: HIPAA and FCRA.', []),
    ]);
    expect(extractFacts(exempt).laws.value).toEqual(['CCPA/CPRA']);
    const followed = numbered([clause('We collect your e-mail address.', ['collection']), clause('We comply with the Fair Credit Reporting Act when we check your credit.', [])]);
    expect(extractFacts(followed).laws.value).toEqual(['FCRA']);
    // The CCPA's category cites the law that defines it; the policy does not follow FERPA for naming it.
    const category = numbered([
      clause('We collect your e-mail address.', ['collection']),
      clause('J. Non-public education information (per the Family Educational Rights and Privacy Act (20 U.S.C. Section 1232g, 34 C.F.R. Part 99)). NO', []),
    ]);
    expect(extractFacts(category).laws.value).toEqual([]);
  });
});

describe('set facts', () => {
  it.each<[FactKey, string, Row[], unknown]>([
    // What goes on the person's CV is not a job application; a message sent to the operator is a communication.
    ['collects', 'an offer to put on your CV', [['• Updates on courses and other options that you can put on your CV;', ['collection'], false]], null],
    ['collects', 'a CV sent with an application', [['We collect your CV when you apply.', ['collection'], false]], ['job-application']],
    ['collects', 'characteristics about the access device', [['We automatically collect characteristics about your access device and/or browser.', ['collection'], false]], ['device-info']],
    ['collects', 'a server’s IP address', [['We collect your username and the name and IP address of the Third Party Service on which your account is hosted.', ['collection'], false]], ['name']],
    ['collects', 'the person’s IP address of their device', [['We collect the IP address of your device.', ['collection'], false]], ['ip-address']],
    ['collects', 'products ordered', [['When you make purchases, we collect your shipping address and products ordered.', ['collection'], false]], ['address', 'purchase-history']],
    ['collects', 'a message to the help center', [['You can send us a message via a web form; we process your name and your question.', ['collection'], false]], ['name', 'communications']],
    ['collects', 'a question in a text field', [['• Open text field with your question or message to us', ['collection'], false]], ['communications']],
    ['collects', 'usage details', [['• Usage Details: details of your interactions, including time, frequency and other general usage patterns.', ['collection'], false]], ['browsing-activity']],
    ['rights', 'an opt-out of having data shared', [['If at any time you wish to opt out of having your personal information shared with third parties, you can do so.', ['rights'], false]], ['objection']],
    ['rights', 'an opt-out of a numbered sharing or sale', [['You have the right to opt out of (i) the sharing of Personal Data for targeted advertising or (ii) the sale of Personal Data.', ['rights'], false]], ['objection', 'opt-out-marketing']],
    ['rights', 'blocking in a row of rights', [['You have the right to access, review, port, delete, or to block or to object to processing.', ['rights'], false]], ['access', 'deletion', 'objection', 'restriction', 'portability']],
    ['rights', 'limiting the use of your information', [['You can access, update, delete, or limit the use of your Information.', ['rights'], false]], ['access', 'correction', 'deletion', 'restriction']],
    ['rights', 'limiting the use of your information for ads is no restriction', [['You can limit the use of your information for advertising.', ['rights'], false]], null],
    ['rights', 'access and update', [['You can access and update some of your personal information through your Account settings.', ['rights'], false]], ['access', 'correction']],
    ['rights', 'altering contact information', [['If you want to alter your contact information, visit your account page.', ['rights'], false]], ['correction']],
    ['rights', 'taking your data to another service', [['• Access and take your data to another service.', ['rights'], false]], ['access', 'portability']],
    ['rights', 'deleting the account deletes its data', [['Sync sends the data to a third party. Deleting the relevant account will delete related Sync content.', ['rights'], false]], ['deletion']],
    ['rights', 'the operator deleting an account is no right', [['Sync sends the data to a third party. Deleting inactive accounts is done after two years.', ['rights'], false]], null],
    ['rights', 'a complaint to the state Attorney General', [['If you are still unsatisfied, you may contact your state Attorney General to file a complaint.', ['rights'], false]], ['complaint']],
    ['rights', 'a concern raised with a regulator', [['If you wish to raise a concern about our practices, you have the right to do so with your local supervisory authority.', ['rights'], false]], ['complaint']],
    ['rights', 'a claim to the authority responsible for data protection', [['For any other claim, the Member may lodge a request with the national authority responsible for data protection.', ['rights'], false]], ['complaint']],
    ['rights', 'information had deleted, the last of a row of rights', [['You may have the right to update and correct inaccuracies in your Personal Data and have the information blocked, anonymized or deleted, as appropriate.', ['rights'], false]], ['correction', 'deletion']],
    ['rights', 'the right to limit the use of sensitive data', [['Right to Limit the use of Sensitive Personal Information – consumers may limit its use.', ['rights'], false]], ['restriction']],
    ['rights', 'the option to limit withheld', [['Therefore, we do not offer you the option to opt out or to limit the use of your sensitive personal information.', ['rights'], false]], null],
    ['rights', 'internet access is no right of access', [['No internet access is required to use the software.', ['rights'], false]], null],
    [
      'rights',
      'the older template: to know, to block, to oppose',
      [['Users have the right to know whether their Personal Data has been stored, to block any data held in violation of the law, and to oppose their treatment for legitimate reasons.', ['rights'], false]],
      ['access', 'objection', 'restriction'],
    ],
  ])('%s: %s', (key, _, rows, expected) => {
    expect(factFrom(key, rows).value).toEqual(expected);
  });

  it('collects: items from affirmative collection and retention clauses only, in vocabulary order', () => {
    const fact = factFrom('collects', [
      ['We collect your e-mail address and name.', ['collection'], false],
      ['We do not store credit card details.', ['collection'], true],
      ['We share your phone number with couriers.', ['sharing'], false],
      ['Invoices and emails sent to us are kept for 5 years.', ['retention'], false],
    ]);
    expect(fact.value).toEqual(['name', 'email', 'communications']);
    expect(fact.evidence.map((e) => e.clause)).toEqual([0, 3]);
  });

  it('facts read a clause the classifier leans to, and their own wording still decides', () => {
    const leaning = (text: string, category: 'rights' | 'collection') => ({ ...clause(text, []), leaning: [category] });
    expect(extractFacts(numbered([leaning('You can ask us to delete your account at any time.', 'rights')])).rights.value).toEqual(['deletion']);
    expect(extractFacts(numbered([leaning('We use your postal address to send the router.', 'collection')])).collects.value).toEqual(['address']);
    // Leaning alone names nothing: no right is worded here.
    expect(extractFacts(numbered([leaning('Our support team answers within a day.', 'rights')])).rights.value).toBeNull();
    // Without the lean, the same clause is not read.
    expect(extractFacts(numbered([clause('You can ask us to delete your account at any time.', [])])).rights.value).toBeNull();
  });

  it('rights: the person deleting their account, and their data going with it, is the right to deletion in any clause; the operator deleting is not', () => {
    expect(factFrom('rights', [['If you delete your account all related information will be deleted with it.', [], false]]).value).toEqual(['deletion']);
    expect(factFrom('rights', [['Should you close your account, all data will be permanently deleted 30 days after the legal expiration date.', ['retention'], false]]).value).toEqual(['deletion']);
    expect(factFrom('rights', [['When our contract ends, all data will be permanently deleted.', ['retention'], false]]).value).toBeNull();
    expect(factFrom('rights', [['If we delete your account for abuse, your posts will be deleted with it.', [], false]]).value).toBeNull();
  });

  it('rights: deleting cookies is a browser setting, not the right to deletion, even beside other words', () => {
    expect(factFrom('rights', [['Please consult your Internet browser’s documentation for information on how to do this and how to delete persistent cookies.', ['rights'], false]]).value).toBeNull();
    expect(factFrom('rights', [['You may delete your personal information and clear your cookies at any time.', ['rights'], false]]).value).toEqual(['deletion']);
  });

  it('storage_location: the value carries only where data is and where it is not (the --json shape)', () => {
    const fact = factFrom('storage_location', [['Data of users in the EEA is stored on our servers in Canada.', ['transfer'], false]]);
    expect(fact.value).toEqual({ places: ['Canada'], outside: [] });
  });

  it('rights: a complaint to a regulator offered to the person counts wherever it is said', () => {
    const offered = 'Customers who are not satisfied may contact the Office of the Privacy Commissioner of Canada.';
    expect(factFrom('rights', [[offered, [], false]]).value).toEqual(['complaint']);
    expect(factFrom('rights', [['We will notify the Information Commissioner of any breach.', [], false]]).value).toBeNull();
    // The person may be named in the third person, and Quebec's regulator by its French name.
    const concerned = 'In the event of dissatisfaction with the review of your complaint, the person concerned may contact the Commission d’accès à l’information du Québec.';
    expect(factFrom('rights', [[concerned, [], false]]).value).toEqual(['complaint']);
    expect(factFrom('rights', [['The person concerned will be told of the Commission d’accès à l’information du Québec decision.', [], false]]).value).toBeNull();
  });

  it('rights: withdrawing consent is offered to the person whatever the clause is about', () => {
    const withdrawal = 'If you do not give your consent, or later withdraw your consent, we may stop providing the service.';
    expect(factFrom('rights', [[withdrawal, [], false]]).value).toEqual(['withdraw-consent']);
    expect(factFrom('rights', [['We may withdraw the consent form from our website.', [], false]]).value).toBeNull();
    expect(factFrom('rights', [['Information provided by the User may be withdrawn at any time during usage of the Application.', ['collection'], false]]).value).toEqual(['withdraw-consent']);
  });

  it('rights: the person deleting their own account is erasure, whatever the clause is about', () => {
    const ownAccount = 'If you choose to delete your account, all your data will be removed after a 30-day waiting period.';
    expect(factFrom('rights', [[ownAccount, ['retention'], false]]).value).toEqual(['deletion']);
    expect(factFrom('rights', [['You may permanently delete your profile in the settings.', [], false]]).value).toEqual(['deletion']);
    // The operator deleting an account is not a right.
    expect(factFrom('rights', [['We may delete your account if it is inactive for two years.', ['retention'], false]]).value).toBeNull();
  });

  it('rights: withdrawing "your consent" right after marketing sent on consent opts out of the marketing', () => {
    const optedIn = 'If you have explicitly opted to receive such communications, we may send you marketing materials.';
    const withdraw = 'You may withdraw your consent at any time, either through our control panel or by contacting us.';
    expect(factFrom('rights', [[optedIn, [], false], [withdraw, ['rights'], false]]).value).toEqual(['withdraw-consent', 'opt-out-marketing']);
    expect(factFrom('rights', [['We use analytics cookies with your consent.', [], false], [withdraw, ['rights'], false]]).value).toEqual(['withdraw-consent']);
  });

  it('rights: a sentence that opens with a right is about rights, labelled or not', () => {
    expect(factFrom('rights', [['A right of opposition to prospecting at any time.', [], false]]).value).toEqual(['objection', 'opt-out-marketing']);
    expect(factFrom('rights', [['A copy of our terms is on the website.', [], false]]).value).toBeNull();
    // A numbered heading that names rights is the policy's list of them.
    expect(factFrom('rights', [['2.11 Rights of Access, Rectification, Erasure, and Restriction', [], false]]).value).toEqual(['access', 'correction', 'deletion', 'restriction']);
  });

  it('rights: browser settings for cookies are not rights over the data held', () => {
    expect(factFrom('rights', [['If you want to restrict or block the cookies set by our site, or delete them, use your browser settings.', ['rights'], false]]).value).toBeNull();
    expect(factFrom('rights', [['You may ask us to delete the information our cookies collected.', ['rights'], false]]).value).toEqual(['deletion']);
  });

  it('rights: only from clauses about rights', () => {
    const fact = factFrom('rights', [
      ['You may access and delete your data.', ['rights'], false],
      ['We restrict access to staff.', [], false],
    ]);
    expect(fact).toEqual({ value: ['access', 'deletion'], evidence: [{ clause: 0, text: 'You may access and delete your data.' }] });
  });

  it('a clause under a heading about the person\'s rights, or about what is collected, is read as such even unlabelled', () => {
    const underRights = factFrom('rights', [
      ['Your Privacy Rights', [], false],
      ['You may ask us to correct inaccurate data or to restrict how we use it.', [], false],
    ]);
    expect(underRights).toEqual({ value: ['correction', 'restriction'], evidence: [{ clause: 1, text: 'You may ask us to correct inaccurate data or to restrict how we use it.' }] });
    // Other headings that say "rights" are not about the person's.
    expect(factFrom('rights', [['Intellectual Property Rights', [], false], ['You may not correct or restrict our trademarks.', [], false]]).value).toBeNull();
    const underCollection = factFrom('collects', [
      ['3. Information We Collect', [], false],
      ['Your postal address and telephone number, when you order a line.', [], false],
      ['Sharing Your Information', [], false],
      ['Your telephone number helps us reach you.', [], false],
    ]);
    expect(underCollection).toEqual({ value: ['address', 'phone'], evidence: [{ clause: 1, text: 'Your postal address and telephone number, when you order a line.' }] });
  });

  it('rights: deletion the operator does on its own is not a right; one the person may ask for, or a right named, is', () => {
    expect(factFrom('rights', [['If we learn a child has sent us data, we immediately delete it from our servers.', ['rights'], false]]).value).toBeNull();
    expect(factFrom('rights', [['When we have no ongoing legitimate business need to process your personal information, we will either delete or anonymize it.', ['rights'], false]]).value).toBeNull();
    // The person's own account page: "your" is enough there.
    expect(factFrom('rights', [['It will be displayed in your My Account page for review, editing or deletion.', ['rights'], false]]).value).toEqual(expect.arrayContaining(['deletion']));
    expect(factFrom('rights', [['Parents may ask us to delete a child\'s data.', ['rights'], false]]).value).toEqual(['deletion']);
    expect(factFrom('rights', [['(c) the right to erasure;', ['rights'], false]]).value).toEqual(['deletion']);
    expect(factFrom('rights', [['(3) Erasure (Art. 17)', ['rights'], false], ['(6) Objection (Art. 21)', ['rights'], false]]).value).toEqual(['deletion', 'objection']);
  });

  it('collects: a category table row answered NO is not collected; one answered YES is', () => {
    const fact = factFrom('collects', [
      ['A. Identifiers | Contact details, such as real name, postal address and email address | NO', ['collection'], false],
      ['G. Geolocation data | Device location | YES', ['collection'], false],
    ]);
    expect(fact.value).toEqual(['location']);
    // A sentence ending in a lower-case "no" is no answer.
    expect(factFrom('collects', [['We collect your e-mail address whether you say yes or no', ['collection'], false]]).value).toEqual(['email']);
  });

  it('collects: what the person is discouraged from giving is not collected', () => {
    const fact = factFrom('collects', [['We collect your e-mail address, but we discourage you to use your real name as your username.', ['collection'], false]]);
    expect(fact.value).toEqual(['email']);
  });

  it('collects: bare items of a list introduced as kept are collected, even unlabelled; not under a denial, nor a change log', () => {
    const kept = factFrom('collects', [
      ['We keep personal information about our users, which will generally include the following information:', [], false],
      ['Name', [], false],
      ['Telephone Number', [], false],
      ['Change log:', [], false],
      ['• 1 July 2016: Updated the company name to reflect the change.', [], false],
    ]);
    expect(kept.value).toEqual(['name', 'phone']);
    expect(kept.evidence.map((e) => e.clause)).toEqual([1, 2]);
    expect(factFrom('collects', [['We do not keep the following:', [], false], ['Telephone Number', [], false]]).value).toBeNull();
  });

  it('collects: what the operator’s analytics tool gathers, and usage when it uses one, is collected whatever the clause’s labels; not what it does not gather, nor another tool', () => {
    expect(factFrom('collects', [['Our site uses Google Analytics, which collects referrer, browser, and computer information.', ['sharing'], false]]).value).toEqual(['device-info', 'browsing-activity']);
    expect(factFrom('collects', [['We use analytics tools that record the pages you visit.', [], false]]).value).toEqual(['browsing-activity']);
    expect(factFrom('collects', [['Google Analytics does not collect your IP address.', ['sharing'], false]]).value).toBeNull();
    // Using the tool is gathering usage: what it is for.
    expect(factFrom('collects', [['This website uses Google Analytics, a web analytics service provided by Google.', ['sharing'], false]]).value).toEqual(['browsing-activity']);
    expect(factFrom('collects', [['We do not use Google Analytics.', ['sharing'], false]]).value).toBeNull();
    expect(factFrom('collects', [['Our ad partners collect your IP address.', ['sharing'], false]]).value).toBeNull();
  });

  it('rights: short items listed after a line introducing rights are rights, even unlabelled; the list ends at a longer sentence', () => {
    const listed = factFrom('rights', [
      ['Specifically, you have the right to:', [], false],
      ['(2) Rectification (Art. 16)', [], false],
      ['(3) Erasure (Art. 17)', [], false],
      ['For more information, read the regulation.', [], false],
      ['We restrict access to our offices to staff with a badge.', [], false],
    ]);
    expect(listed.value).toEqual(['correction', 'deletion']);
    expect(listed.evidence.map((e) => e.clause)).toEqual([1, 2]);
    // The same items after a line that introduces something else are not rights.
    expect(factFrom('rights', [['We process these categories:', [], false], ['(2) Rectification records', [], false]]).value).toBeNull();
  });

  it('rights: a bulleted deletion item, running on for a sentence, under a line offering the person requests is the right of deletion', () => {
    const intro: Row = ['Depending on your location, you may be entitled to request the following in relation to personal information:', ['rights'], false];
    const access: Row = ['• Access to a copy of the personal information that we have collected about you.', ['rights'], false];
    const runOn: Row = ['Where applicable, we will provide the information in a machine-readable format.', ['rights'], false];
    const deletion: Row = ['• Deletion of personal information that we no longer need to provide the services.', ['rights', 'retention'], false];
    expect(factFrom('rights', [intro, access, runOn, deletion]).value).toEqual(['access', 'deletion', 'portability']);
    // The same sentence with no such line before it is the operator deleting what it no longer needs.
    expect(factFrom('rights', [access, runOn, deletion]).value).toEqual(['access', 'portability']);
  });

  it('rights: numbered items that run on under a line introducing rights are rights, however long', () => {
    const intro: Row = ['We commit to providing you with the following rights in accordance with applicable laws:', [], false];
    const access: Row = ['1. to provide you with access to Personal Information that We hold about you;', [], false];
    const erasure: Row = ['2. to have your Personal Information erased by Us, unless it cannot be done due to Our legal obligations;', [], false];
    expect(factFrom('rights', [intro, access, erasure]).value).toEqual(['access', 'deletion']);
    // A list of what someone else may do (an administrator) is not the person's rights.
    const admin: Row = ['If you have an Enterprise account from your school, your Administrator may be able to:', [], false];
    const control: Row = ['• disclose, restrict, or access information that you have provided when using your account; and', [], false];
    expect(factFrom('rights', [admin, control]).value).toBeNull();
  });

  it('laws: from any clause, each named once', () => {
    const fact = factFrom('laws', [
      ['We comply with the POPI Act.', [], false],
      ['The GDPR and the Protection of Personal Information Act apply.', ['rights'], false],
    ]);
    expect(fact.value).toEqual(['GDPR', 'POPIA']);
    expect(fact.evidence).toHaveLength(2);
  });
});

describe('evidence', () => {
  it('puts a plain transfer statement before a hedged one', () => {
    const fact = factFrom('cross_border_transfer', [
      ['Data is not transferred outside the EEA without adequate protection.', ['transfer'], false],
      ['We may transfer your data outside the EEA.', ['transfer'], false],
    ]);
    expect(fact.evidence.map((e) => e.clause)).toEqual([1, 0]);
  });

  it('quotes a disclosure that names who receives the data before a definition that only mentions affiliates', () => {
    const fact = factFrom('shares_with_third_parties', [
      ['"Acme" means Acme Inc. and its subsidiaries and affiliates.', ['sharing'], false],
      ['Our sharing practices are described below.', ['sharing'], false],
      ['We share your address with our delivery partners.', ['sharing'], false],
    ]);
    expect(fact.value).toBe(true);
    expect(fact.evidence[0]!.clause).toBe(2);
  });

  it('counts a clause that only leans to sharing when it states a disclosure', () => {
    const leaning = (text: string) => ({ ...clause(text, []), leaning: ['sharing' as const] });
    const shares = (text: string) => extractFacts([leaning(text)]).shares_with_third_parties.value;
    expect(shares('We share your order details with our delivery partners.')).toBe(true);
    expect(shares('Should advertisers wish to reach you, we will contact you on their behalf.')).toBeNull();
    expect(extractFacts([clause('Should advertisers wish to reach you, we will contact you on their behalf.', ['sharing'])]).shares_with_third_parties.value).toBe(true);
  });

  it('quotes marketing that reaches you before marketing merely mentioned', () => {
    const fact = factFrom('marketing_without_consent', [
      ['Acme gets details from partners it engages for marketing its products.', ['collection'], false],
      ['We will send you newsletters about our products.', ['collection'], false],
    ]);
    expect(fact.value).toBe(true);
    expect(fact.evidence.map((e) => e.clause)).toEqual([1, 0]);
  });

  it('points at the clause a fact rests on, by index and text', () => {
    const facts = extractFacts(
      numbered([clause('Intro.'), clause('We will never sell your data.', ['sharing'], { negated: true })]),
    );
    expect(facts.sells_data).toEqual({ value: false, evidence: [{ clause: 1, text: 'We will never sell your data.' }] });
  });
});

// Sentences from test/fixtures/heldout-sentences.jsonl (batches 2–4), read after the rules were
// first written and then used to extend them: no longer unseen, kept so the cases stay fixed.
describe('held-out sentences', () => {
  it.each<[FactKey, Row[], unknown]>([
    ['collects', [['We receive information about websites you visit and purchases you make.', ['collection'], false]], ['browsing-activity', 'purchase-history']],
    ['collects', [['The game collects your device model, advertising identifier and in-game purchases.', ['collection'], false]], ['device-info', 'purchase-history']],
    ['collects', [['When you book a flight, we ask for your passport details and date of birth.', ['collection'], false]], ['id-number']],
    ['collects', [['We collect your CV, references and right-to-work documents.', ['collection'], false]], ['identity-documents', 'job-application']],
    // An item set aside ("but NOT …") is not collected; "including but not limited to" sets none aside.
    ['collects', [['We may also collect your payment history (but NOT your payment information) from payment processors.', ['collection'], false]], ['purchase-history']],
    ['collects', [['We collect your e-mail address but not your name.', ['collection'], false]], ['email']],
    ['collects', [['We collect personal information, including but not limited to: name, phone number and email address.', ['collection'], false]], ['name', 'phone', 'email']],
    // What the term covers is not what is collected; "let's name it" and an app's name are no person's name.
    ['collects', [['By Personal Data, we mean any information allowing us to identify you, directly or indirectly by reference to an identification number.', ['collection'], false]], null],
    ['collects', [['1.2. “Personal Data” refers to information that can be used to identify an individual, such as name, address, mobile number or email address.', ['collection'], false]], null],
    ['collects', [['“Personal Data” (or “Data”), is all information that identifies you, for example your email address.', ['collection'], false]], null],
    ['collects', [['Information such as a user name and password, an email address, a real name, and a photograph are examples of “User Personal Information.”', ['collection'], false]], null],
    ['collects', [['The user with the cookie identifier 123 (let’s name it “Criteo ID 123” for convenience) viewed product A.', ['collection'], false]], ['cookies']],
    ['collects', [['We may collect the URL of the website or the name of the mobile application.', ['collection'], false]], null],
    ['sells_data', [['In the past twelve months we have not sold personal information.', ['sharing'], true]], false],
    ['sells_data', [['We might sell or buy stores or business units, and customer information is one of the transferred assets.', ['sharing'], false]], null],
    ["sells_data", [["We don't rent or sell personal information.", ['sharing'], true]], false],
    ['sells_data', [['Acme does not resell customer data.', ['sharing'], true]], false],
    ['sells_data', [['We will never sell your address.', ['sharing'], true]], false],
    ['sells_data', [['Acme does not sell PII of its customers.', ['sharing'], true]], false],
    ['sells_data', [['There will be no sale of data.', ['sharing'], true]], false],
    ['sells_data', [['We do not sell products to anyone under 18.', [], false]], null],
    ['sells_data', [['In case Acme is sold, the information collected from users may be transferred to the new owners.', ['sharing'], false]], null],
    // A sale denied to someone else says nothing of what the operator does.
    ['sells_data', [['Our agreements prevent these businesses from reusing or reselling the information.', ['sharing'], false]], null],
    ['sells_data', [['We do not permit our service providers to sell any personal information we share with them.', ['sharing'], false]], null],
    ['sells_data', [['Hotjar is contractually forbidden to sell any of the data collected on our behalf.', ['sharing'], false]], null],
    ['sells_data', [['Your personal information may be sold to advertisers.', ['sharing'], false]], true],
    // "sales information" is information about sales, not a sale of information.
    ['sells_data', [['We use your details to answer requests for support or sales information.', ['sharing'], false]], null],
    ['sells_data', [['The sale of your personal information to brokers is part of our business model.', ['sharing'], false]], true],
    ['sells_data', [['We are not in the business of selling your personal information.', ['sharing'], true]], false],
    ['sells_data', [['We never sell or rent your personal data, except to our marketing partners.', ['sharing'], false]], null],
    // Held back only for the person's consent: no sale they have not agreed to (docs/scoring.md).
    ['sells_data', [['We do not sell your information without your consent.', ['sharing'], false]], false],
    ['marketing_without_consent', [['We may share your account information with our affiliates for their marketing, unless you tell us not to.', ['sharing'], false]], true],
    ['retention', [['We store data until it is no longer necessary to provide our services, or until your account is deleted.', ['retention'], false]], 'until it is no longer necessary to provide our services; until your account is deleted'],
    ['retention', [['Student records are kept permanently, while other data is destroyed six years after you graduate.', ['retention'], false]], 'other data: six years; student records: permanently'],
    ['retention', [['Account data is deleted within 60 days of the end of your subscription.', ['retention'], false]], 'account data: within 60 days'],
    ['retention', [['Log files are kept for a maximum of 72 hours.', ['retention'], false]], 'log files: for a maximum of 72 hours'],
    ['retention', [['We delete this data within 6 months after the expiry of any legal obligation to keep it.', ['retention'], false]], 'within 6 months'],
    ['cross_border_transfer', [['We may transfer your personal information to countries other than the one you live in.', ['transfer'], false]], true],
    ['cross_border_transfer', [['We may transfer personal data to our group companies in India for support purposes.', ['transfer'], false]], true],
    ['cross_border_transfer', [['Information may be stored and processed in your region or in any other country where our affiliates are located.', ['transfer'], false]], true],
    ['cross_border_transfer', [['Our providers may process data in jurisdictions that are outside of your jurisdiction.', ['transfer'], false]], true],
    ['cross_border_transfer', [['Information received by Acme in the United States from users in the European Union is protected.', ['transfer'], false]], true],
    ['cross_border_transfer', [['Some suppliers process data on servers in the USA under standard contractual clauses.', ['transfer'], false]], true],
    ['storage_location', [['Our servers are located in Singapore and the United States.', ['transfer'], false]], 'Singapore and the United States'],
    ['rights', [['California residents have the right to know what personal information we have collected.', ['rights'], false]], ['access']],
    ['rights', [['Where we rely on consent, you may withdraw it at any time.', ['rights'], false]], ['withdraw-consent']],
    ['rights', [['You can withdraw your agreement at any time.', ['rights'], false]], ['withdraw-consent']],
    // Rights named as the person's ("your rights of …") count in any clause; only those named after it.
    ['rights', [['For more information on where your data is stored, and on your rights of erasure and portability, please contact our data protection officer.', ['retention'], false]], ['deletion', 'portability']],
    ['rights', [['We review access logs; your right to data portability is described below.', ['retention'], false]], ['portability']],
    // Access offered to the person counts in any clause; access given to staff or an account does not.
    ['rights', [['Whenever you use our services, we aim to provide you with access to your personal information.', [], false]], ['access']],
    ['rights', [['Only our staff may access the personal information we hold.', [], false]], null],
    ['rights', [['You can access your account from any device.', [], false]], null],
    ['rights', [['We may delete inactive accounts and restrict access to them.', ['retention'], false]], null],
    // …beside the rights offered in any clause, which they do not displace.
    ['rights', [['If you are not satisfied, you may complain to the ICO; your rights of access are described below.', ['retention'], false]], ['access', 'complaint']],
    // Contacting the regulator after an unsatisfying answer is the complaint right in other words.
    ['rights', [['If you are not satisfied with our response, you may contact the Office of the Privacy Commissioner of Canada.', ['rights'], false]], ['complaint']],
    ['rights', [['You can contact us, your account manager or our support team.', ['rights'], false]], null],
    ['rights', [['You have the right to access, rectify, port and erase your data.', ['rights'], false]], ['access', 'correction', 'deletion', 'portability']],
    ['rights', [['If you do not want to receive email or other communications from us, adjust your communication preferences.', ['rights'], false]], ['opt-out-marketing']],
    ['rights', [['If you would rather not hear from us, just let us know.', ['rights'], false]], ['opt-out-marketing']],
    ['rights', [['You can ask to see the information we hold about you.', ['rights'], false]], ['access']],
    // An industry's or the financial services' ombudsman settles disputes; it is no data protection regulator (data/reference/README.md, telstra).
    ['rights', [['You can complain to the Financial Ombudsman Service.', ['rights'], false]], null],
    // Regulators named in words no list holds, and rights in the wording of translated policies.
    ['rights', [['You may make a complaint to the Norwegian Authority for Data Protection.', ['rights'], false]], ['complaint']],
    ['rights', [['You may send a complaint to the Information Commissioners’ Office.', ['rights'], false]], ['complaint']],
    ['rights', [['You may obtain the limitation of the processing in certain cases.', ['rights'], false]], ['restriction']],
    ['rights', [['You may receive the data you provided and have it passed on to another controller.', ['rights'], false]], ['portability']],
    ['rights', [['You may also exercise your right to data transferability.', ['rights'], false]], ['portability']],
    ['rights', [['You may also export your notes at any time.', ['rights'], false]], ['portability']],
    ['rights', [['You may ask us to transfer your personal information to a third-party provider.', ['rights'], false]], ['portability']],
    ['rights', [['You can request information at any time about which personal data we hold.', ['rights'], false]], ['access']],
    ['rights', [['Opting out of these notifications will remove The Customer from receiving any such notifications.', ['rights'], false]], ['opt-out-marketing']],
    // Opting out of a sale or of profiling objects to that processing; opting out of ads is the marketing opt-out.
    ['rights', [['You can opt out of interest-based ads in your device settings.', ['rights'], false]], ['opt-out-marketing']],
    ['rights', [['You may opt out of the sale of your personal information at any time.', ['rights'], false]], ['objection']],
    ['rights', [['Use the Do Not Sell or Share My Personal Information link.', ['rights'], false]], ['objection']],
    ['rights', [['You can always ask us not to email you.', ['rights'], false]], ['opt-out-marketing']],
    ['rights', [['You can always tell us not to sell your personal information.', ['rights'], false]], ['objection']],
    ['rights', [['• Request transfer of your Personal Data to another entity under certain circumstances.', ['rights'], false]], ['portability']],
    ['rights', [['• To request that we do not “sell” or “share” your data (as defined by applicable law), please utilize our opt-out mechanism.', ['sharing', 'rights'], true]], ['objection']],
    ['rights', [['Items are shown in your profile for review, editing or deletion.', ['rights'], false]], ['correction', 'deletion']],
    ['security_measures_described', [['Our volunteers sign a confidentiality agreement before they can see supporter data.', [], false]], true],
    ['security_measures_described', [['We monitor our services for potential vulnerabilities and attacks.', [], false]], true],
    ['security_measures_described', [['You can turn on two-step authentication for your account.', [], false]], true],
    ['security_measures_described', [['We use industry standard approaches to securely store your data.', [], false]], true],
    ['security_measures_described', [['We employ physical, administrative, and technological safeguards to protect your information.', [], false]], true],
    // The generators' backup clause, a menu word, and a control the customer's administrators have.
    ['security_measures_described', [['If deletion is not possible (for example, in backup archives), we will securely store your personal information and isolate it from any further processing until deletion is possible.', [], false], ['We share data.', ['sharing'], false]], false],
    ['security_measures_described', [['• Encryption', [], false], ['We share data.', ['sharing'], false]], false],
    ['security_measures_described', [['Owners and administrators may be able to access, modify, or restrict access to Personal Data.', [], false], ['We share data.', ['sharing'], false]], false],
  ])('%s from %j → %j', (key, rows, expected) => {
    expect(shown(key, rows)).toEqual(expected);
  });
});

describe('retention: what the stated periods add up to', () => {
  it.each<[string, Retention['kind']]>([
    ['Emails sent to us will be retained for a maximum of 5 years.', 'fixed'],
    ['The information is not stored in a database.', 'fixed'],
    ['We retain some data until you delete your account.', 'fixed'],
    ['We keep data only as long as it is required for the reasons it was collected.', 'vague'],
    ['Server logs are kept indefinitely.', 'indefinite'],
    // Vaguer wordings of "as long as necessary", and definite ends that are events rather than lengths of time.
    ['We keep it for the minimum necessary period to meet our obligations.', 'vague'],
    ['Personal information is kept until a time it is no longer required.', 'vague'],
    ['Scan results are stored for a limited time.', 'vague'],
    ['The troubleshooting log gets securely erased every few hours.', 'fixed'],
    ['Once your account is terminated, all data associated with it is deleted from our systems.', 'fixed'],
    ['Your data is deleted when your subscription is cancelled.', 'fixed'],
    ['If you delete your account, we will delete this information.', 'fixed'],
  ])('%s → %s', (text, kind) => {
    const { value } = factFrom('retention', [[text, ['retention'], false]]);
    expect(value).toMatchObject({ kind });
  });

  it('a cookie\'s lifetime is listed but does not make "as long as necessary" a fixed period', () => {
    const { value } = factFrom('retention', [
      ['We keep data only as long as it is required for the reasons it was collected.', ['retention'], false],
      ['Preference cookies expire after 12 months.', ['retention'], false],
    ]);
    expect(value).toMatchObject({ kind: 'vague', periods: [{ phrase: 'only as long as it is required for the reasons it was collected' }, { phrase: '12 months', cookie: true }] });
  });

  it('deletion once the person asks for it, and copies destroyed when a process is complete, are rules with an end', () => {
    const kept = (text: string) => factFrom('retention', [[text, ['retention'], false]]).value;
    expect(kept('once user asked for profile deletion, we removed complete user information from our database.')).toMatchObject({ kind: 'fixed', periods: [{ phrase: 'once user asked for profile deletion' }] });
    expect(kept('All copies of the information will be destroyed when the process is complete.')).toMatchObject({ kind: 'fixed' });
    // Guards: asking for deletion with no deletion after it, and a process that completes with nothing destroyed, keep nothing.
    expect(kept('When you ask us to delete your data, we will tell you how long it takes.')).toBeNull();
    expect(kept('You will be notified when the process is complete.')).toBeNull();
  });

  it('a question, a heading or a privacy label\'s line, states no period; the sentence answering it does', () => {
    const kept = (text: string) => factFrom('retention', [[text, ['retention'], false]]).value;
    expect(kept('Do we keep your data forever?')).toBeNull();
    expect(kept('• Do we retain your data for as long as we need it unless you request deletion?')).toBeNull();
    expect(kept('Do we keep your data forever? No, we delete your data 30 days after you close your account.')).toMatchObject({ kind: 'fixed' });
  });

  it('data stored while the account is active is kept for the account\'s life, in a clause about collection too', () => {
    const kept = (text: string) => factFrom('retention', [[text, ['collection'], false]]).value;
    expect(kept('Profile information, comments and messages are stored while the account is active.')).toMatchObject({ kind: 'vague', periods: [{ phrase: 'while the account is active' }] });
    // Guards: no keeping verb, or the account's life named apart from the keeping.
    expect(kept('You can post comments while the account is active.')).toBeNull();
    expect(kept('We store your messages. Posting is possible while the account is active.')).toBeNull();
  });

  it('the operator deleting when the person deletes the account is a rule; the person deleting alone is none', () => {
    expect(factFrom('retention', [['If you delete your account, we will delete this information.', ['retention'], false]]).value).not.toBeNull();
    expect(factFrom('retention', [['If you delete your account, you can no longer sign in.', ['retention'], false]]).value).toBeNull();
  });

  it('kept for ever anywhere outweighs a fixed period elsewhere', () => {
    const { value } = factFrom('retention', [['Student records are kept permanently, while other data is destroyed six years after you graduate.', ['retention'], false]]);
    expect(value).toMatchObject({ kind: 'indefinite' });
  });
});

describe('evidence is the clause that states the fact, not one that holds the word', () => {
  it('"address any problem" is not a postal address; "access a web page" is not the right of access', () => {
    expect(factFrom('collects', [['We collect your e-mail address so we can address any problem you report.', ['collection'], false]]).value).toEqual(['email']);
    expect(factFrom('collects', [['We use your e-mail address to detect, prevent, or otherwise address fraud and security threats.', ['collection'], false]]).value).toEqual(['email']);
    expect(factFrom('collects', [['We collect your name and address for delivery.', ['collection'], false]]).value).toEqual(['name', 'address']);
  });

  it('collects: payment methods, billing and transaction details, photo identification, the ways you use a service, the country of an IP address', () => {
    expect(items('Team admins must provide a payment method.')).toEqual(['payment-details']);
    expect(items('This includes billing and transaction information.')).toEqual(['payment-details', 'purchase-history']);
    // A court's orders are not the person's orders.
    expect(items('We may disclose your name to respond to subpoenas, court orders or legal process.')).toEqual(['name']);
    expect(items('We keep a record of your orders.')).toEqual(['purchase-history']);
    // A contact point for inquiries is not a record of them.
    expect(items('We collect your name and will give you a contact for further inquiries.')).toEqual(['name']);
    expect(items('We keep records of your inquiries.')).toEqual(['communications']);
    expect(items('We may ask for proof of identity or photo identification.')).toEqual(['identity-documents']);
    expect(items('We record the ways in which you use or interact with our portal.')).toEqual(['browsing-activity']);
    expect(items('• Country (based on IP-address), date and time of the visit.')).toEqual(expect.arrayContaining(['location']));
    expect(items('Cookies and web beacons track website use and newsletter reads.')).toEqual(['browsing-activity', 'cookies']);
    expect(items('We use Google Analytics on our website.')).toEqual(['browsing-activity']);
    expect(items('We keep chat transcripts with our support team.')).toEqual(['communications']);
    expect(items('We collect your name for our hosting and server co-location services.')).toEqual(['name']);
    expect(items('Location of data collection and processing: we collect your name in Ontario.')).toEqual(['name']);
    expect(factFrom('rights', [['A request to access a web page is logged; you may ask us to delete your data.', ['rights'], false]]).value).toEqual(['deletion']);
    expect(factFrom('rights', [['You may request access to the personal data we hold about you.', ['rights'], false]]).value).toEqual(['access']);
  });
});

describe('sixteenth session: wordings read on unseen pages', () => {

  it('collects: a booking history, an Internet address; not a form field, a future imagined or a thing’s number', () => {
    expect(items("We store a history of where and when you've booked parking (booking history).")).toEqual(['purchase-history']);
    expect(items('We keep your reservation details to manage your stay.')).toEqual(['purchase-history']);
    expect(items('At checkout we store your name and your Internet address.')).toEqual(['name', 'ip-address']);
    // Guard: a postal address is still one; "Internet address" is not a postal address.
    expect(items('At checkout we store your name and your address.')).toEqual(['name', 'address']);
    // A sign-up form's required fields captured with the page; under a line saying what is collected they are listed data.
    expect(items('• Phone Number*')).toBeNull();
    expect(items('For the direct sale of licences we collect:', '• Your phone number*')).toEqual(['phone']);
    // After a denial, what would happen if it changed.
    expect(items('Should that change in the future, we will ensure users are aware of such use of location information.')).toBeNull();
    expect(items('We use location information to show nearby stations.')).toEqual(['location']);
    expect(items('We collect the charging port identification number and your e-mail address.')).toEqual(['email']);
    expect(items('We collect your ID number and your e-mail address.')).toEqual(['email', 'id-number']);
  });

  it('rights: revising one’s profile, a list of rights by their nouns, raising concerns with a regulator, objecting against marketing', () => {
    expect(rights('You can review and revise your profile information at any time.')).toEqual(['access', 'correction']);
    expect(rights('We may revise this Privacy Policy from time to time.')).toBeNull();
    expect(rights('You are entitled to the rights of correction, deletion, revocation and objection.')).toEqual(['correction', 'deletion', 'objection', 'withdraw-consent']);
    expect(rights('If you are unhappy with our response you may raise your concerns with the Information Commissioner’s Office.')).toEqual(['complaint']);
    expect(rights('If you are unhappy with our response you may raise your concerns with our support team.')).toBeNull();
    expect(rights('You have the right to object against the processing of your personal data by Acme, or against direct marketing.')).toEqual(['objection', 'opt-out-marketing']);
    expect(rights('You have the right to object against the processing of your personal data by Acme.')).toEqual(['objection']);
  });

  it('transfer and storage: recipients established outside a place; where staff and recipients are is not where data is', () => {
    expect(factFrom('cross_border_transfer', [['Acme may provide your personal data to parties established outside the European Economic Area (EEA).', ['sharing'], false]]).value).toBe(true);
    expect(factFrom('cross_border_transfer', [['Acme may provide your personal data to parties established in the Netherlands.', ['sharing'], false]]).value).toBeNull();
    const staff = 'This may include staff working outside the UK and third parties, some of whom are located outside the European Economic Area.';
    expect(factFrom('storage_location', [[staff, ['transfer'], false]]).value).toBeNull();
    expect(shown('storage_location', [['Your data is stored outside the European Economic Area.', ['transfer'], false]])).toBe('outside the EEA');
  });

  it('retention: a condition opening the sentence, and what the law compels disclosed, are no period', () => {
    const period = (text: string) => shown('retention', [[text, ['retention'], false]]);
    expect(period('As long as we are legally permitted, we will provide notice of any situation where accessing content becomes necessary.')).toBeNull();
    expect(period('As long as we are legally permitted, we will keep your files.')).toBe('As long as we are legally permitted');
    expect(period('We may be required to access, remove, preserve, or disclose information as necessary to comply with legal obligations.')).toBeNull();
    expect(period('We retain information as necessary to comply with legal obligations.')).toBe('as necessary to comply with legal obligations');
  });

  it('retention: keeping data "to satisfy our legal … obligations" bounds it in words, as "to comply" does', () => {
    expect(shown('retention', [['Please note that we may need to retain some information about you in order to satisfy our legal and security obligations.', ['retention'], false]])).toBe(
      'in order to satisfy our legal and security obligations',
    );
  });

  it('shares: a denied sale alone is no denial of sharing; a denied disclosure is', () => {
    expect(factFrom('shares_with_third_parties', [['All cost of operation is cross financed, so we simply don’t have to sell or analyse your data in any way.', ['sharing'], true]]).value).toBeNull();
    expect(factFrom('shares_with_third_parties', [['We do not sell or share your data with anyone.', ['sharing'], true]]).value).toBe(false);
  });

  it('retention: a policy that keeps nothing at all says how long data is kept ("not stored"), in any clause; not nothing kept in one part, nor with a way out', () => {
    const kept = (text: string) => shown('retention', [[text, ['collection'], true]]);
    expect(kept('In our unwavering commitment to privacy, we assure you that no personal information is collected or stored.')).toBe('not stored');
    expect(kept('We do not store or track any user-related personally identifiable information (PII).')).toBe('not stored');
    expect(kept('In fact, we do not log or store any data to prevent any possible misuse.')).toBe('not stored');
    expect(kept('SketchUp Pro relies on Trimble ID for authentication and does not store any user information within the product.')).toBeNull();
    expect(kept('Cookies are not used to identify individuals personally and no personal information is stored in relation to the cookies.')).toBeNull();
    expect(kept('We do not store any personal data unless you create an account.')).toBeNull();
    expect(kept('We do not store your card number.')).toBeNull();
  });
});

describe('sixteenth session: the seventy-second batch’s wordings', () => {
  const one = (key: FactKey, text: string, labels: Category[] = []) => factFrom(key, [[text, labels, false]]).value;

  it('collects: browsing habits and a download history; not where data is kept, nor a definition of personal data', () => {
    expect(items('We recommend software based on your interests, download history and navigation habits on the website.')).toEqual(['browsing-activity']);
    expect(items('We record your browsing habits.')).toEqual(['browsing-activity']);
    expect(items('Servers may be distributed, making it difficult to determine the actual location where the Personal Data are stored.')).toBeNull();
    expect(items('We use your location to show nearby stores.')).toEqual(['location']);
    expect(items('Any information that directly, indirectly, or in connection with other information — including a personal identification number — allows for the identification or identifiability of a natural person.')).toBeNull();
    expect(items('Any information that you give us, such as your name, is stored.')).toEqual(['name']);
    expect(items('Web forms allow you to communicate with our staff about any concerns.')).toEqual(['communications']);
  });

  it('breach: the person told in the passive', () => {
    expect(one('breach_notification', 'You will be notified about data breaches when we believe you are likely to be at risk of serious harm.')).toBe(true);
    expect(one('breach_notification', 'Users will be promptly informed in the event of a security breach.')).toBe(true);
    // Guard: being told of changes to the policy is not a breach notice.
    expect(one('breach_notification', 'You will be notified about changes to this policy.')).toBeNull();
  });

  it('transfer: standard clauses under any of their names', () => {
    expect(one('cross_border_transfer', 'Where the relevant provider is located outside the Economic European Area (EEA), we require the signature of EU standard clauses.', ['transfer'])).toBe(true);
    expect(one('cross_border_transfer', 'Transfers rely on the standard data protection clauses adopted by the Commission.', ['transfer'])).toBe(true);
    expect(one('cross_border_transfer', 'Our providers sign our standard terms.', ['transfer'])).toBeNull();
  });

  it('rights: "transfer your data" among the rights is portability; a person’s physical security is no security measure', () => {
    expect(one('rights', 'You may request your rights to access, rectify and delete, restrict the processing, transfer your data and withdraw your consent.', ['rights'])).toEqual(['access', 'correction', 'deletion', 'restriction', 'portability', 'withdraw-consent']);
    expect(one('rights', 'We may transfer your data to our affiliates.', ['rights'])).toBeNull();
    // Read in a text about personal data, where silence on security is "none".
    const vital = '• when the transfer is necessary to protect your life or physical security or those of a third party;';
    expect(factFrom('security_measures_described', [['We collect your name.', ['collection'], false], [vital, [], false]]).value).toBe(false);
    expect(one('security_measures_described', 'We maintain physical security at our data centres.')).toBe(true);
  });
});

describe('security: malware guarded against, not malware denied', () => {
  const security = (text: string) => factFrom('security_measures_described', [['We collect your name.', ['collection'], false], [text, [], false]]).value;
  it('scanning or protecting against malware is a measure; not listing malware in a catalogue is not', () => {
    expect(security('We do not list malware or other shady apps.')).toBe(false);
    expect(security('And, of course, we do not include any form of malware or spyware.')).toBe(false);
    expect(security('We scan all uploads for malware.')).toBe(true);
    expect(security('We use anti-malware software on our servers.')).toBe(true);
    expect(security('We may disclose information to detect, prevent, or otherwise assess and address potential spam, malware, fraud and abuse.')).toBe(true);
  });
});

describe('collects: definitions, table cells and the operator’s own numbers', () => {
  it('what "sensitive information" covers, a row answered "Not collected", content the service is not meant for, the company’s tax number', () => {
    expect(items('Sensitive information includes Social Security number, driver’s license number and precise geolocation.')).toBeNull();
    expect(items('“Covered information” includes first and last name, address and Social Security Number.')).toBeNull();
    expect(items('Social security, driver’s license, or passport number; Not collected; Email address; Collected')).toEqual(['email']);
    expect(items('The platform is not intended for user generated content containing sensitive data such as social security numbers.')).toBeNull();
    expect(items('Acme Ltd is a company domiciled in Madrid, and its Tax ID number is ES W0249639F.') ?? []).not.toContain('id-number');
    // Guards: a collection that names the same data still collects it.
    expect(items('We collect your Social Security number and e-mail address.')).toEqual(['email', 'id-number']);
    expect(items('Social security, driver’s license, or passport number; Collected')).toEqual(['id-number']);
  });
});

describe('collects: records of what was bought, by other names', () => {
  it('buying habits, what you bought, transaction-related data, subscription details and donation records are purchase history', () => {
    expect(items('We may collect your purchasing habits and device details.')).toEqual(['device-info', 'purchase-history']);
    expect(items('We look at what products and services you have bought.')).toEqual(['purchase-history']);
    expect(items('After a transaction, your transaction‐related information will be kept on file.')).toEqual(['purchase-history']);
    expect(items('• details of any requests or transactions made by you through the Service;')).toEqual(['purchase-history']);
    expect(items('We may collect Information related to the Services you purchase.')).toEqual(['purchase-history']);
    expect(items('We store your e-mail address, subscription information and payment related information.')).toEqual(['email', 'purchase-history']);
    expect(items('• Subscription type')).toEqual(['purchase-history']);
    expect(items('We keep details of any donations you make.')).toEqual(['purchase-history']);
    expect(items('We collect data relating to the service and details of its order.')).toEqual(['purchase-history']);
    // Guards: information sent to the person, or a newsletter subscription, is no record of a purchase; nor is the act of buying.
    expect(items('We collect your e-mail address to send you subscription information and offers.')).toEqual(['email']);
    expect(items('We collect your e-mail address and newsletter subscription status.')).toEqual(['email']);
    expect(items('We collect your e-mail address when you purchase a subscription.')).toEqual(['email']);
  });
});

describe('rights: a consent revoked in the passive, data sent on to another company, data asked to be removed', () => {
  it('reads each as the right it names, and not a lender the person sends data to', () => {
    expect(rights('• you have consented to the processing, which may be revoked at any time.')).toEqual(['withdraw-consent']);
    expect(rights('This consent can be revoked and the student’s information removed at any time.')).toEqual(expect.arrayContaining(['withdraw-consent']));
    expect(rights('• request the transfer of your personal data to a third party.')).toEqual(['portability']);
    expect(rights('You have the right to request the Company to send personal information to another company.')).toEqual(['portability']);
    expect(rights('• ask us to send the personal data you have given us to a third party.')).toEqual(['portability']);
    expect(rights('If you would like your information removed from the system, such requests will be honored.')).toEqual(['deletion']);
    expect(rights('If you want your token removed from our delivery log, just email us and ask.')).toEqual(['deletion']);
    // Guards: a loan request sent on to a lender is no right; consent given is not consent withdrawn.
    expect(rights('When you submit a request using our services to send your information to a third party lender, the lender needs your consent.')).toBeNull();
    expect(rights('You have consented to the processing of your data.')).toBeNull();
  });
});

describe('rights: restriction is the person’s right, not a restriction on others or on cookies', () => {
  it('reads "restrict" among the rights, and not access kept to staff, cookie settings, "without restriction" or an administrator’s power', () => {
    expect(rights('• To request that we restrict our use of your personal information if technically viable;')).toEqual(['restriction']);
    expect(rights('You have the right to access, correct, restrict or delete your Personal Data.')).toEqual(['access', 'correction', 'deletion', 'restriction']);
    expect(rights('At Acme, we restrict access to personal information to those who require it to deliver services to you.') ?? []).not.toContain('restriction');
    expect(rights('You may choose to restrict the use of cookies, but that may limit the services we provide.') ?? []).not.toContain('restriction');
    expect(rights('Avoid including any information that reveals your identity unless you intend that we disclose it without restriction to any party.') ?? []).not.toContain('restriction');
    expect(rights('Be aware that the wiki administrators can restrict your access to Contributions you have made.') ?? []).not.toContain('restriction');
    expect(rights('• Restrict your ability to delete or edit your information') ?? []).not.toContain('restriction');
  });
});

describe('collects: a postal code within an address is the address', () => {
  it('reads a postal code beside the street or city as part of the address, and alone as a location', () => {
    expect(items('Optional data: if specified by you, including street/building number, postal code/city or town, country.') ?? []).not.toContain('location');
    expect(items('We collect your name, street address, city and zip code.')).toEqual(['name', 'address']);
    // Guard: a postal code on its own places the person.
    expect(items('We collect your postal code to show offers near you.')).toEqual(['location']);
  });
});

describe('collects: payment details that go straight to a processor, and what a payment standard requires', () => {
  it('are not the operator’s, unless it says it holds them too', () => {
    expect(items('PCI-DSS requirements help ensure the secure handling of payment information.')).toBeNull();
    expect(items('Payment method details you provide (including payment card information) are sent directly to PCI-compliant third party payment providers.')).toBeNull();
    expect(items('You also send information to your payment processor, which might include credit card or bank account numbers.')).toBeNull();
    // Guards: the operator collecting them, or saying it keeps them besides.
    expect(items('We collect your credit card details to bill you.')).toEqual(['payment-details']);
    expect(items('Card details are sent directly to our payment provider; we also store the last four digits of your credit card.')).toEqual(['payment-details']);
  });
});

describe('collects: addresses that are not where the person lives', () => {
  it('reads mail senders and recipients, a shortened IP, links listed, the operator’s address and a bracketed IP as no postal address', () => {
    expect(items('We store SMTP sender and recipient addresses for emails sent and received.')).toBeNull();
    expect(items('If rear blocks of the IP are shortened, the shortened address identifies the approximate area.') ?? []).not.toContain('address');
    expect(items('You can find how to manage cookies in the most common browsers at the following addresses:') ?? []).not.toContain('address');
    expect(items('Such request shall be addressed to us on the address below.')).toBeNull();
    // The controller's name is the operator's, not the person's.
    expect(items('I.I Name and address of the controller')).toBeNull();
    expect(items('We log your device’s Internet Protocol ("_IP_") address.')).toEqual(['ip-address']);
    // Guards: the person's own addresses still count.
    expect(items('We collect your name and postal address.')).toEqual(['name', 'address']);
    expect(items('We collect your name and contact address.')).toEqual(['name', 'address']);
  });
});

describe('breach: the person’s data compromised, an incident affecting it, a breach related to it', () => {
  const breach = (text: string) => factFrom('breach_notification', [[text, [], false]]).value;
  it('is a notice when the person is told', () => {
    expect(breach('If the personal data we have collected from you is compromised, we will investigate the situation and notify you as required by applicable laws.')).toBe(true);
    expect(breach('In the event of an incident affecting your Personal Information, we will act promptly to identify and address the incident, and to notify you.')).toBe(true);
    expect(breach('We will also notify you and a relevant supervisory authority within 72 hours of a breach related to your personal information.')).toBe(true);
    // Guards: a compromise nobody is told of, and an incident that is not about the person's data.
    expect(breach('If the personal data we have collected from you is compromised, we will investigate the situation.')).toBeNull();
    expect(breach('In the event of an incident affecting our office, we will notify you of new opening hours.')).toBeNull();
  });
});

describe('eighteenth session: correspondence, data asked to be left out, messages kept on the device', () => {
  it('collects: exchanges with the operator, recorded calls and postings to a forum or a mailing list are communications', () => {
    expect(items('We process data on your interactions with us: cookies, payment methods used, e-mail exchanges.')).toEqual(['payment-details', 'cookies', 'communications']);
    expect(items('• Exchanges with us, whether you are a customer or a third party;')).toEqual(['communications']);
    expect(items('We keep the content of our exchanges with customer services.')).toEqual(['communications']);
    expect(items('Such calls may, with your consent, be monitored, recorded, stored and used for training.')).toEqual(['communications']);
    expect(items('To record your contributions to public channels we host (e.g., postings to a forum or a mailing list).')).toEqual(['communications']);
    expect(items('We record user actions, including interactions with moderators and admins.')).toEqual(['communications']);
    // Guards: a stock exchange, a call to action and a forum's name are no correspondence.
    expect(items('Our shares are listed on a stock exchange; we collect your name.')).toEqual(['name']);
    expect(items('We collect your name when you call on our team to set up the forum.')).toEqual(['name']);
  });

  it('collects: data the person is asked to omit is not collected', () => {
    expect(items('Please omit using your name, address or telephone number in the subject of the request.')).toBeNull();
    expect(items('Avoid including your address in support tickets.', 'We collect your e-mail address.')).toEqual(['email']);
    expect(items('We collect your name, address and telephone number with the request.')).toEqual(['name', 'address', 'phone']);
  });

  it('collects: messages stored on the person’s device and not on the operator’s servers are not collected', () => {
    expect(items('Your messages and your chat history are stored on your device and not stored on our servers.')).toBeNull();
    expect(items('Your chat history is stored on your device and on our servers.')).toEqual(['communications']);
  });
});

describe('eighteenth session: a complaint to a regulator by other wordings', () => {
  const unlabelled = (text: string) => factFrom('rights', [[text, [], false]]).value;

  it('rights: lodging a complaint with the competent authority, the authority named first, concerns reported to a regulator', () => {
    expect(rights('• To lodge a complaint with the competent authority.')).toEqual(['complaint']);
    expect(rights('You can also go to the website of your local data protection authority to lodge a complaint.')).toEqual(['complaint']);
    expect(rights('You can also file a complaint at any time directly with the Office for Personal Data Protection.')).toEqual(['complaint']);
    expect(unlabelled('You have a right to report any of your concerns about our use of your data to the Information Commissioner’s Office.')).toEqual(['complaint']);
    expect(unlabelled('Complaints about the use of your personal data may also be addressed to the CNIL, 3 Place de Fontenoy, Paris.')).toEqual(['complaint']);
    // Guards: a complaint to the operator, an authority that asks for data, and the operator's own concerns are no complaint right.
    expect(rights('You may lodge a complaint with our customer service team.')).toBeNull();
    expect(unlabelled('We may disclose data when the competent authority asks us to.')).toBeNull();
    expect(unlabelled('Complaints about our service may be addressed to our support team.')).toBeNull();
  });
});

describe('eighteenth session: device information by other wordings', () => {
  it('collects: a MAC address, push tokens, platform information, metadata about the device, the terminal’s characteristics', () => {
    expect(items('We record the MAC address of the device used for wireless broadband.')).toEqual(['device-info']);
    expect(items('We store push tokens to deliver notifications.')).toEqual(['device-info']);
    expect(items('Your platform information is provided to the add-on server.')).toEqual(['device-info']);
    expect(items('We collect metadata about the device you are on.')).toEqual(['device-info']);
    expect(items('We process identification and characteristics of the terminals and the Internet provider.')).toEqual(['device-info']);
    expect(items('Logs hold the user’s browser and its version.')).toEqual(['device-info']);
    expect(items('We keep statistics on the kinds of software and computers visitors use.')).toEqual(['device-info']);
    expect(items('We collect certain information about devices and connections.')).toEqual(['device-info']);
    // Guards: a platform's terms, a device the operator sells, and a terminal for payments are no device information.
    expect(items('We collect your name when you accept the platform terms.')).toEqual(['name']);
    expect(items('We collect your name when you buy one of our devices.')).toEqual(['name']);
  });
});

describe('eighteenth session: purchase history by other wordings', () => {
  it('collects: the product bought, trading, licence, billing and betting histories, account transactions, plan purchases', () => {
    expect(items('For accounting we keep the product you bought, the amount and the date.')).toEqual(['purchase-history']);
    expect(items('We process transactional activity in your account, for example trading history and balances.')).toEqual(['purchase-history']);
    expect(items('We collect your search terms, plan purchases and license history.')).toEqual(expect.arrayContaining(['purchase-history']));
    expect(items('We keep your betting, gaming, deposits and other account transactions.')).toEqual(['purchase-history']);
    expect(items('We store your billing history.')).toEqual(['purchase-history']);
    // Guards: a product the operator sells, and a history of something else, are no purchase history.
    expect(items('We collect your name to register the products we sell.')).toEqual(['name']);
    expect(items('We keep your name and your version history.')).toEqual(['name']);
  });
});

describe('eighteenth session: a location that is a condition or an advertiser’s criterion', () => {
  it('collects: "depending on your location" and "a particular geographic area" name no location collected', () => {
    expect(items('Depending on your location, we may ask for your name.')).toEqual(['name']);
    expect(items('Advertisers may assume that people who click targeted ads come from a particular geographic area.')).toBeNull();
    // Guards: the person's location and area, collected, are still locations.
    expect(items('We infer your geographic area from your IP address.')).toEqual(['ip-address', 'location']);
    expect(items('We may collect your location, depending on your settings.')).toEqual(['location']);
  });
});

describe('nineteenth session: a location that is where a law applies, or a preference', () => {
  it('collects: "applicable law in your location" and "your location preference" name no location collected', () => {
    expect(items('We may restrict access to certain features due to applicable law in your location.')).toBeNull();
    expect(items('Local storage lets us remember your location preference and your logged-in state.')).toBeNull();
    // Guards: the person's location, collected, is still a location.
    expect(items('We collect your location to show nearby stores.')).toEqual(['location']);
  });
});

describe('twenty-second session: wordings read on the eighty-seventh batch', () => {
  const fact = (key: FactKey, text: string, labels: Category[], negated = false) =>
    factFrom(key, [['We collect your name and e-mail address.', ['collection'], false], [text, labels, negated]]).value;
  it('shares: a clause the model reads as sharing that names no one data goes to, and no way it goes, is none', () => {
    expect(fact('shares_with_third_parties', 'This information will be used purely for the purposes of analytics and tracking the number of visitors to our site.', ['collection', 'sharing'])).toBeNull();
    // Guards: a recipient, or a word of passing data on, still counts.
    expect(fact('shares_with_third_parties', 'These platforms may collect personal information, such as payment details, to complete transactions.', ['sharing'])).toBe(true);
    expect(fact('shares_with_third_parties', 'This information is disclosed to our analytics vendor.', ['sharing'])).toBe(true);
  });
  it('transfer: the right to be told of the safeguards of a transfer is a right, not a transfer', () => {
    const rows = (right: string): Row[] => [
      [right, ['rights', 'transfer'], false],
      ['We are not transferring your data outside EU.', ['transfer'], true],
    ];
    expect(factFrom('cross_border_transfer', rows('If your data were transferred to a third country outside the European Union, you have the right to be informed of the appropriate safeguards relating to the transfer.')).value).toBe(false);
    // Guard: a transfer stated as done still is one.
    expect(factFrom('cross_border_transfer', rows('We transfer your data to a third country outside the European Union under standard contractual clauses.')).value).toBe(true);
  });
  it('laws: a cookie plugin named after the GDPR names no law', () => {
    expect(fact('laws', 'cookielawinfo-checkbox-analytics; 11 months; This cookie is set by GDPR Cookie Consent plugin.', [])).toEqual([]);
    // Guard: the regulation itself, in the same table, still counts.
    expect(fact('laws', 'This cookie records your consent under the GDPR.', [])).toEqual(['GDPR']);
  });
  it('security: a measure advised to the person is not the operator’s; regulating who has access is one', () => {
    expect(fact('security_measures_described', 'Cake Labs strongly recommends that you take action to secure your funds, by writing down your seeds or keys, storing encrypted backups, and never sharing this information.', [])).toBe(false);
    expect(fact('security_measures_described', 'This is not a problem on the official server, where we strictly regulate who has access to your IP address.', [])).toBe(true);
    // Guards: the operator's own measure beside advice, and scanning mail for viruses, still count.
    expect(fact('security_measures_described', 'You are responsible for your password; we encrypt all data in transit.', [])).toBe(true);
    expect(fact('security_measures_described', 'Whenever we receive mail sent to that address, we scrub it for spam and viruses and then forward it.', [])).toBe(true);
  });
  it('storage: a place that names a law ("the European Union’s General Data Protection Regulation") is not where data is', () => {
    const rows = (first: string): Row[] => [
      [first, ['sharing', 'transfer'], false],
      ['You agree to the storage of your personal data on our servers located in the United States.', ['transfer'], false],
    ];
    expect(shown('storage_location', rows('As required by the European Union’s General Data Protection Regulation, we enter into agreements with our service providers that process personal data.'))).toBe('the United States');
    expect(shown('storage_location', rows('As required by Canada’s Personal Information Protection and Electronic Documents Act, we enter into agreements with providers that process personal data.'))).toBe('the United States');
    // Guard: data processed in the EU is still placed there.
    expect(shown('storage_location', rows('Our service providers process and store personal data in the EU.'))).toBe('the EU');
  });
  it('laws: the GDPR in the plural, Nevada’s statute by its full name, the German Telemedia Act', () => {
    expect(fact('laws', 'We comply with The General Data Protection Regulations (GDPR).', [])).toEqual(['GDPR']);
    expect(fact('laws', 'Nevada residents have rights under Nevada Revised Statutes 603A.', [])).toEqual(['NRS 603A']);
    expect(fact('laws', 'The legal basis is your consent (§ 15 TMG).', [])).toEqual(['TMG']);
    expect(fact('laws', 'We follow the German Telemedia Act.', [])).toEqual(['TMG']);
    // Guard: the act that replaced it is its own law, not the TMG as well.
    expect(fact('laws', 'We follow the Telecommunications Telemedia Data Protection Act.', [])).toEqual(['TTDSG']);
    // A company abbreviated "TMG" is no law; the TTDSG under its 2024 name (TDDDG) is the TTDSG.
    expect(fact('laws', 'Live is run by Badoo and The Meet Group, Inc. (“TMG”), and Badoo and TMG act as joint controllers.', [])).toEqual([]);
    expect(fact('laws', 'We set cookies only with your consent under § 25 (1) TDDDG.', [])).toEqual(['TTDSG']);
  });
  it('security: measures consistent with the industry are industry-standard protection', () => {
    expect(fact('security_measures_described', 'We use commercially reasonable security measures consistent with the industry regarding the protection against loss or misuse.', [])).toBe(true);
    // Guard: a bare promise of reasonable measures is still none.
    expect(fact('security_measures_described', 'We use commercially reasonable security measures to protect your data.', [])).toBe(false);
    // The GDPR's bare promise in either order: "organizational and technical security measures" names no measure, "technical security" alone does.
    expect(fact('security_measures_described', 'We aim to protect your personal information through a system of organizational and technical security measures.', [])).toBe(false);
    expect(fact('security_measures_described', 'Our technical security includes regular reviews of who can reach your data.', [])).toBe(true);
  });
  it('security: data kept to industry security standards, and security patches kept up to date, are measures', () => {
    expect(fact('security_measures_described', 'All information is stored in compliance with industry security standards.', [])).toBe(true);
    expect(fact('security_measures_described', 'We use strict procedures to prevent unauthorized access, including keeping security patches up to date.', [])).toBe(true);
    // Guards: a standard of another kind, and patches that are not kept current.
    expect(fact('security_measures_described', 'All content must comply with industry advertising standards.', [])).toBe(false);
    expect(fact('security_measures_described', 'Security patches for the app are announced on our blog.', [])).toBe(false);
  });
  it('security: access kept to authorised staff, safeguards named in brackets, salted hashes and the operator’s card standard', () => {
    const yes = [
      'Only authorized employees, agents and contractors (who have agreed to keep information secure and confidential) have access to this information.',
      'If such access is necessary, your personal information can be accessed only by those Acme employees whose professional tasks require using this information.',
      'Access to your personally identifiable information and all the data you store on the Service is limited to authorized Acme personnel and services providers.',
      'Acme shares your personal data internally only with employees who are authorized to have access to your details when this is necessary for their work.',
      'We take many security measures (physical, electronic, and procedural) to help keep your information safe.',
      'Your password will then be stored with more security (hash + salt) on our servers.',
      'We also follow the Payment Card Industry Data Security Standard (“PCI-DSS”) in handling your credit card information.',
    ];
    for (const text of yes) expect(fact('security_measures_described', text, []), text).toBe(true);
    // Guards: the person's access to the service, the GDPR's pair in brackets, and a processor's standard are no measure of the operator's.
    const no = [
      'Your access to the Services is limited to users over the age of 13.',
      'We use appropriate measures (technical and organisational) to protect your data.',
      'These payment processors adhere to the standards set by PCI-DSS as managed by the PCI Security Standards Council.',
    ];
    for (const text of no) expect(factFrom('security_measures_described', [[text, [], false], ['We share data.', ['sharing'], false]]).value, text).toBe(false);
  });
  it('security: a security vendor\'s product, and files found to be malware, are no measure of the operator\'s', () => {
    expect(fact('security_measures_described', 'Acme Security Inc. provides antivirus software.', [])).toBe(false);
    expect(fact('security_measures_described', '• Artifacts detected as malware, PUPs, or suspicious files', ['collection'])).toBe(false);
    // Guards: antivirus the operator uses, and scanning for malware, still count.
    expect(fact('security_measures_described', 'We use antivirus software and firewalls on our servers.', [])).toBe(true);
    expect(fact('security_measures_described', 'We scan all uploaded files for malware.', [])).toBe(true);
  });
  it('sells: aggregated data sold is no sale of personal data; aggregated "and unaggregated" data is', () => {
    expect(fact('sells_data', 'In addition, we may sell or share aggregated data about our users.', ['sharing'])).toBeNull();
    expect(fact('sells_data', 'We may use, sell, license, and share this aggregated information with third parties.', ['sharing'])).toBeNull();
    expect(fact('sells_data', 'When we share or sell aggregated and unaggregated reporting information about the users of the Sites, we do not intentionally disclose PII.', ['sharing'])).toBe(true);
    expect(fact('sells_data', 'We never sell anonymous or personal data.', ['sharing'], true)).toBe(false);
  });
  it('transfer and storage: the Safe Harbor Agreement between two places is a transfer framework, and its parties are not where data is', () => {
    const text = 'Acme LLC has certified to the Safe Harbor Agreement between the United States and the European Union, with respect to personal data processed as part of our marketing activities.';
    expect(fact('cross_border_transfer', text, ['transfer'])).toBe(true);
    expect(fact('storage_location', text, ['transfer'])).toBeNull();
    // Guard: data stored in a place is still placed there.
    expect(shown('storage_location', [['Your data is stored on servers in the United States.', ['transfer'], false]])).toBe('the United States');
  });
  it('laws and data: words in a web or e-mail address name neither a law nor data collected', () => {
    expect(fact('laws', 'If you believe we hold data about a child, send an e-mail to COPPA@acme.example.', [])).toEqual([]);
    expect(fact('laws', 'Questions can be sent to gdpr@acme.example or via https://acme.example/ccpa.', [])).toEqual([]);
    expect(factFrom('collects', [['When you visit names.example we collect your telephone number.', ['collection'], false]]).value).toEqual(['phone']);
    expect(factFrom('collects', [['We collect your e-mail address when you visit location.example.', ['collection'], false]]).value).toEqual(['email']);
    // Guards: the law and the data named in words still count.
    expect(fact('laws', 'We comply with COPPA; write to privacy@acme.example.', [])).toEqual(['COPPA']);
    expect(factFrom('collects', [['We collect your name and location.', ['collection'], false]]).value).toEqual(['name', 'location']);
  });
  it('laws: Ireland\'s Data Protection Acts, and its Act of 2018, are not the UK\'s', () => {
    expect(fact('laws', 'Any disclosure will be made in accordance with the Irish Data Protection Acts 1988 and 2003.', [])).toEqual(['Data Protection Acts 1988 and 2003']);
    expect(fact('laws', 'We comply with the Data Protection Act 2018 (Ireland).', [])).toEqual(['Data Protection Act 2018 (Ireland)']);
    expect(fact('laws', 'We comply with the Data Protection Act 2018.', [])).toEqual(['Data Protection Act 2018']);
    expect(fact('laws', 'Australia\'s Privacy Act 1988 applies.', [])).toEqual(['Privacy Act 1988']);
  });
  it('transfer: the right to be told whether data was sent to a third country is no transfer; the Safe Harbor Privacy Principles are a framework', () => {
    expect(fact('cross_border_transfer', 'Furthermore, you shall have a right to obtain information as to whether your personal data has been transferred to a third country.', ['transfer'])).toBeNull();
    expect(fact('cross_border_transfer', 'Acme adheres to the Safe Harbor Privacy Principles developed in coordination with the European Union’s Directive on Data Protection.', ['transfer'])).toBe(true);
    // Guard: a transfer stated in its own clause still counts beside the right.
    const both = factFrom('cross_border_transfer', [
      ['We transfer your data to the United States.', ['transfer'], false],
      ['You have the right to know whether your data is transferred to a third country.', ['transfer', 'rights'], false],
    ]);
    expect(both).toMatchObject({ value: true, evidence: [{ clause: 0 }] });
  });
  it('laws: the Data Protection Directive by a descriptive name', () => {
    expect(fact('laws', 'We comply with the European Union’s Directive on Data Protection.', [])).toEqual(['Data Protection Directive']);
    expect(fact('laws', 'We follow the EU Directive on the protection of personal data.', [])).toEqual(['Data Protection Directive']);
  });
  it('collects: the name and address of the controller or its data protection officer are the operator\'s, not the person\'s', () => {
    expect(factFrom('collects', [['2. NAME AND ADDRESS OF THE CONTROLLER:', ['collection'], false]]).value).toBeNull();
    expect(factFrom('collects', [['The name and contact details of our data protection officer are given below.', ['collection'], false]]).value).toBeNull();
    // Guard: the person's name and address are still collected.
    expect(factFrom('collects', [['We collect your name and address.', ['collection'], false]]).value).toEqual(['name', 'address']);
  });
  it('round four: hashed data is protected, reviews used in marketing market nothing to the person, "no such copies" denies, an exception the policy describes keeps a denial', () => {
    expect(fact('security_measures_described', 'We will retain your phone number in hashed format only.', ['retention'])).toBe(true);
    expect(fact('security_measures_described', 'Your contacts are hashed before they are uploaded to our servers.', [])).toBe(true);
    expect(fact('security_measures_described', 'We share hashed email addresses with advertising partners.', ['sharing'])).toBe(false);
    expect(fact('marketing_without_consent', 'Reviews of Acme services written by the Subscriber may be used for marketing purposes.', ['collection'])).toBeNull();
    expect(fact('marketing_without_consent', 'We may use your email address for marketing purposes.', ['collection'])).toBe(true);
    expect(fact('shares_with_third_parties', 'No such copies will be disclosed to third parties, unless required by law.', ['sharing'])).toBe(false);
    expect(fact('sells_data', 'Except for the limited disclosures described in this Privacy Policy, we don\'t sell customer lists.', ['sharing'])).toBe(false);
  });
  it('breach: notifying "affected customers" right after a sentence naming a breach is a breach notice', () => {
    expect(fact('breach_notification', 'If a personal data breach is detected by us, we will investigate. We are obliged to notify our affected customers within 72 hours.', [])).toBe(true);
    expect(factFrom('breach_notification', [['If we detect a data breach, we will investigate.', [], false], ['We will notify affected customers within 72 hours.', [], false]]).value).toBe(true);
    // Guard: advice to users affected elsewhere is no notice.
    expect(fact('breach_notification', 'Data breaches are common in the industry. Affected users of other services should change their passwords.', [])).toBeNull();
  });
  it('retention: deleted once delivered, and deleted after a process is complete, end at that event', () => {
    expect(factFrom('retention', [['We will delete the message promptly after the message has been delivered.', ['retention'], false]]).value).toEqual({
      kind: 'fixed',
      periods: [{ phrase: 'after the message has been delivered', clause: 0 }],
    });
    expect(factFrom('retention', [['After this process is complete, Acme will promptly delete your address book information.', ['retention'], false]]).value).toMatchObject({
      kind: 'fixed',
      periods: [{ phrase: 'After this process is complete' }],
    });
    expect(factFrom('retention', [['We deliver messages after they are sent.', ['retention'], false]]).value).toBeNull();
  });
  it('shares: disclosure to third parties that the law compels names no recipient of the operator\'s choosing', () => {
    expect(fact('shares_with_third_parties', 'Where we are required by law to disclose personal information to third parties, we will do so.', ['sharing'])).toBe(false);
    expect(fact('shares_with_third_parties', 'We disclose personal information to third parties only when required by law.', ['sharing'])).toBe(false);
    // Guards: a disclosure beside the compelled one, or with the law only as an example, is sharing.
    expect(fact('shares_with_third_parties', 'We share your data with our partners, and with authorities when required by law.', ['sharing'])).toBe(true);
    expect(fact('shares_with_third_parties', 'We share your information with third parties, for example when required by law.', ['sharing'])).toBe(true);
  });
  it('retention: keeping data "for a reasonable period" is a rule without a length', () => {
    expect(shown('retention', [['We will keep your information for a reasonable period.', ['retention'], false]])).toMatch(/reasonable period/);
    expect(factFrom('retention', [['We retain your data for a reasonable period of time after you close your account.', ['retention'], false]]).value).toMatchObject({ kind: 'vague', periods: [{ phrase: 'for a reasonable period of time' }] });
    expect(factFrom('retention', [['You will have a reasonable time to respond.', ['retention'], false]]).value).toBeNull();
  });
  it('rights: referring the matter to the data protection authority is a complaint', () => {
    expect(rights('If you wish, you have the right to refer the matter to the competent authority for data protection in France, namely the CNIL.')).toEqual(['complaint']);
    // Guard: referring the matter to a court or to us is none.
    expect(rights('You may refer the matter to our customer service team.')).toBeNull();
  });
  it('rights: who has access to the person’s data is not the right of access', () => {
    expect(rights('We strictly regulate who has access to your IP address.')).toBeNull();
    // Guard: the person's access still is.
    expect(rights('You can access your personal data at any time.')).toEqual(['access']);
  });
});

describe('twenty-sixth session: wordings read on the ninety-sixth batch', () => {
  it('sells: "any rights to your personal information" is the data, and "unless expressly authorized by you" the person\'s say', () => {
    expect(sells('Except in connection with the sale, transfer, merger, consolidation or other transaction involving all or part of our company, we will not sell, license or otherwise transfer any rights to your personal information to any third party unless expressly authorized by you.')).toBe(false);
    // Guard: a way out that others authorise promises nothing.
    expect(sells('We will not sell your personal information to any third party unless authorized by our partners.')).toBeNull();
  });
  it('collects: "address" as a verb after "find", a web page\'s address, and the examples that continue a definition are no postal address', () => {
    expect(items('• Find and address ongoing, suspected or alleged violations of our Terms of Use.', 'We collect your e-mail address.')).toEqual(['email']);
    expect(items('Using the services generates data about your activity, for instance referring webpages address and ads that you interacted with.', 'We collect your e-mail address.')).toEqual(['email']);
    const defined = factFrom('collects', [
      ['As used in this Privacy Policy, “Personal Data” means any information that can be used to individually identify a person.', ['collection'], false],
      ['This information may include, but is not limited to, name, email address, postal or other physical address, credit or debit card number.', ['collection'], false],
      ['We collect your IP address.', ['collection'], false],
    ]).value;
    expect(defined).toEqual(['ip-address']);
    // Guards: the person's postal address is still one, and a bare "This may include …" after a definition may be what is collected.
    expect(items('We collect your postal address to ship your order.')).toEqual(['address']);
    const bare = factFrom('collects', [
      ['By "personal information" we mean information that is uniquely identified to you, such as your name.', ['collection'], false],
      ['This may include information about your device identifier and operating system.', ['collection'], false],
    ]).value;
    expect(bare).toEqual(['device-info']);
  });
  it('marketing: data used "to take orders … and communicate with you about … promotional offers", or a listed use "Providing you with our … marketing", happens', () => {
    expect(marketing('We use your personal information to take and handle orders, process payments, and communicate with you about orders and services, and promotional offers.')).toBe(true);
    expect(marketing('• Providing you with our online or offline marketing measures and activities, including newsletters and other promotional materials;')).toBe(true);
    // Mail that is not promotional is not marketing.
    expect(marketing('If you opt out, we may still send you non-promotional emails, such as emails about your Account.')).toBeNull();
    expect(marketing('We may send you non-marketing communications about your account.')).toBeNull();
    // Guards: the same uses on the person's opt-in are not by default, and "providing" data to others for their marketing reaches no one.
    expect(marketing('We use your personal information to take orders and, if you opt in, communicate with you about promotional offers.')).toBe(false);
    expect(marketing('• Providing your data to partners for their own marketing, only if you agree;')).not.toBe(true);
  });
  it('rights: opting out of the quoted "sale", directing us "to not sell", and the Data Privacy Framework\'s choice not to have data disclosed are objection', () => {
    expect(rights("You may opt out of the 'sale' of your personal information.")).toEqual(['objection']);
    expect(rights('Right to Opt Out: You have the right to direct Us to not sell or share your personal information.')).toEqual(['objection']);
    expect(rights('We will offer you the opportunity to opt-out of your Personal Data (or to provide explicit consent for Sensitive Personal Data) being: (i) disclosed to a third party; or (ii) used for a purpose materially different.')).toEqual(['objection']);
    expect(rights('You can request that your personal data not be disclosed to a third party.')).toEqual(['objection']);
    // Guard: what the laws require of businesses in general offers the person nothing.
    expect(rights('Some U.S. states have enacted comprehensive privacy laws that require businesses to offer an opt out of the “sale” or “share” of your personal data.') ?? []).not.toContain('objection');
  });
  it('rights: asking "for the transfer of personal information you have made available to us", or that data "be corrected, erased, or transferred", is portability', () => {
    expect(rights('You have the right to ask for the transfer of personal information you have made available to us.')).toEqual(['portability']);
    expect(rights('You have the right to ask that your personal data be corrected, erased, or transferred.')).toEqual(['correction', 'deletion', 'portability']);
    // Guard: the operator's own transfers are no right of the person's.
    expect(rights('We may request the transfer of your personal data to our affiliates.') ?? []).not.toContain('portability');
  });
  it('rights: "updating or deleting your data" and "correcting your personal data" are correction; opting "out of a consent" withdraws it', () => {
    expect(rights('For queries relating to updating or deleting your data, contact us.')).toEqual(['correction', 'deletion']);
    expect(rights('If you have questions about deleting or correcting your personal data please contact our support team.')).toEqual(['correction', 'deletion']);
    expect(rights('If you wish to opt out of a consent that you may have provided to us in the past, please contact us.')).toEqual(['withdraw-consent']);
    // Guards: correcting something other than data is no right, and opting out of marketing is still the marketing opt-out.
    expect(rights('We are correcting errors in the app and deleting old versions.') ?? []).not.toContain('correction');
    expect(rights('You can opt out of marketing e-mails at any time.')).toEqual(['opt-out-marketing']);
  });
  it('rights: "the right to limit", requesting "restrictions" or "restrictions" among the rights are restriction; inspecting the information, or asking for information "regarding Personal Data", is access', () => {
    expect(rights('EEA residents have their right to limit the access, correction, deletion, or processing.')).toEqual(['access', 'correction', 'deletion', 'restriction']);
    expect(rights('You may also request restrictions on our use of your data.')).toEqual(['restriction']);
    expect(rights('You have rights to access, rectification, erasure, restrictions and objection.')).toEqual(['access', 'correction', 'deletion', 'objection', 'restriction']);
    expect(rights('You have the opportunity to inspect the information that is collected.')).toEqual(['access']);
    expect(rights('You may, once per calendar year, request information regarding Personal Data we disclosed to third parties.')).toEqual(['access']);
    // Guard: a right "subject to restrictions" is not itself restriction.
    expect(rights('Subject to certain restrictions, you may delete your account.')).toEqual(['deletion']);
  });
  it('rights: objecting "at any time to processing of personal data … for such marketing", or to a use "such as for direct marketing purposes", is the marketing opt-out', () => {
    expect(rights('If we process personal data for direct marketing purposes, the data subject shall have the right to object at any time to processing of personal data concerning him or her for such marketing.')).toEqual(['objection', 'opt-out-marketing']);
    expect(rights('• Objection: You can let us know that you object to the further use or disclosure of your Personal Data for certain purposes, such as for direct marketing purposes.')).toEqual(['objection', 'opt-out-marketing']);
    // Guard: an objection with no marketing in the sentence stays objection alone.
    expect(rights('You have the right to object at any time to processing of personal data concerning you. We use data for direct marketing only with consent.')).toEqual(['objection']);
  });
  it('rights: a named company or another person that "may access" data is no right of access; the person or users who may are', () => {
    expect(rights('With your permission, Yostar may access your contact list available on your mobile device.')).toBeNull();
    expect(rights("Star can access Subscriber's personal postal address information only if this Subscriber agreed.")).toBeNull();
    // Guards: the person, users and parents who may access their data have the right.
    expect(rights('You can access your personal data at any time.')).toEqual(['access']);
    expect(rights('Users may access and correct their information.')).toEqual(['access', 'correction']);
    expect(rights("Parents can access their child's data.")).toEqual(['access']);
  });
  it('evidence: the clause naming the most kinds of data is quoted first, and a heading after every sentence', () => {
    const quotes = (rows: Row[]) => factFrom('collects', rows).evidence.map((e) => e.text);
    expect(quotes([['We collect your e-mail address.', ['collection'], false], ['We collect your name, postal address and phone number.', ['collection'], false]])).toEqual([
      'We collect your name, postal address and phone number.',
      'We collect your e-mail address.',
    ]);
    // A table of contents' line names a topic: it comes last, though it comes first in the text.
    expect(quotes([['III. How Do We Use Cookies and Similar Technologies', ['collection'], false], ['We use cookies to remember your settings.', ['collection'], false]])).toEqual([
      'We use cookies to remember your settings.',
      'III. How Do We Use Cookies and Similar Technologies',
    ]);
    // So does a contents line in sentence case; a sentence opening with "When" states something.
    const shared = (rows: Row[]) => factFrom('shares_with_third_parties', rows).evidence.map((e) => e.text);
    expect(shared([['• How we may share your information with third parties; and', ['sharing'], false], ['We may disclose your personal information to third parties as described below.', ['sharing'], false]])).toEqual([
      'We may disclose your personal information to third parties as described below.',
      '• How we may share your information with third parties; and',
    ]);
    // A definition explains a word and states no practice: it comes after the clauses that do; "other means of" defines nothing.
    expect(shared([['The recipient is a natural person or legal entity to which personal data is disclosed.', ['sharing'], false], ['Your data may be passed to third parties who process payments.', ['sharing'], false]])).toEqual([
      'Your data may be passed to third parties who process payments.',
      'The recipient is a natural person or legal entity to which personal data is disclosed.',
    ]);
    expect(shared([['“Third party” means any company to which we may disclose personal data.', ['sharing'], false], ['Your data may be passed to third parties who process payments.', ['sharing'], false]])).toEqual([
      'Your data may be passed to third parties who process payments.',
      '“Third party” means any company to which we may disclose personal data.',
    ]);
    expect(quotes([['If you use other means of contact, we collect your name.', ['collection'], false], ['We collect your name.', ['collection'], false]])).toEqual([
      'If you use other means of contact, we collect your name.',
      'We collect your name.',
    ]);
    expect(quotes([['When you sign up, we collect your name.', ['collection'], false], ['We collect your name.', ['collection'], false]])).toEqual([
      'When you sign up, we collect your name.',
      'We collect your name.',
    ]);
  });

  it('evidence: a clause too long to quote whole says where the words that state the fact begin', () => {
    const table = `| Purpose | Data | Basis | | --- | --- | --- | | To provide and maintain our Services and keep your account secure | Account Data | Contract | | To send you marketing e-mails about our products | Contact Data | Legitimate interests |`;
    const [evidence] = factFrom('marketing_without_consent', [[table, ['collection'], false]]).evidence;
    expect(evidence).toEqual({ clause: 0, text: table, at: table.indexOf('marketing') });
    // A short clause is quoted whole, from its start.
    expect(factFrom('marketing_without_consent', [['We send you marketing e-mails.', ['collection'], false]]).evidence[0]).toEqual({ clause: 0, text: 'We send you marketing e-mails.' });
  });

  it('evidence: the list naming the most rights is quoted first', () => {
    const quotes = factFrom('rights', [
      ['You may edit or delete the answers that you post at any time.', ['rights'], false],
      ['You have the right to access, correct, delete and port your personal data.', ['rights'], false],
    ]).evidence.map((e) => e.text);
    expect(quotes[0]).toBe('You have the right to access, correct, delete and port your personal data.');
  });

  it("evidence: the operator's own disclosure of personal data is quoted before others' and before aggregate data", () => {
    const quotes = factFrom('shares_with_third_parties', [
      ['We may release non-personally-identifying information in the aggregate to partners.', ['sharing'], false],
      ['Advertisers and other third parties may share information with us such as a cookie ID.', ['sharing'], false],
      ['We may share your information with third party service providers who perform services for us.', ['sharing'], false],
    ]).evidence.map((e) => e.text);
    expect(quotes[0]).toBe('We may share your information with third party service providers who perform services for us.');
  });

  it('evidence: data the person passes on is quoted after the operator passing it on', () => {
    const quotes = factFrom('shares_with_third_parties', [
      ['Using the client does not cause a record of which files you transfer to be kept by us on behalf of any third party.', ['sharing'], false],
      ['We may release any personal information we hold when we believe its release is appropriate to enforce our policies.', ['sharing'], false],
    ]).evidence.map((e) => e.text);
    expect(quotes[0]).toBe('We may release any personal information we hold when we believe its release is appropriate to enforce our policies.');
  });

  it('retention: an account "permanently suspended" is no data kept for ever', () => {
    const kept = (text: string) => factFrom('retention', [[text, ['retention'], false]]).value as Retention | null;
    expect(kept('If your account is permanently suspended by us, we will keep data related to your account.')).toBeNull();
    expect(kept('We store your posts permanently.')?.kind).toBe('indefinite');
  });

  it('retention: data "not" kept permanently or indefinitely is not kept for ever', () => {
    const kept = (text: string) => factFrom('retention', [[text, ['retention'], false]]).value as Retention | null;
    expect(kept('We will not retain your data indefinitely.')).toBeNull();
    expect(kept('We do not store these cookies separately or permanently on your device.')).toBeNull();
    expect(kept('We cannot delete posts, and we keep them indefinitely.')?.kind).toBe('indefinite');
    // "no logs are kept indefinitely" denies it too, and "on a temporary basis" is a rule; no data "stored permanently" is not "not stored".
    expect(kept('These logs are retained on a temporary basis in order to ensure service quality, and no logs are kept indefinitely.')?.kind).toBe('vague');
    expect(kept('No personal data is stored permanently.')).toBeNull();
  });

  it('rights: data the person must keep "accurate and correct" is no right to correct it', () => {
    expect(rights('You should ensure that all personal data submitted to us is complete, accurate, true and correct.')).toBeNull();
    expect(rights('You may access and correct your personal data.')).toEqual(['access', 'correction']);
  });

  it('marketing: an opt-in to one medium does not govern marketing by another', () => {
    const emails = '• Email Communications: If you are a Customer or Site visitor, we may send you marketing emails about the Services.';
    expect(marketing(emails, 'However, we will only send you marketing text messages if you opt-in to receive these notifications from us.')).toBe(true);
    // Guard: an opt-in to the same medium still governs it.
    expect(marketing(emails, 'However, we will only send you marketing emails if you opt-in to receive them.')).toBe(false);
  });
  it('rights: a complaint to "the applicable authority", updating "the information", and a right named "to object or restrict processing"', () => {
    expect(rights('If you are not satisfied with our response, you can contact our Data Protection Officer through this form or lodge a complaint with the applicable authority.')).toEqual(['complaint']);
    expect(rights('You will be able to update the information that you provide to us by sending us an e-mail.')).toEqual(['correction']);
    expect(rights('• Right to object or restrict processing: You can object to direct marketing from us or where we rely on legitimate interests to process your information.')).toEqual(['objection', 'restriction', 'opt-out-marketing']);
    // Guard: restricting the use of data for marketing is still the marketing opt-out, not restriction.
    expect(rights('You can restrict the processing of your data for direct marketing.') ?? []).not.toContain('restriction');
  });
  it('collects: a definition whose term closes on a comma inside its quotes still collects nothing', () => {
    expect(items('By “Personal Information,” we mean data that is unique to an individual, such as a name, address, social security number, e-mail address and telephone number.', 'We collect your IP address.')).toEqual(['ip-address']);
    expect(items('“Personal Data,” means any information about you, such as your name or postal address.', 'We collect your IP address.')).toEqual(['ip-address']);
    // Guard: a collection statement with a quoted term still collects.
    expect(items('We collect “Personal Information,” such as your name.')).toEqual(['name']);
  });
  it('sells: advertisers named after another recipient in a list; a disclosure "considered as disclosure for the purpose of sale"', () => {
    expect(sells('We may also share this information with other Acme Group companies and third parties (notably advertisers) to develop and deliver targeted advertising on websites or applications of third parties.')).toBe(true);
    expect(sells('These third parties do not pay us for collecting such information, but the right granted to them to collect Personal Information may be considered as disclosure for the purpose of sale or share for cross-context behavioral advertising.')).toBe(true);
    // Guards: the person's right to opt out of a sale admits none; a list that names no advertiser is no sale.
    expect(sells('You have the right to opt out of what may be considered as disclosure for the purpose of sale.')).toBeNull();
    expect(sells('We may share this information with our employees and contractors to deliver targeted advertising.')).toBeNull();
  });
  it('security: a measure said not to exist is none; a concession before the measures denies none; the operator protecting data is quoted first', () => {
    const security = (...texts: string[]) => factFrom('security_measures_described', texts.map((text) => [text, ['collection'], false] as Row));
    expect(security("Since there is no current mechanism to encrypt the data from the user's end, please consider whether to sync it.").value).toBe(false);
    expect(security('While no organization can guarantee perfect security, we are continuously implementing administrative, technical, and physical security measures to help protect your information.').value).toBe(true);
    const quoted = security('• SSL Certificates Secure your website with our SSL certificates', 'We are part of the world’s most trusted antivirus company.', 'We use encryption to protect your personal data.');
    expect(quoted.evidence.map((e) => e.text)).toEqual([
      'We use encryption to protect your personal data.',
      '• SSL Certificates Secure your website with our SSL certificates',
      'We are part of the world’s most trusted antivirus company.',
    ]);
  });
  it('transfer: data transferred to different countries; data transferred outside a named place in a clause of any label', () => {
    const transfer = (text: string, labels: Category[]) => factFrom('cross_border_transfer', [[text, labels, false]]).value;
    expect(transfer('Your personal information may be handled and stored in, accessed from, or transferred to different countries.', ['transfer'])).toBe(true);
    expect(transfer('We may transfer your information to countries outside your own.', ['transfer'])).toBe(true);
    // The operator's own seat abroad moves no data; its providers located abroad do.
    expect(transfer('As Acme AG is located outside of the EU, we appointed our EU affiliate to represent us in relation to any GDPR-related issues.', ['transfer'])).toBeNull();
    expect(transfer('Some of our service providers are located outside the EEA.', ['transfer'])).toBe(true);
    expect(transfer('Where we transfer your Personal Data outside of EU/EEA (for example to third parties who provide us with services), we will obtain contractual commitments from them to protect your Personal Data.', [])).toBe(true);
    // Guards: the person's right to be told how a transfer is safeguarded, and a place the person is outside of, move no data.
    expect(transfer('You have a right to request details of the basis on which your Personal Data is transferred outside the European Economic Area.', ['rights'])).toBeNull();
    expect(transfer('If you live outside the EU, please contact our US office.', [])).toBeNull();
  });
  it('transfer: data "provided to other countries" in a clause of any label; the EU–US Safe Harbor framework', () => {
    const transfer = (text: string, labels: Category[]) => factFrom('cross_border_transfer', [[text, labels, false]]).value;
    expect(transfer('Your personal data concerning the provision of relevant services (for example, domain registration in other countries, etc.) may be provided to other countries (including third countries).', ['collection'])).toBe(true);
    expect(transfer('We comply with the U.S.-EU Safe Harbor framework regarding personal data from European Union member countries.', ['transfer'])).toBe(true);
    // Guards: a right to send one's data to another controller, and the COPPA or DMCA safe harbor, move no data abroad.
    expect(transfer('You may ask us to send your data to another controller.', ['rights'])).toBeNull();
    expect(transfer('We participate in the COPPA Safe Harbor program.', ['transfer'])).toBeNull();
    expect(transfer('We rely on the DMCA safe harbor for content you post.', ['transfer'])).toBeNull();
    // Guard: a link to another document named after the framework.
    expect(transfer('• Acme EU-U.S. Privacy Shield Privacy Policy', ['transfer'])).toBeNull();
  });
  it('sells: data given for targeted ads to a recipient named with "relevant", "unaffiliated" or "external" before it', () => {
    expect(sells('Information about your activities on the Channels to provide you targeted advertising based upon your interests may be shared with the relevant third party provider.')).toBe(true);
    expect(sells('We may share your email address with unaffiliated third parties to deliver targeted ads to you on other websites.')).toBe(true);
    // Guards: an adjective lets no other recipient through, and aggregate data is still no sale.
    expect(sells('We may share your email address with the relevant authorities to deliver targeted ads.')).toBeNull();
    expect(sells('We may share aggregated data with unaffiliated third parties to deliver targeted ads.')).toBeNull();
  });
  it('sells: "aggregated information that includes your Personal Information" given for targeted ads is personal data', () => {
    expect(sells('We may share aggregated information that includes your Personal Information and Log Data with third parties to deliver targeted advertising about other products and services.')).toBe(true);
    // Guard: aggregate data that contains no personal data is still no sale.
    expect(sells('We may share aggregated information that does not include your personal information with third parties to deliver targeted advertising.')).toBeNull();
  });
  it('collects: the CCPA category "commercial information" in a list of categories is purchase history', () => {
    expect(items('We collect identifiers, commercial information and your IP address.')).toEqual(['ip-address', 'purchase-history']);
    expect(items('• Commercial information (e.g., purchases considered or completed)')).toEqual(['purchase-history']);
    // Guards: commercial information sent to the person is marketing; a category answered "None", or a bare row title, collects nothing.
    expect(items('We use your email address to send you commercial information about our products.')).toEqual(['email']);
    expect(items('We collect the following: D. Commercial information. NONE')).toBeNull();
    expect(items('D. Commercial information')).toBeNull();
  });
  it('collects: an item both denied and stated in one sentence goes with the verb of holding before it', () => {
    expect(items('In connection with the processing of such payments, we do not retain any financial information such as credit card numbers.')).toBeNull();
    expect(items('We collect your email address but do not collect your name.')).toEqual(['email']);
    // Guards: an item before every verb goes with the first; a denied sale or share does not un-collect what is held.
    expect(items('Your name is collected when you register but is not stored after you leave.')).toEqual(['name']);
    expect(items('We collect your phone number, which we do not share with anyone.')).toEqual(['phone']);
  });
  it('rights: access granted to an app, taken by the operator or others, or a device feature\'s access is no right of access', () => {
    expect(rights('Pacer cannot read data from or write data to Health Services unless you grant access.')).toBeNull();
    expect(rights('However, Amazon already serves the files, so they can already access this information.')).toBeNull();
    expect(rights('Some of the features that make your site experience more efficient, such as user account access, may not function properly.')).toBeNull();
    expect(rights('You have the option to disable camera access within the application at any time.')).toBeNull();
    // Guards: access given to the person, or their own account access, is still the right.
    expect(rights('We take reasonable steps to verify your identity before granting you account access or making corrections to your information.')).toContain('access');
    expect(rights('We will give you access to your personal information on request.')).toEqual(['access']);
  });
  it('rights: an analytics opt-out, an "opt-out basis", a bare "Opt-out" heading, a CCPA opt-out and leaving the platform are no marketing opt-out', () => {
    expect(rights('You can opt-out of Google Analytics data collection with the Google Analytics Opt-out Browser Add-on.')).toBeNull();
    expect(rights('We use this data on an opt-out basis to analyze and improve the functionality of our mobile applications.')).toBeNull();
    expect(rights('• Opt-out')).toBeNull();
    expect(rights('You have the right to authorize an agent on your behalf to make a request to know, delete, or opt-out under the CCPA.')).toEqual(['deletion']);
    expect(rights('You may unsubscribe from the Platform at any point in time by following the appropriate procedure.')).toBeNull();
    // Guards: an opt-out naming no object, an ad opt-out beside an analytics one, and unsubscribing from a service's e-mails still are.
    expect(rights('You can opt out at any time.')).toEqual(['opt-out-marketing']);
    expect(rights('Alternatively, you can opt out by visiting the Network Advertising Initiative Opt Out page or by using the Google Analytics Opt Out Browser add on.')).toEqual(['opt-out-marketing']);
    expect(rights('You may unsubscribe from our service emails at any time.')).toEqual(['opt-out-marketing']);
  });
  it('rights: data downloaded "in a commonly used file format" or "information related to your account" downloaded is portability', () => {
    expect(rights('You can download information in a commonly used file format.')).toEqual(['portability']);
    expect(rights('You can download information related to your account from the settings page.')).toEqual(['portability']);
    // Guards: a format named for something else, and information downloaded about the service, are not.
    expect(rights('Our reports are published in a commonly used file format.') ?? []).not.toContain('portability');
    expect(rights('You can download information about our services from our website.')).toBeNull();
  });
  it('rights: limiting "our use and processing" and "the freezing of your data" are restriction', () => {
    expect(rights('You can ask us to limit our use and processing.')).toEqual(['restriction']);
    expect(rights('You have the authority to limit our use of your data.')).toEqual(['restriction']);
    expect(rights('You may request the freezing of your data.')).toEqual(['restriction']);
    // Guards: the operator limiting its own processing, and cookies, are no right.
    expect(rights('We limit our processing to what the service needs.')).toBeNull();
    expect(rights('You can limit our use of cookies in your browser.') ?? []).not.toContain('restriction');
  });
  it('laws: a law the policy says it is not regulated by or subject to is not followed', () => {
    expect(laws('Please note that we are not regulated under the Health Insurance Portability and Accountability Act of 1996 (“HIPAA”).') ?? []).toEqual([]);
    expect(laws('We are not subject to HIPAA.') ?? []).toEqual([]);
    // Guard: a law named before the denial still counts.
    expect(laws('We comply with the GDPR, but we are not subject to HIPAA.')).toEqual(['GDPR']);
  });
  it('laws: "the version of the GDPR adopted by the United Kingdom" and "the GDPR and the UK equivalent" name the UK GDPR as well', () => {
    expect(laws('Individuals in the EU and UK have privacy rights under the GDPR and the UK equivalent.')).toEqual(['UK GDPR', 'GDPR']);
    expect(laws('This includes the version of the GDPR adopted by the United Kingdom.')).toEqual(['UK GDPR', 'GDPR']);
    // Guard: an equivalent of another law is not the UK GDPR.
    expect(laws('Individuals have rights under the CCPA and the UK equivalent.')).toEqual(['CCPA/CPRA']);
  });
  it('transfer: data "transferred outside Europe" in a clause of any label, to "countries or regions other than your place of residence" or "outside the Users jurisdiction" goes abroad', () => {
    const transfer = (text: string, labels: Category[]) => factFrom('cross_border_transfer', [[text, labels, false]]).value;
    expect(transfer('Please note that your data may be transferred outside Europe as part of our operations and data backup requirements.', [])).toBe(true);
    expect(transfer('Your personal information may be transferred to, or accessed by, countries or regions other than your place of residence.', ['transfer'])).toBe(true);
    expect(transfer('We ensure that storage of such data on servers located outside the Users jurisdiction is bound by a duty of confidentiality.', ['transfer'])).toBe(true);
    // Guards: a denial is no transfer, nor is data passed outside the company rather than a place.
    expect(transfer('Your data will not be transferred outside Europe.', ['transfer'])).toBe(false);
    expect(transfer('Your data may be transferred outside our company to our auditors.', [])).toBeNull();
  });
  it('transfer: providers "located in or have facilities that are located a different jurisdiction than either you or us" take data abroad', () => {
    const transfer = (text: string) => factFrom('cross_border_transfer', [[text, ['sharing'], false]]).value;
    expect(transfer('However, certain providers may be located in or have facilities that are located a different jurisdiction than either you or us.')).toBe(true);
    expect(transfer('Our group companies or service providers may be located in jurisdictions that are outside of the jurisdiction of the personal data subject.')).toBe(true);
    // Guards: where the person is located moves no data, nor does a provider in the same country.
    expect(transfer('If you are located in a different country, please contact our local office.')).toBeNull();
    expect(transfer('Where you may be based in another country, our local office can help.')).toBeNull();
    expect(transfer('Customers who are established in a foreign jurisdiction should contact our local office.')).toBeNull();
    expect(transfer('Our payment provider is located in the same country as us.')).toBeNull();
  });
});
