// Match rules for the clause classifier, kept as data and compiled once with
// `nlp.buildNet` (see classify.ts). Vocabulary lives in lexicon.ts as tags;
// rules stay short. compromise pitfall: after a gap such as `.{0,3}`, an
// either-or group that contains a #Tag matches nothing, so such groups here
// hold plain words only.
// Every rule carries example clauses it must match on its own (see
// test/unit/classify-rules.test.ts): a rule that stops firing fails a test.
import type { Category } from './types';

/** Category tags label a clause; the others steer `negated` and suppression. */
export type RuleTag =
  | 'Collection'
  | 'Sharing'
  | 'Retention'
  | 'Transfer'
  | 'Rights'
  /** First-party use, counted only when no other category fired. */
  | 'Purpose'
  /** The clause rules a practice out. */
  | 'Negation'
  /** A condition ("unless", "without") keeps a negative clause from ruling the practice out. */
  | 'Condition'
  /** Security statements: any collection wording in them is incidental. */
  | 'Security'
  /** "X reserves the right to …": the operator's right, not the person's. */
  | 'OperatorRight'
  /** An opt-out mechanism ("Do Not Sell My Personal Information"): a right, whatever words it contains. */
  | 'OptOut'
  /** Statements about the policy itself, definitions: never a practice. */
  | 'NotAPractice';

export interface ClassifierRule {
  match: string;
  tag: RuleTag;
  reason: string;
  /** Clauses this rule must match on its own. */
  examples: string[];
  /**
   * A sharing/retention/transfer/rights hit normally means the clause's
   * mention of collecting or using data is incidental, and drops
   * `collection`. Rules marked here keep it (first-party marketing choices).
   */
  keepsCollection?: boolean;
}

export const CATEGORY_OF_TAG: Partial<Record<RuleTag, Category>> = {
  Collection: 'collection',
  Sharing: 'sharing',
  Retention: 'retention',
  Transfer: 'transfer',
  Rights: 'rights',
};

const collection: ClassifierRule[] = [
  {
    match: '#Collect .{0,5} #Data',
    tag: 'Collection',
    reason: 'collects or processes data',
    examples: ['We collect and process certain personal information.', 'We may record your calls with us.'],
  },
  {
    match: '#Data .{0,5} #Collect',
    tag: 'Collection',
    reason: 'data is collected or processed',
    examples: ['Information that is collected by us', 'No personal data is gathered without your consent.'],
  },
  {
    match: '#Use .{0,4} #Data',
    tag: 'Collection',
    reason: 'uses data',
    examples: ['We use your personal information to provide the service.', 'We may also use this information to improve our apps.'],
  },
  {
    match: '#Data .{0,6} used',
    tag: 'Collection',
    reason: 'data is used for a purpose',
    examples: ['The information collected will be used to provide you with services.', 'This data is only used internally.'],
  },
  {
    match: 'we (receive|receives) .{0,4} #Data',
    tag: 'Collection',
    reason: 'receives data',
    examples: ['We receive information from partners about your activities.', 'We receive and store any information you enter.'],
  },
  {
    match: '(maintain|maintains|keep|keeps) a? (record|records) of',
    tag: 'Collection',
    reason: 'keeps records about people',
    examples: ['The bank maintains records of your transactions.', 'We keep a record of the conversation.'],
  },
  {
    match: '(include|includes|including) .{0,2} #PersonalData',
    tag: 'Collection',
    reason: 'lists kinds of personal data',
    examples: ['This can include your name, phone number and email.', 'Account data, including your postal address.'],
  },
  {
    match: 'such as .{0,2} #PersonalData',
    tag: 'Collection',
    reason: 'gives examples of personal data',
    examples: ['only what we need, such as your email address'],
  },
  {
    match: '(collect|collects|gather|gathers|obtain|obtains|log|logs|record|records|track|tracks|monitor|monitors) (your|you|the following|certain|some|which|what|how|when|where)',
    tag: 'Collection',
    reason: 'collects things about the person',
    examples: ['The game collects your device model.', 'We do not log your browsing activity.', 'we record which pages you view', 'We do not track you across apps.'],
  },
  {
    match: '(include|includes|including) .{0,2} #DataItem',
    tag: 'Collection',
    reason: 'lists kinds of data',
    examples: ['This can include your name and address.'],
  },
  {
    match: '(app|application|we) (accesses|access|reads|read) (your|the)? #PersonalData',
    tag: 'Collection',
    reason: 'reads data on the device',
    examples: ['The app accesses your camera only when you scan a code.'],
  },
  {
    match: '(inferences|infer|profiling|profile) .{0,3} (about|your|interests|preferences)',
    tag: 'Collection',
    reason: 'infers interests or builds a profile',
    examples: ['We make inferences about your interests.', 'profiling your preferences'],
  },
  {
    match: '(parent|parents|parental) .{0,3} (consent|permission)',
    tag: 'Collection',
    reason: 'parental consent for children\'s data',
    examples: ["We need a parent's consent before a child can create an account."],
  },
  {
    match: '#Data you (provide|give|submit|send|enter|share)',
    tag: 'Collection',
    reason: 'data the person gives',
    examples: ['Information you provide to us directly:'],
  },
  {
    match: '(aggregate|aggregates|de-identify|deidentify|anonymise|anonymize|pseudonymise|pseudonymize) .{0,3} #Data',
    tag: 'Collection',
    reason: 'aggregates or de-identifies data',
    examples: ['We may aggregate or de-identify information.'],
  },
  {
    match: '#PersonalData (provided|supplied|submitted|entered)',
    tag: 'Collection',
    reason: 'data the person provides',
    examples: ['any other personal information provided to get a quote'],
  },
  {
    match: '(store|stores|stored|hold|holds|keep|keeps) .{0,3} #PersonalData',
    tag: 'Collection',
    reason: 'holds personal data',
    examples: ['We do not store credit card details.'],
  },
  {
    match: '#Data .{0,4} #Keep for .{0,4} purposes',
    tag: 'Collection',
    reason: 'data kept for a purpose',
    examples: ['Logs are kept for diagnostic and security purposes.'],
  },
  {
    match: '#Data .{0,4} (monitored|analysed|analyzed|reviewed|aggregated)',
    tag: 'Collection',
    reason: 'data is monitored or analysed',
    examples: ['The information will also be monitored for security reasons.'],
  },
  {
    match: '#PersonalData .{0,6} (is|are|be) required',
    tag: 'Collection',
    reason: 'requires personal data',
    examples: ['Your credit card details will be required for billing.', 'A valid email address is required to sign up.'],
  },
  {
    match: '#Use #Cookie',
    tag: 'Collection',
    reason: 'uses cookies',
    examples: ['Like most websites, we use cookies.', 'Our partners may use web beacons on our pages.'],
  },
  {
    match: '(processing|process) is (based|necessary|carried)',
    tag: 'Collection',
    reason: 'the ground for processing',
    examples: ['Processing is based on Article 6(1)(b) GDPR.'],
  },
  {
    match: '#Basis',
    tag: 'Collection',
    reason: 'states a legal basis for processing',
    examples: ['Our legal basis for processing is your consent.', 'We rely on our legitimate interests.'],
  },
  {
    match: 'necessary for us to (process|use|collect|hold)',
    tag: 'Collection',
    reason: 'processing is necessary',
    examples: ['It is necessary for us to process your data to perform a contract.'],
  },
  {
    match: '(monitor|monitors|analyse|analyze|analyses|analyzes) .{0,4} (usage|traffic|activity|visits)',
    tag: 'Collection',
    reason: 'monitors usage',
    examples: ['We monitor website traffic to spot problems.'],
  },
  {
    match: '(send|sends|email|contact) you .{0,4} #Marketing',
    tag: 'Collection',
    reason: 'sends first-party marketing',
    examples: ['We may send you newsletters about new products.', 'We will contact you for marketing purposes by phone.'],
  },
  {
    match: '(improve|personalise|personalize|customise|customize) .{0,3} (services|experience|products|offerings)',
    tag: 'Purpose',
    reason: 'use to improve or personalise services',
    examples: ['This helps us improve our services.', 'to personalise your experience of the site'],
  },
  {
    match: '#Data .{0,3} (helps|help|allows|allow|enables|enable) us',
    tag: 'Purpose',
    reason: 'what the data lets the operator do',
    examples: ['This information helps us recommend shows you may enjoy.'],
  },
  {
    match: 'statistical (information|purposes|analysis)',
    tag: 'Purpose',
    reason: 'statistical use',
    examples: ['We compile statistical information about visits.'],
  },
  {
    match: '^for (the|billing|marketing|advertising|analytics)? .{0,3} purposes',
    tag: 'Purpose',
    reason: 'a purpose of use in a list',
    examples: ['For billing purposes.', 'For the purposes of commercial prospecting and marketing.'],
  },
];

const sharing: ClassifierRule[] = [
  {
    match: '#Share .{0,8} #ThirdParty',
    tag: 'Sharing',
    reason: 'shares data with third parties',
    examples: ['We may share your personal data with our service providers.', 'Card details are passed to our payment processor.'],
  },
  {
    match: '#Share .{0,8} #Authority',
    tag: 'Sharing',
    reason: 'discloses data to authorities',
    examples: ['We may disclose information to law enforcement when compelled.'],
  },
  {
    match: '(share|shares|shared|sharing|disclose|discloses|disclosed|disclosing|sell|sells|sold|selling|rent|disclosure) .{0,3} #Data',
    tag: 'Sharing',
    reason: 'discloses or sells data',
    examples: ['We do not sell personal information.', 'the disclosure of personal data may be required', 'we have not sold personal information'],
  },
  {
    match: '(share|shares|shared|disclose|discloses|disclosed|sell|sells|sold) (with|to)',
    tag: 'Sharing',
    reason: 'shared with someone',
    examples: ['Your results may be shared with funding bodies.'],
  },
  {
    match: '#Data .{0,4} #Share',
    tag: 'Sharing',
    reason: 'data is disclosed',
    examples: ['Your information may be disclosed if the law requires it.', 'Payment details are shared only with the bank.'],
  },
  {
    match: '(provide|provided|give|transfer|transferred|send|sent) .{0,6} to (a|an|our|the|any|other)? #ThirdParty',
    tag: 'Sharing',
    reason: 'passes data to third parties',
    examples: ['We may provide usage data to analytics providers.', 'We may transfer your personal information to a third party buyer.'],
  },
  {
    match: '(provide|provided|give|given|send|sent) #Data .{0,8} #ThirdParty',
    tag: 'Sharing',
    reason: 'gives data to third parties',
    examples: ['We may provide information about your visit to analytics and search engine providers.'],
  },
  {
    match: '(include|includes|including) .{0,2} #ThirdParty',
    tag: 'Sharing',
    reason: 'lists recipients',
    examples: ['This includes couriers and contractors doing installation work.'],
  },
  {
    match: 'by (our|a|the|its)? #ThirdParty',
    tag: 'Sharing',
    reason: 'data handled by a third party',
    examples: ['Your card is charged by our payment processor.', 'Card details are stored by the payment processing partner.'],
  },
  {
    match: '#ThirdParty .{0,6} (receive|receives|collect|collects|obtain|obtains|process|processes|store|stores|host|hosts)',
    tag: 'Sharing',
    reason: 'third parties receive or collect data',
    examples: ['Our contractors may receive your name and address.', 'Advertising networks may collect information about your visits.', 'Some of our suppliers process data in the USA.'],
  },
  {
    match: '#ThirdParty .{0,6} (place|places|set|sets|use|uses) .{0,3} #Cookie',
    tag: 'Sharing',
    reason: 'third-party cookies',
    examples: ['Advertisers on our site may place their own cookies on your device.'],
  },
  {
    match: '#ThirdParty (have|has|get|gets) access',
    tag: 'Sharing',
    reason: 'third parties have access to data',
    examples: ['These service providers have access to the personal information they need.'],
  },
  {
    match: '#ThirdParty .{0,4} (contract|contracts|agreement|agreements|bound)',
    tag: 'Sharing',
    reason: 'third parties bound by contract',
    examples: ['Our sub-processors are bound by written contracts.'],
  },
  {
    match: '(process|processes|processed|hold|holds|host|hosts) .{0,6} on behalf of',
    tag: 'Sharing',
    reason: 'processing on behalf of another party',
    examples: ['We process customer data solely on behalf of our customers.'],
  },
  {
    match: '(subpoena|subpoenas|warrant|warrants|court order|court orders|legal process)',
    tag: 'Sharing',
    reason: 'disclosure under legal process',
    examples: ['If we receive a subpoena, we may have to provide your account records.'],
  },
  {
    match: '(recipients|recipient) of .{0,2} #Data',
    tag: 'Sharing',
    reason: 'names the recipients of data',
    examples: ['Recipients of your personal data are IT service providers.'],
  },
  {
    match: '(entrust|entrusts|entrusted|outsource|outsources|outsourced) .{0,4} (handling|processing|data|information)',
    tag: 'Sharing',
    reason: 'outsourcing the handling of data',
    examples: ['contractors to whom it entrusts the handling of personal information'],
  },
  {
    match: '(use|uses|engage|engages|employ|appoint|appoints) .{0,2} #ThirdParty',
    tag: 'Sharing',
    reason: 'uses third-party processors',
    examples: ['We use sub-processors to help us run the service.', 'We engage trusted service providers.'],
  },
  {
    match: '(order|orders|request|requests|requirement) of? (a|an|the|any)? #Authority',
    tag: 'Sharing',
    reason: 'disclosure on an order of an authority',
    examples: ['where required by an order of a court', 'at the request of the police'],
  },
  {
    match: '(sale|merger|acquisition|reorganisation|reorganization|restructuring|bankruptcy) .{0,6} (business|assets|company|companies)',
    tag: 'Sharing',
    reason: 'business transfer on a sale or merger',
    examples: ['If we are involved in a merger or sale of company assets, data may be transferred.'],
  },
  {
    match: '(acts|act|acting) as .{0,2} data (controller|processor)',
    tag: 'Sharing',
    reason: 'controller and processor roles',
    examples: ['The client acts as the data controller and we act as data processor.'],
  },
  {
    match: 'data processing (agreement|agreements|addendum)',
    tag: 'Sharing',
    reason: 'data processing agreement with a processor',
    examples: ['We sign a data processing agreement with each supplier.'],
  },
  {
    match: '(refer|referred|handed|hand) .{0,6} #ThirdParty',
    tag: 'Sharing',
    reason: 'account referred to a third party',
    examples: ['Unpaid accounts may be referred to a collection agency.'],
  },
  {
    match: '(allow|allows|enable|enables|permit|permits) .{0,2} #ThirdParty',
    tag: 'Sharing',
    reason: 'lets third parties reach users',
    examples: ['To allow selected partners to send you offers.'],
  },
];

const retention: ClassifierRule[] = [
  {
    match: '#Keep .{0,14} #Duration',
    tag: 'Retention',
    reason: 'keeps data for a period',
    examples: ['We retain account data for seven years.', 'We keep your data for as long as your account is open.'],
  },
  {
    match: '(retention|retain|retains|retained)',
    tag: 'Retention',
    reason: 'mentions data retention',
    examples: ['We review our retention periods every year.', 'Logs are retained in line with our schedule.'],
  },
  {
    match: 'long as .{0,5} (necessary|required|needed)',
    tag: 'Retention',
    reason: 'kept only as long as needed',
    examples: ['only for so long as it is necessary', 'Data is held for as long as needed.'],
  },
  {
    match: 'no longer (required|needed|necessary|applies|apply|exists)',
    tag: 'Retention',
    reason: 'disposal when no longer needed',
    examples: ['When your data is no longer required, we delete it.', 'once the purpose of storage no longer applies'],
  },
  {
    match: '#Delete .{0,6} (after|within|when|once) .{0,4} (period|years|months|days|closed|closure|terminated|termination)',
    tag: 'Retention',
    reason: 'deletes data after a period',
    examples: ['Recordings are deleted after 90 days.', 'Data is erased within 30 days once your account is closed.'],
  },
  {
    match: '#Keep .{0,3} (in|on) (a|our|the)? (database|databases|systems|files)',
    tag: 'Retention',
    reason: 'keeps data on file',
    examples: ['The information is not stored in a database for future use.', 'We hold your details on our systems.'],
  },
  {
    match: '(destroy|destroys|purge|purges) .{0,3} #Data',
    tag: 'Retention',
    reason: 'destroys data',
    examples: ['We securely destroy your records.', 'We purge old logs.'],
  },
  {
    match: '#Keep .{0,8} (after|beyond|once)',
    tag: 'Retention',
    reason: 'keeps data after an event',
    examples: ['We do not keep your card details after your booking is complete.'],
  },
  {
    match: '#Delete as soon as',
    tag: 'Retention',
    reason: 'deleted as soon as it is not needed',
    examples: ['Personal data will be erased as soon as the purpose no longer applies.'],
  },
  {
    match: '#Delete .{0,4} (days|weeks|months|years)',
    tag: 'Retention',
    reason: 'deleted after a period',
    examples: ['Your viewing history is deleted 24 months after you cancel.'],
  },
  {
    match: '(when|once|after|if) you (delete|close|cancel|terminate|deactivate) .{0,2} (account|subscription|contract|service)',
    tag: 'Retention',
    reason: 'what happens to data when an account ends',
    examples: ['When you delete your account, we delete the things you have posted.'],
  },
  {
    match: '(period|periods) .{0,3} (ends|expires|ended|expired|lapses)',
    tag: 'Retention',
    reason: 'end of a retention period',
    examples: ['Once this period ends, we delete the records.'],
  },
  {
    match: 'for (up to|at least|a maximum of|a minimum of) .{0,2} (days|months|years)',
    tag: 'Retention',
    reason: 'a stated storage period',
    examples: ['Server logs record visitors for up to 30 days.', 'We keep records for at least six years.'],
  },
  {
    match: 'longer than (necessary|needed|required)',
    tag: 'Retention',
    reason: 'not kept longer than needed',
    examples: ['Data is not kept longer than necessary.'],
  },
];

const transfer: ClassifierRule[] = [
  {
    match: '#Transfer .{0,8} #Place',
    tag: 'Transfer',
    reason: 'transfers data to other countries',
    examples: ['We do not transfer your personal information to other countries.', 'Data may be transferred outside the EEA.'],
  },
  {
    match: '#Locate .{0,10} #Place',
    tag: 'Transfer',
    reason: 'says where data is stored or processed',
    examples: ['Your data is stored on servers located in Canada.', 'We may process your information outside of the European Union.'],
  },
  {
    match: '#Locate .{0,5} located .{0,4} #Place',
    tag: 'Transfer',
    reason: 'where servers or databases are located',
    examples: ['if any of our servers are from time to time located in a country outside of the EU'],
  },
  {
    match: '#ThirdParty .{0,4} located .{0,4} #Place',
    tag: 'Transfer',
    reason: 'where processors are located',
    examples: ['Some of our partners are located in countries outside the EEA.'],
  },
  {
    match: '(stays|stay|remains|remain|resides|reside) (in|within|inside) .{0,2} #Place',
    tag: 'Transfer',
    reason: 'data stays in a place',
    examples: ['Your data stays in the EU.'],
  },
  {
    match: '#Data .{0,5} located .{0,4} #Place',
    tag: 'Transfer',
    reason: 'where data is located',
    examples: ['Your data is located in Canada.'],
  },
  {
    match: '#Place .{0,6} #Locate',
    tag: 'Transfer',
    reason: 'names the country holding the data',
    examples: ['Ireland is where our data centres are.', 'in Canada, where our servers are'],
  },
  {
    match: '(this|such|these) (transfer|transfers)',
    tag: 'Transfer',
    reason: 'agrees to a data transfer',
    examples: ['By submitting your data, you agree to this transfer.', 'Where we make such transfers we use standard contractual clauses.'],
  },
  {
    match: '(countries|country) .{0,8} (laws|law|protection)',
    tag: 'Transfer',
    reason: 'foreign data-protection laws',
    examples: ['Some countries may not have the same data protection laws.'],
  },
  {
    match: '(leave|leaves|leaving) (your|the) (device|phone|computer|browser)',
    tag: 'Transfer',
    reason: 'whether data leaves the device',
    examples: ['Location data never leaves your device.'],
  },
  {
    match: '(standard contractual clauses|adequacy decision|privacy shield|binding corporate rules)',
    tag: 'Transfer',
    reason: 'transfer safeguard',
    examples: ['We rely on standard contractual clauses approved by the Commission.'],
  },
];

const rights: ClassifierRule[] = [
  {
    match: '(right|rights) to (obtain|receive|be) .{0,2} (informed|forgotten|confirmation|information|notified|copy|accounting|data)',
    tag: 'Rights',
    reason: 'a right to obtain or be told something',
    examples: ['You have the right to obtain confirmation of processing.', 'the right to be forgotten', 'the right to receive an accounting of disclosures'],
  },
  {
    match: '(anonymity|pseudonymity|pseudonym)',
    tag: 'Rights',
    reason: 'dealing with the operator anonymously',
    examples: ['You may deal with us anonymously or by using a pseudonym.'],
  },
  {
    match: '(request|requests) for (disclosure|access|correction|deletion|erasure|rectification|a copy)',
    tag: 'Rights',
    reason: 'a request to see or change data',
    examples: ['When a request for disclosure is received, we respond without delay.'],
  },
  {
    match: '(right|rights) to .{0,3} #RightAction',
    tag: 'Rights',
    reason: 'a right of the person',
    examples: ['You have the right to access your data.', 'the right to request deletion of your account'],
  },
  {
    match: '#Subject (have|has) .{0,3} rights',
    tag: 'Rights',
    reason: 'the person has rights',
    examples: ['you have certain data protection rights', 'Users have rights under the GDPR.'],
  },
  {
    match: '#Subject (can|may|could) .{0,3} #RightAction .{0,4} #Data',
    tag: 'Rights',
    reason: 'the person can act on their data',
    examples: ['Clients can view and update their personal information.', 'You can revoke the app’s access to your health data.'],
  },
  {
    match: '#Subject (can|may|could) .{0,3} #RightAction .{0,4} #Marketing',
    tag: 'Rights',
    reason: 'the person can control marketing',
    examples: ['You can turn off personalised ads in the app settings.'],
  },
  {
    match: '#Subject (can|may|could) .{0,3} (close|delete|deactivate) (your|their|the|an)? account',
    tag: 'Rights',
    reason: 'closing or deleting the account',
    examples: ['You can close your account at any time.'],
  },
  {
    match: 'object to (the|our|any)? (processing|use)',
    tag: 'Rights',
    reason: 'objecting to processing',
    examples: ['You can object to the processing of your data for direct marketing.'],
  },
  {
    match: 'request that? we? (a|an|the)? #RightAction',
    tag: 'Rights',
    reason: 'requesting a correction, access or deletion',
    examples: ['users can request a correction', 'You can also request the deletion of your account.', 'You may request that we restrict processing.'],
  },
  {
    match: '(opt out|opting out|opt-out|opt in|opt-in|unsubscribe|unsubscribing)',
    tag: 'Rights',
    reason: 'opting out or in',
    examples: ['Opting out of these notifications stops them.', 'Click unsubscribe in any email.', 'only if you opt in'],
  },
  {
    match: 'ask us to .{0,1} #RightAction',
    tag: 'Rights',
    reason: 'asking the operator to act on data',
    examples: ['You can ask us to erase your data.'],
  },
  {
    match: 'can be (disabled|deactivated|switched|turned|changed|updated|corrected|deleted|removed|managed|withheld|blocked|hidden)',
    tag: 'Rights',
    reason: 'a setting the person can change',
    examples: ['Push notifications can be disabled in your settings.', 'Your calling line identity can be withheld.'],
  },
  {
    match: 'not .{0,2} (hear|hearing) from us',
    tag: 'Rights',
    reason: 'choosing not to hear from the operator',
    examples: ['If you would rather not hear from us, let us know.'],
  },
  {
    match: 'do not (sell|share) .{0,3} my',
    tag: 'OptOut',
    reason: 'a "Do Not Sell My Personal Information" link',
    examples: ['Use the Do Not Sell or Share My Personal Information link.'],
  },
  {
    match: '(global privacy control|do not track signals|do not track signal|do not track requests)',
    tag: 'OptOut',
    reason: 'a browser opt-out signal',
    examples: ['We honour Global Privacy Control signals.', 'We do not respond to Do Not Track signals.'],
  },
  {
    match: 'unless you (tell|ask|instruct) us not to',
    tag: 'Rights',
    reason: 'an opt-out choice',
    examples: ['We may share it with our affiliates unless you tell us not to.'],
  },
  {
    match: '(exercise|exercises|exercising) .{0,4} (right|rights)',
    tag: 'Rights',
    reason: 'exercising rights',
    examples: ['We will not discriminate against you for exercising your privacy rights.'],
  },
  {
    match: '(complaint|complaints|complain) .{0,8} (regulator|commissioner|authority|ombudsman|access|privacy|personal|ico|oaic|cnil|ftc|dpc)',
    tag: 'Rights',
    reason: 'complaint to a regulator or about personal data',
    examples: ['You may lodge a complaint with the supervisory authority.', 'You can complain to the Information Commissioner.', 'you may complain to the OAIC'],
  },
  {
    match: '(supervisory|data protection) authority',
    tag: 'Rights',
    reason: 'names the supervisory authority',
    examples: ['Contact your local data protection authority.'],
  },
  {
    match: '(withdraw|withdrawing|revoke) .{0,2} #Consent',
    tag: 'Rights',
    reason: 'withdrawing consent',
    examples: ['You can withdraw your consent at any time.'],
  },
  {
    match: '#Consent .{0,6} (withdraw|withdrawn|revoke|revoked)',
    tag: 'Rights',
    reason: 'consent can be withdrawn',
    examples: ['Where we rely on consent, you may withdraw it at any time.', 'Consent can be withdrawn by email.'],
  },
  {
    match: '(do|does) not (want|wish) us? to (receive|be|use|contact|send)',
    tag: 'Rights',
    reason: 'choice not to receive marketing',
    examples: ['If you do not wish to be contacted, tell us.', 'you do not want to receive our newsletter', 'If you do not want us to use your data for marketing, tell us.'],
    keepsCollection: true,
  },
  {
    match: '(choice|choices|option|choose) .{0,8} (receive|whether)',
    tag: 'Rights',
    reason: 'a choice about receiving communications',
    examples: ['You have the option to select whether you want to receive marketing material.'],
  },
  {
    match: '(change|update|manage|set|setting|review) .{0,3} (preferences|settings)',
    tag: 'Rights',
    reason: 'preference settings',
    examples: ['Update your marketing preferences in your account.', 'by setting your browser preferences'],
  },
  {
    match: '#Marketing .{0,14} #Consent',
    tag: 'Rights',
    reason: 'marketing needs consent',
    examples: ['We will not send marketing emails unless you have given your consent.'],
    keepsCollection: true,
  },
  {
    match: '#Consent .{0,8} #Marketing',
    tag: 'Rights',
    reason: 'consent asked before marketing',
    examples: ['We must obtain your written authorisation before we use your information for marketing.'],
    keepsCollection: true,
  },
  {
    match: '(switch|switching|turn|turning|disable|disabling|block|blocking|reject|refuse|delete) off? .{0,4} #Cookie',
    tag: 'Rights',
    reason: 'disabling cookies',
    examples: ['You can block cookies in your browser.', 'how to switch off cookies', 'set your browser to refuse all or some browser cookies'],
  },
  {
    match: '#Cookie .{0,10} (block|disable|reject|refuse|remove)',
    tag: 'Rights',
    reason: 'browser controls for cookies',
    examples: ['Browsers accept cookies, but let you block or delete them.'],
  },
  {
    match: '(copy|copies) of (your|the|their|all) .{0,1} #Data',
    tag: 'Rights',
    reason: 'a copy of the person\'s data',
    examples: ['You can ask for a copy of the personal information we hold about you.'],
  },
  {
    match: '#Cookie off',
    tag: 'Rights',
    reason: 'turning cookies off',
    examples: ['Turning cookies off may break some features.'],
  },
  {
    match: '(send|submit|make|handle|process|fulfil|fulfill|respond) .{0,2} (request|requests)',
    tag: 'Rights',
    reason: 'handling a rights request',
    examples: ['Please send your request to our privacy officer.', 'We will respond to requests within a month.'],
  },
  {
    match: '(requests|request) to #RightAction',
    tag: 'Rights',
    reason: 'a request to act on data',
    examples: ['Requests to delete data can be sent to support.'],
  },
  {
    match: 'request .{0,3} (information|copy) (on|of|about) .{0,3} #Data',
    tag: 'Rights',
    reason: 'request a copy of data',
    examples: ['You may request a copy of your personal data.', 'to request information on data stored'],
  },
];

const steering: ClassifierRule[] = [
  {
    match: '#Negator #Hedge? (be|been|being)? #Practice',
    tag: 'Negation',
    reason: 'a practice is ruled out',
    examples: ['We will never sell your data.', 'We do not transfer data abroad.', 'It is not stored in a database.', "We don't share it.", 'We do not knowingly collect data from children.'],
  },
  {
    match: '(neither|none|nobody) .{0,6} #Practice',
    tag: 'Negation',
    reason: 'nobody handles the data',
    examples: ['Neither we nor our partners sell your personal information.', 'None of your data is shared.'],
  },
  {
    match: '(at no time|under no circumstances|in no event|in no case)',
    tag: 'Negation',
    reason: 'a practice is ruled out at all times',
    examples: ['At no time do we sell your personal information.', 'Under no circumstances will we rent your email address.'],
  },
  {
    match: 'no #Data .{0,4} #Practice',
    tag: 'Negation',
    reason: 'no data is handled',
    examples: ['No personal information is collected without consent.'],
  },
  {
    match: '(unless|except|without|until|other than|if|save|but)',
    tag: 'Condition',
    reason: 'a condition limits the practice',
    examples: ['We do not share data unless the law requires it.', 'not transferred without adequate protection'],
  },
  {
    match: '^.? we (may|will|can|also|only)? #Practice .{0,12} #Negator',
    tag: 'Condition',
    reason: 'an affirmative practice comes first',
    examples: ['We collect your name and we do not share it.', '2. We use cookies but never sell the data.'],
  },
  {
    match: '(be|is|are) used to identify',
    tag: 'Condition',
    reason: 'the negation is about identifying the person',
    examples: ['Statistics are aggregated and cannot be used to identify you.'],
  },
  {
    match: '(longer|more) than',
    tag: 'Condition',
    reason: 'limited to a period or to what is needed',
    examples: ['Data is not kept longer than necessary.', 'We will not retain your data longer than 30 days.'],
  },
  {
    match: '(policy|statement|notice) .{0,5} (explains|describes|applies|apply|covers|outlines|help|helps|sets|inform|informs|prepared|tells)',
    tag: 'NotAPractice',
    reason: 'describes the policy itself',
    examples: ['This policy explains how we collect and use data.', 'This Privacy Policy has been prepared to inform you of our practices.', 'Policy changes will apply to information collected.'],
  },
  {
    match: 'for the purposes of (this|these|the|any)? #Neutral',
    tag: 'NotAPractice',
    reason: 'names the law the policy is written for',
    examples: ['For the purposes of data protection law, we are the controller.'],
  },
  {
    match: '(purpose|purposes|scope) of (this|the) (policy|statement|notice|agreement)',
    tag: 'NotAPractice',
    reason: 'states the purpose of the policy',
    examples: ['The purpose of this policy is to explain what personal information we store.'],
  },
  {
    match: '(precautions|safeguards|measures|steps|effort|efforts) to (secure|protect|safeguard)',
    tag: 'Security',
    reason: 'security measures',
    examples: ['We take reasonable precautions to secure the information collected from you.'],
  },
  {
    match: '(guarantee|ensure|ensuring|maintain|preserve|preserving) .{0,2} (security|safety|confidentiality)',
    tag: 'Security',
    reason: 'keeping data secure',
    examples: ['Once we receive your information, we make our best effort to ensure its security.'],
  },
  {
    match: '(reserves|reserve) the right',
    tag: 'OperatorRight',
    reason: 'a right of the operator',
    examples: ['The company reserves the right to refuse access to the service.'],
  },
  {
    match: '^#Data+ (means|refers)',
    tag: 'NotAPractice',
    reason: 'a definition',
    examples: ['Personal data means any information about a person.'],
  },
];

export const CLASSIFIER_RULES: ClassifierRule[] = [...collection, ...sharing, ...retention, ...transfer, ...rights, ...steering];
