import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { DATA_ITEM_TERMS, LAW_TERMS, PLACE_TERMS, RIGHT_TERMS, matchTerms, placeTermsIn } from '../../src/core/facts/lexicon';
import { segmentClauses } from '../../src/core/segment';

describe('data item lexicon', () => {
  it.each([
    ['We keep your name, address and telephone number.', ['name', 'address', 'phone']],
    // A browser's address bar, login addresses kept in a cookie, an operator's designated e-mail addresses, and a web or file location are no one's address or location.
    ['Such a web location is shown in the address bar.', []],
    ['We use cookies to remember users’ settings, store login addresses and authenticate users.', ['cookies']],
    ['You can send feedback by sending an e-mail to any of our designated addresses.', ['communications']],
    // An address offered "for all the enquiries you might have" invites contact; it is not correspondence held.
    ['Use this email for all the enquiries you might have:', []],
    ['Choose a file location for the backup.', []],
    ['To tailor content, including to offer location customization and personalized help.', []],
    ['Contact details: e-mail address and mobile number', ['phone', 'email']],
    ['Can include name, phone number and email.', ['name', 'phone', 'email']],
    ['Name, telephone and telefax numbers, e-mail address.', ['name', 'phone', 'email']],
    ['Telephone / mobile phone number', ['phone']],
    // "your email" beside a name or password, or said to be stored, is the address; "your email or letter" is a message.
    ['When you sign up we collect your e-mail and name.', ['name', 'email']],
    ['If you subscribe to the newsletter, your e-mail will be stored.', ['email']],
    ['Mark your email or letter "Privacy Request".', []],
    ['• Email', ['email']],
    ['Your IP address and operating system', ['ip-address', 'device-info']],
    ['Web pages and links you visit', ['browsing-activity']],
    ['your chats with other players', ['communications']],
    ['voice recordings made through the assistant', ['communications']],
    ["the commenter's IP address and browser user agent string", ['ip-address', 'device-info']],
    ['computer and connection information', ['device-info']],
    // "Information about your browser, network, and device": the device at the end of a list of what the information is about.
    ['Information about your browser, network, and device', ['device-info']],
    ['a list of applications installed on your device', ['device-info']],
    ['aggregate statistics about app usage and crashes', ['browsing-activity']],
    ['cookies that record the session referrer and landing page', ['browsing-activity', 'cookies']],
    // The address just named after an e-mail is the e-mail address; a postal one named beside it is not.
    ['When you give us an e-mail address, the address is only used to deliver the token', ['email']],
    ['We ask for your e-mail address and your address for delivery', ['address', 'email']],
    // The operator's own address, however qualified, is no data about the person.
    ['Our full mailing address is in the Questions and Concerns section of this Policy.', []],
    ['We collect your full mailing address.', ['address']],
    ['If an email we sent to you previously bounced or was marked as spam, we will retain a record of this so we can avoid sending to that address again.', []],
    // The place on a site a request goes to is not the person's location; a device's model and software version are device data.
    ['We record the date and time, the location on AnkiWeb that is being accessed, your IP address, and browser version.', ['ip-address', 'device-info']],
    ['non-personalized data about the devices\' models, software versions and the language', ['device-info']],
    ['The logs store which IP addresses visit our site, what web browser was used and what file was accessed', ['ip-address', 'device-info', 'browsing-activity']],
    ['We record your IP address', ['ip-address']],
    ['A hashed IP is stored with this information to help prevent spammers.', ['ip-address']],
    ['Some more sensitive data such as votes and hashed IPs are stored in a private database.', ['ip-address']],
    ['You must not infringe your IP rights or ours.', []],
    ['This information may include internet protocol (IP) addresses and browser type', ['ip-address', 'device-info']],
    ['copies of IDs and proof of residence', ['address', 'identity-documents']],
    ['information contained on an identification card', ['identity-documents']],
    ['your ID number or passport number', ['id-number']],
    ['Debit order or credit card details', ['payment-details']],
    ['Details about the financial accounts you designate to make payments, including payment card information.', ['payment-details']],
    ['The technologies we use to track your movements around our website include pixels.', ['browsing-activity']],
    ['We may record your movements around our offices on CCTV for safety.', []],
    ['VAT numbers and company registration details', ['company-details']],
    ['pages reviewed on our website and links on which you click', ['browsing-activity']],
    ['the location of your computer', ['location']],
    ['Like many websites, we use cookies.', ['cookies']],
    ['Processing a job application or CV', ['job-application']],
    ['Information on purchases and orders', ['purchase-history']],
    // A purchase's amount and date are its record; "at the time of the transaction" is a moment, not data.
    ['* Purchase amount', ['purchase-history']],
    ['your purchase and content use history', ['purchase-history']],
    ['Your interests and purchase behavior', ['purchase-history']],
    ['* Date and time of purchase', ['purchase-history']],
    ['The name of the third party will be displayed at the time of the transaction.', []],
    ['when you submit an enquiry or contact us', ['communications']],
    ['Emails sent to us will be retained', ['communications']],
    // Feedback named as an item of a list is what the person sends; bare "communications" in a list is often the operator's own.
    ['payment details, comments, feedback, product reviews and your profile', ['payment-details', 'communications']],
    ['We send marketing, communications, purchase receipts and product news.', ['purchase-history']],
    // From test/fixtures/heldout-sentences.jsonl (read after the lexicon's first version, then used to extend it).
    ['information about the apps, browsers and devices you use, including browser type and operating system', ['device-info']],
    ['We may record telephone calls with you to check your instructions.', ['communications']],
    // An address that is not a postal one.
    ['your IP address, MAC address and the address of the page that referred you', ['ip-address', 'device-info', 'browsing-activity']],
    ['page views and search queries', ['browsing-activity']],
    ['your ZIP code, to calculate tax', ['location']],
    ['if you apply for a job with us', ['job-application']],
    ['the content of your messages to support', ['communications']],
    ['your organisation name and job title', ['company-details']],
    ['email address, information about you or your business, credit card', ['email', 'payment-details', 'company-details']],
    ['contact information (such as name, organization, address and e-mail address)', ['name', 'address', 'email', 'company-details']],
    ['Name, Organisation (for business accounts), Postal Address', ['name', 'address', 'company-details']],
    ['We are a small organisation, and we collect your name.', ['name']],
    ['log files with referring/exit pages and number of clicks', ['browsing-activity']],
    ['Usage Data is collected automatically when using the Service.', ['browsing-activity']],
    ['Please attach your resume when you apply.', ['job-application']],
    ['Cookies help you resume where you left off.', ['cookies']],
    ['past employment information, resumes, reference letters', ['job-application']],
    ['Cookies are small files transferred to your browser.', ['cookies']],
    ['your browser type and version, and the pages you visit', ['device-info', 'browsing-activity']],
    ['registrations there need a scanned copy of a government-issued ID', ['identity-documents']],
    ['we may ask for a government-issued ID to verify who you are', ['identity-documents']],
    ['your device Internet Protocol ("IP") address, device name and the time and date of your use of the app', ['ip-address', 'device-info', 'browsing-activity']],
    ['the features you used and the actions you take in the app', ['browsing-activity']],
    ['providers who monitor and analyse the use of our service', ['browsing-activity']],
    ['browser name, computer type and ISP', ['device-info']],
    ['log files with system configuration information', ['device-info']],
    ['we read your feedback and answer your inquiries', ['communications']],
    ['bug reports and chat messages you send from the game', ['communications']],
    ['the URI addresses of the resources requested', []],
    ['unique identifiers, and identification numbers associated with your devices', []],
    ['your ID number', ['id-number']],
    ['• IP-Address', ['ip-address']],
    // A device's identification number identifies the device, and an address book holds contacts, not a postal address.
    ['unique device identification numbers and other technical information', []],
    ['service info downloaded, address book information, etc.', []],
    ['such as messages submitted to us through online forms, chat, or email', ['communications']],
    // A website's address is a URL, and a resettable advertising ID identifies a device, not a person.
    ['access times, pages visited, and referring website addresses', ['browsing-activity']],
    ['advertising ID (a unique, user-resettable identification number for advertising)', ['device-info']],
    ['Customer service interaction information and survey information', ['communications']],
    ['the feedback data sent by you', ['communications']],
    // Messages between users held by the service, and mail to its support, by other wordings.
    ['the messages that you exchange with other users via our private messaging service', ['communications']],
    ['Emails or letters that you send to our customer services.', ['communications']],
    ['questions you send to our support team', ['communications']],
    ['Letters you send to your bank', []],
    // Usage named by what was seen, searched or done, and where the person came from.
    ['visited pages, login dates and times', ['browsing-activity']],
    ['your search and watch history', ['browsing-activity']],
    ['Searches performed on the service', ['browsing-activity']],
    ['online sites or services visited before you visit our service', ['browsing-activity']],
    ['general user activity on the site', ['browsing-activity']],
    ['See our no-logging of user activity policy.', []],
    ['Book a visit to our pages.', []],
    // Identity documents by other names; a government ID's number is an ID number, not the document.
    ['the verification documents submitted to us', ['identity-documents']],
    ['a selfie and your identification document', ['identity-documents']],
    ['Government identification may be required to verify your request.', ['identity-documents']],
    ['a form of identification (if requested)', ['identity-documents']],
    ['your social security number or other government identification number', ['id-number']],
    ['or other government identification information', []],
    // The person's organisation by other wordings.
    ['information about you and the company for which you work', ['company-details']],
    ['your credit card information and/or organisational details', ['payment-details', 'company-details']],
    // Where the person is, coarsely; not where a law applies whichever country they are in.
    ['Geographic information such as country or state', ['location']],
    ['where users are geographically located', ['location']],
    ['the date and time of your visit and the country you are in', ['browsing-activity', 'location']],
    ['we apply Canadian law, regardless of which country you are located in', []],
    // Information about the person's computer or terminal.
    ['information regarding your computer', ['device-info']],
    ['data concerning your terminal and your browser', ['device-info']],
    ['information you give us when you email us or post comments', ['communications']],
    ['When corresponding with us by letter or otherwise', ['communications']],
    // A record of what was bought, as the CCPA's category words it.
    ['Commercial information (such as products purchased)', ['purchase-history']],
    ['records of products or services purchased, obtained, or considered', ['purchase-history']],
    ['the time and date, and purchased services or products', ['purchase-history']],
    ['records of your purchases and transactions', ['purchase-history']],
    ['transactional details and financial details from payment providers', ['purchase-history']],
    ['details of the services ordered and payments made', ['purchase-history']],
    ['Commercial information, including purchases', ['purchase-history']],
    // What was bought, named as what is provided, is no record of it.
    ['necessary for the products or services you have purchased', []],
    // Communications: records of calls, stored mail, what you send us.
    ['call detail records and the numbers you dial', ['communications']],
    ['incoming mail is kept until you delete it', ['communications']],
    ['chat history is stored for the length of the meeting', ['communications']],
    ['whatever you tell us when you communicate with us by phone', ['communications']],
    ['any communications between you and our staff', ['communications']],
    ['if you choose to send us feedback about the app', ['communications']],
    ['when you request technical support', ['communications']],
    // Device information by other names.
    ['the device details and IMEI of your handset', ['device-info']],
    ['the type of device you use and its user agents', ['device-info']],
    ['the browser being used at the time', ['device-info']],
    // Identity documents.
    ['a valid photo ID, such as a driving licence', ['identity-documents']],
    ['we may ask you to provide identification before we act on your request', ['identity-documents']],
    ['documents to verify your identity, such as your passport', ['identity-documents']],
    ['Sign in with Microsoft Passport', []],
    // Company details.
    // A tax identification number is also an identification number.
    ['your tax identification number', ['id-number', 'company-details']],
    ['business information such as your industry category', ['company-details']],
    ["your employer's name and the organisation you work for", ['company-details']],
    // "Company" as the provider's own name: information about its device is not company details.
    ['information about your Company device, such as its operating system version', ['device-info']],
    ['we may ask you to send us an ID or a utility bill to check your address', ['address', 'identity-documents']],
    ['name, address and bank connection for the membership fee', ['name', 'address', 'payment-details']],
    // Government numbers in their Canadian and driving wordings.
    ["your driver's licence number and Social Insurance number", ['id-number']],
    // A place to keep things is no location of the person's; the device's physical location is.
    ['We store personal information in a secure location, accessible by designated staff.', []],
    ['Contact details are kept in a centralised location for project members.', []],
    ['the physical location of the device', ['location']],
    // "addresses" as a verb, the operator's own address and premises; the person's premises are an address.
    ['This Privacy Policy addresses only our use and disclosure of information we collect.', []],
    ['Find and address violations of the Agreement.', []],
    ['The e-mail includes the physical address of our business location.', []],
    ['We use CCTV on our premises for security reasons.', []],
    ['An engineer will visit your premises to install the router.', ['address']],
    // An ID number qualified by what it numbers (a vendor registration, a product, a transaction) is not the person's.
    ['Acme is registered with the IAB as a Vendor (IAB / TCF identification number 573).', []],
    ['transaction ID, product identification number, order history', ['purchase-history']],
    ['a one-time use ID number so we can validate the transaction', []],
    // The address after an IP written out, or after a company's name, is neither a postal address of the person's.
    ['• IP (internet protocol) address', ['ip-address']],
    // A list of the person's data still names the address, and a job function is the person's.
    ['We collect your name, address, and phone number.', ['name', 'address', 'phone']],
    ['your job function and your employer', ['company-details']],
    // A mail address is an e-mail address, and so is "the same address" said of it.
    ['Disabling keeps the mail address, so that nobody can ask for the same address later.', []],
    ['We send the e-mail address you typed to our partners, who return available addresses.', ['email']],
    // A record of what was bought, in its usual wordings.
    ['the transaction ID of your PayPal payment', ['purchase-history']],
    ['your purchase history and order details', ['purchase-history']],
    ['information about your past purchases', ['purchase-history']],
    ['timestamps, clicks, searches, transactions, referral pages', ['browsing-activity', 'purchase-history']],
    ['purchase receipts and product news', ['purchase-history']],
    // A résumé listed on its own line, and a work history, are a job application; the verb "resume" is not.
    ['• Resume', ['job-application']],
    // A message to the support desk, or the support form, is a communication.
    ['when you register on our site or send a message to our Tech Support via the support form', ['communications']],
    // The name of a company or an app is not the person's name.
    ['The name of the third party will be displayed at the time of the transaction.', []],
    ['the name of the app you use and your full name', ['name']],
    ['browser version, platform name and display settings', ['device-info']],
    ['your employment history and references', ['job-application']],
    ['We resume the service once payment is received.', []],
    ['dates and times of each login, page and image viewing statistics, and incoming and outgoing links', ['browsing-activity']],
    ['Processing any orders that you have submitted', ['purchase-history']],
    ['Auditing customer transactions.', ['purchase-history']],
    // Words from policies read on first contact (session 37), in general form.
    ['We keep IP logs for 180 days.', ['ip-address']],
    ['To order a physical item from us, we will ask for shipping details.', ['address']],
    ['the shipping information you give us', ['address']],
    ['We keep a record of purchases made through the app.', ['purchase-history']],
    // A MAC address spelled out is a device's, not a postal address.
    ['the Media Access Control (“MAC”) address associated with your Device', ['device-info']],
    // An advertising ID called "an identification number" is the device's, not an ID number.
    ['an identification number (Advertising ID) that can be clearly assigned to your device', ['device-info']],
    ['We collect information about how you use the app.', ['browsing-activity']],
    ['driver’s license / government ID number (if provided for identity verification)', ['id-number']],
    ['If you don’t have a driver’s license, another identification method will be used.', []],
    // A session's number is no ID number.
    ['Cookies record your session identification number.', ['cookies']],
    ["We collect your name, driver's license and banking information.", ['name', 'identity-documents']],
    // A telecom's records of calls and messages are communications; what is bought is purchase history.
    ['the phone numbers of calls, texts and MMS made and received by you', ['phone', 'communications']],
    ['information about you, including the calls you make', ['communications']],
    ['Our call records may include the originating number.', ['communications']],
    ['You can make calls and send texts with our app.', []],
    ['information about how and where you purchase and use our products', ['purchase-history']],
    ['details of the products you purchase from us', ['purchase-history']],
    // A computer's name and the referring page's address are a device's and a visit's, not the person's name and address.
    ["your computer's name, the type and version of your web browser, referrer addresses", ['device-info', 'browsing-activity']],
    ['the name of your computer', []],
  ])('%s → %j', (text, items) => {
    expect(matchTerms(text, DATA_ITEM_TERMS)).toEqual(items);
  });

  it.each([
    'We will not contact you by email, phone or text message.',
    'content presented in the most effective manner for your device',
    'your domain name',
    'the app name and the file name',
    'A visitor may close the Feedback Poll widget at any time.',
    'we may send marketing emails',
    'when you are shifting your business location to a different country',
    'Our Service does not address anyone under the age of 18.',
    // "address" as a verb in a row of verbs, the company's own address, and staff's job functions.
    'to assess risk and to investigate, address, and prevent fraud and abuse',
    'to identify and address technical issues',
    'Acme Limited is registered in Ireland, and its registered address is 1 Central Park, Dublin.',
    'Write to us at our postal address below.',
    'Access is restricted to employees who require it to perform their job functions.',
    'We limit access of information to authorized personnel, based on job function and role.',
    // A wallet's address is on a blockchain; "will properly address" is a verb.
    'we process PUBLIC wallet addresses that you generate',
    'your blockchain wallet address functions as your identity',
    'if you send a warning about such posts, we will properly address it',
    // An ID number the service assigns to an account is no identity number; a company's address is not the person's.
    'When you register, we assign you a unique ID number that we use to recognise you.',
    'This ID number helps us recognize you when you are signed in.',
    'Name of the controller: Acme Oy Address: Mannerheimintie 1, Helsinki',
    // Registering for an account is not a company's registration.
    'process your registration details, account activity and purchases to analyse how you shop',
    'the data we store (we use simplified field names below)',
    'to detect and prevent fraudulent transactions',
    'only what is essential for the specific transaction at hand',
    'partners from whom we collect or purchase Personal Data',
    // Buying, or a transaction as a purpose, is not a record of purchases.
    'to process payment transactions',
    'when you make a purchase on our website',
    'to provide the services you have purchased from us',
    'Customers that purchase a paid version of the Services',
    'to complete the transaction for which the data was collected',
    'so you can place orders and manage your services',
    // Paying is not a record of what was bought.
    'For purchases made online, we rely on our processor.',
    // "address" as a verb after "otherwise".
    'to detect, investigate, prevent, take action regarding or otherwise address suspected or actual illegal activities',
    // A trading name, a session's number and confirmations sent to the person are no data collected.
    'We operate under the name of Monzo.',
    'We will send you related information, including purchase confirmations and invoices.',
    'how you use the information',
  ])('names no data item in %s', (text) => {
    expect(matchTerms(text, DATA_ITEM_TERMS)).toEqual([]);
  });
});

describe('rights lexicon', () => {
  it.each([
    ['You have the right to request us to update or delete your personal information.', ['correction', 'deletion']],
    ['Clients can view and update their personal information.', ['access', 'correction']],
    ['All users can see, edit, or delete their personal information at any time.', ['access', 'correction', 'deletion']],
    // An exported file of the data held is a copy of it; no format to take elsewhere is named.
    ['You can request to receive an exported file of the personal data we hold about you.', ['access']],
    ['Our exported file of the product catalogue is public.', []],
    // Moving the data the person gave to the operator is portability; moving data abroad is not.
    ['you may contact us to request that we transfer personal information that you have provided to us', ['portability']],
    ['We may transfer personal information to our offices in Canada.', []],
    // Updating what was just named.
    ['you can view, and in certain situations, updating that information', ['correction']],
    ['You can change this information at any time via your account settings.', ['correction']],
    ['you can change or delete it at any time', ['correction', 'deletion']],
    ['We may change this privacy policy at any time.', []],
    // Data held that is wrong, and a way to say so: the right to have it corrected; an unfinished sign-up is not.
    ['If you believe that any information we are holding on you is incorrect or incomplete, please write to or email us.', ['correction']],
    ['If your registration is incomplete, contact support to finish it.', []],
    // Revoking a consent, in any form of the verb, is withdrawing it; revoking a username is not.
    ['Please note that revoking this consent might limit our ability to provide the service.', ['withdraw-consent']],
    ['the revocation of your consent does not affect processing before it', ['withdraw-consent']],
    ['You will append a new statement to your sigchain, revoking the old Twitter username.', []],
    ['You can change your consent preferences at any time by contacting us.', ['withdraw-consent']],
    // A request that data be deleted, or its processing limited; data "will be deleted" by the operator is not a right.
    ['to request that your personal data is rectified or deleted, or its processing limited.', ['correction', 'deletion', 'restriction']],
    ['Your data will be deleted after 30 days.', []],
    // Stopping marketing is the marketing opt-out; opting out of data collection or tracking is not.
    ['You may choose to stop receiving personalized advertising or marketing promotions from us by contacting us.', ['opt-out-marketing']],
    ['Read the telemetry documentation to learn how to opt-out of this data collection.', []],
    ['To opt out of tracking by Google Analytics, click here.', []],
    ['You can withdraw your consent at any time by updating your marketing preferences.', ['withdraw-consent', 'opt-out-marketing']],
    ['the right to access, to object, and to erase, restrict or receive a machine-readable copy', ['access', 'deletion', 'objection', 'restriction', 'portability']],
    ['You may make a complaint to the Information Commissioner’s Office (ICO).', ['complaint']],
    ['Opting out of these notifications will remove you.', ['opt-out-marketing']],
    ['users can request a correction of an inaccuracy', ['correction']],
    ['You can edit your profile at any time.', ['correction']],
    ['If your information changes, log in and update it.', ['correction']],
    ['You may review, access, amend or correct the information we hold.', ['access', 'correction']],
    // From test/fixtures/heldout-sentences.jsonl.
    ['You can review and update your information in your account settings.', ['access', 'correction']],
    ['You can export a copy of your content to use it with another service.', ['portability']],
    ['After you cancel, you can download your data for 30 days.', ['portability']],
    ['request that we transfer your personal data to you or another service provider in a simple, structured format', ['portability']],
    ['You may receive your data in a structured, commonly used format.', ['portability']],
    ['You can ask for a copy of the personal information we hold about you.', ['access']],
    ["If you are unhappy, you can complain to the Information Commissioner's Office.", ['complaint']],
    ['You also have the right to lodge a complaint with your local data protection authority.', ['complaint']],
    // Finland's regulator is an ombudsman; an industry's ombudsman settles disputes and is no data protection regulator.
    ['You have the right to lodge a complaint with the Data Protection Ombudsman.', ['complaint']],
    ['You can lodge a complaint with the Telecommunications Industry Ombudsman.', []],
    ['If you have agreed to receive our offers, you may change your mind at any time.', ['withdraw-consent']],
    ['You can change your mind about the colour scheme later.', []],
    ['You may access, update, change or delete your PII through your account.', ['access', 'correction', 'deletion']],
    ['You can ask us to edit any wrong data we hold about you.', ['correction']],
    ['To query or modify your personal information, go to your profile.', ['correction']],
    ['Inaccurate or obsolete information may result in termination of your account.', []],
    ['If your details are inaccurate, let us know and we will fix them.', ['correction']],
    ['If you object to any changes, you must stop using the service.', []],
    // Revoking an app's or a company's access to an account is no withdrawal of consent; revoking a consent is.
    ['You can manage and revoke access to your YouTube data via the Google security settings page.', []],
    ["You may revoke Acme's access to your account on the integrated service at any time.", []],
    ['You can manage or revoke this at any time by logging in.', ['withdraw-consent']],
    ["To stop this sharing, remove Acme's access in your Facebook settings.", []],
    // The regulator's contact details offered after a complaint to the operator fails: a complaint to a regulator.
    ['If we cannot resolve it, we will provide you with the contact information of the appropriate privacy authority.', ['complaint']],
    ['You can find the contact details of your local privacy authority on its website.', ['complaint']],
    // Leaving a mailing list by other words: a hyphenated un-subscribe, no longer subscribed, a subscription that can be ended.
    ['Subscribers are given the opportunity to un-subscribe at any time.', ['opt-out-marketing']],
    ['If you wish to no longer be subscribed to emails or direct mail campaigns, contact support.', ['opt-out-marketing']],
    ['To be removed from a Renaissance email and/or mailing list, email us with REMOVE ME in the subject line.', ['opt-out-marketing']],
    ['Spam is removed from your inbox automatically.', []],
    ['Subscription to our newsletter may be terminated by the person concerned at any time.', ['opt-out-marketing']],
    ['You can cancel your subscription to our newsletters from your account.', ['opt-out-marketing']],
    ['You can cancel your subscription to the Pro plan at any time.', []],
    // Correcting by other words: changes to the information, its profile, change or request removal.
    ['You may request changes to your information.', ['correction']],
    ['We will need to verify any emailed requests for access or changes to your personal or account information.', ['access', 'correction']],
    ['You may object to the processing of your personal information, request that Acme restricts the processing of your personal information or request portability.', ['objection', 'restriction', 'portability']],
    ['Users may make any changes to their information at any time by logging in.', ['correction']],
    ['You can update your profile information in Settings.', ['correction']],
    ['You may change or request the removal of any personally identifiable information stored by us.', ['correction', 'deletion']],
    ['We may make changes to this policy at any time.', []],
    // Erasure as something had done to the data; objecting with words between the verb and its object; objections heard.
    ['4. to have your Personal Information erased by Us, unless it cannot be done', ['deletion']],
    ['• Object: You can object, on legitimate grounds, to the processing of your personal information.', ['objection']],
    // Two verbs sharing one "to": "object or restrict to our use".
    ['You may (iii) object or restrict to our use of your personal data.', ['objection', 'restriction']],
    ['7. to respond to objections by you with respect to Our processing of your Personal Information', ['objection']],
    ['We have your details checked by a courier and then erased.', []],
    ['The app does not request access or permission to track your location.', []],
    ['The app may ask for access to your device camera.', []],
    ['Request access to the personal data that we process about you.', ['access']],
    ['Information you provided may be withdrawn at any time by writing to us.', ['withdraw-consent']],
    ['Data collected from your devices (including portable and non-portable computers, mobile phones) may include:', []],
    ['You may receive your data in a portable format.', ['portability']],
    // Porting a phone number to another operator is not data portability; porting your data is.
    ['• Port to Airtel Prepaid', []],
    ['You can port your mobile number to another network.', []],
    // Number and device portability are a carrier's or a product's, not the person's right over data.
    ['Acme supports local number portability for all plans.', []],
    ['We see device and provider portability as critically important properties.', []],
    // Deleting the app is the person removing software, not asking for their data to be erased.
    ['If you delete the app, you will lose the data stored on your device.', []],
    ['You may end these conditions by deleting our Applications from your devices.', []],
    ['You may delete your account and the data we hold about you.', ['deletion']],
    // Access to content the service offers is not access to one's data.
    ['Your information is used to offer you access to a range of ideas worth sharing.', []],
    // The German template's wording of access and of restriction ("blocked", the older word).
    ['You have the right to request information about your stored personal data, its origin and its recipients.', ['access']],
    ['You also have a right to have this data corrected, blocked, or deleted.', ['correction', 'deletion', 'restriction']],
    ['You may access, correct, port, or delete your personal information.', ['access', 'correction', 'deletion', 'portability']],
    ['For our mobile apps, you can opt-out of crash log reporting in the settings.', []],
    ['You can opt out of our newsletters at any time.', ['opt-out-marketing']],
    // A web address's path is no opt-out offered: "…/opt-out".
    ['Our practices with respect to such signals are set forth in https://www.example.com/opt-out.', []],
    ['Refused requests are answered with the reason and your recourse to refer to the supervisory authority.', ['complaint']],
    // Taking data elsewhere, in other words.
    ['Members may download all of their account data at any time.', ['portability']],
    ['You may download all your personal data in a common format.', ['portability']],
    ['ask us to send your data to another service provider', ['portability']],
    ['your address book, which you can move to another online provider', ['portability']],
    ['you can see, export or delete every record we keep', ['deletion', 'portability']],
    ['Data may be transferred to another country.', []],
    // Opting out of cookies or of processing is not opting out of marketing; a denied opt-out is none.
    ['You can opt out of these cookies in your browser settings.', []],
    ['You may opt-out of future processing of your data.', ['objection']],
    ['You may not opt out of service announcements about your account.', []],
    ['You can opt out of promotional e-mails at any time.', ['opt-out-marketing']],
    ['You can see, review and change most of your personal information online.', ['access', 'correction']],
    ['For questions about reviewing, modifying, or deleting your information, contact us.', ['access', 'correction', 'deletion']],
    ['you have the right to ask us for details about what we have collected', ['access']],
    // Restricting use for marketing is opting out of marketing, not the right to restriction.
    ['If you would like to restrict our use of your data for marketing, write to us.', []],
    ['You may ask us to restrict processing while we check your data.', ['restriction']],
    ['every user may lodge a complaint with a supervisory authority', ['complaint']],
    ['you may withdraw the consent for direct marketing at any time', ['withdraw-consent']],
    ['you may choose to withdraw your specific consent by e-mail', ['withdraw-consent']],
    ['a copy in a structured and machine readable format', ['portability']],
    ['You can request and download an archive of your content, including your posts.', ['portability']],
    // Opting out of a use of your data objects to it, unless the use is advertising.
    ['Unless you opt out of our use of your viewing data, we include it in aggregate reports.', ['objection']],
    ['You may opt out of the use of your device identifiers for interest-based ads.', ['opt-out-marketing']],
    // An opt-out with an object is the marketing opt-out only when the object is marketing; objecting to marketing is one.
    ['You can opt out of all requests to our servers in the preferences.', []],
    ['You can opt out of receiving these from us.', ['opt-out-marketing']],
    ['To update your subscription preferences, please sign into your Account Management Panel.', ['opt-out-marketing']],
    ['You can manage your email preferences in your account.', ['opt-out-marketing']],
    ['Object to our processing of your Personal Data for direct marketing at any time', ['opt-out-marketing', 'objection']],
    // The right to know, "opt in or out" of mailings, and "opposition" (the French "opposition") to prospecting.
    ['Right to request information about our collection, use and disclosure of your personal information', ['access']],
    ['You may opt in or out of email subscriptions at any time.', ['opt-out-marketing']],
    // The person may turn to a regulator: a complaint by another name.
    ['You also have the right to contact a regulatory body or data protection authority in relation to your complaint.', ['complaint']],
    ['If your request or concern is not satisfactorily resolved by us, you can approach your local data protection authority.', ['complaint']],
    // Being entitled to know what data is collected is the right of access, however it is put.
    ['You are entitled to know what data we collect about you.', ['access']],
    ['A right of opposition to prospecting at any time', ['opt-out-marketing', 'objection']],
    // Open access and access to content are not the right of access.
    ['Open-access PDF retrieval can be disabled.', []],
    ['To allow you to request access to restricted content from other users', []],
    // Using a service, however it is named, is not seeing one's data; the right still is, whatever holds the data.
    ['The first time you access certain Comcast Web Services after you have created an account', []],
    ['you will still have full access to browse and examine the databases', []],
    ['You have the right to access the information our services hold about you.', ['access']],
    ['you have the right to lodge a complaint with the data privacy authority where you reside', ['complaint']],
    ['• a full export of your personal information', ['portability']],
    // A right's noun ("Transfer of your information to a third party") and "transmit" among the rights' verbs are portability; the operator transferring is not.
    ['• Transfer of your information to a third party', ['portability']],
    ['individuals are entitled to the right to access, correct, transmit, restrict, delete and object to processing', ['access', 'correction', 'deletion', 'objection', 'restriction', 'portability']],
    ['We may transfer your information to a third party.', []],
    // Data in an electronic or reusable format is portability; "portable devices" are hardware.
    ['Obtain your personal data in an electronic format', ['portability']],
    ['the right to receive it in a portable and readily usable format', ['portability']],
    ['Obtain a copy of your Data (in a format that can be used by third parties)', ['access', 'portability']],
    ['data on portable or other electronic devices', []],
    ['You have the right to withdraw this consent at any time.', ['withdraw-consent']],
    ['you can submit complaints or report to local privacy protection regulators', ['complaint']],
    // A claim brought before the regulator is a complaint; legal claims defended near a mention of one are not.
    ['Users have the right to bring a claim before their competent data protection authority.', ['complaint']],
    // A regulator by its English name: "the National Authority for the Supervision of Personal Data Processing".
    ['You have the right to fill a complaint at the National Authority for the Supervision of Personal Data Processing.', ['complaint']],
    // "said consent" withdrawn; the person requiring data to be correct asks for correction, the operator asking for correct data does not.
    ['Withdrawing said consent can be easily done by clicking “Unsubscribe” underneath any newsletter.', ['withdraw-consent', 'opt-out-marketing']],
    ['You are entitled to have access to that information and require it to be correct if it is inaccurate.', ['access', 'correction']],
    ['We ask that the information you give us be correct.', []],
    // Consent withdrawn in the passive; accessing data in order to modify it.
    ['Such consent can be withdrawn at any time by emailing us.', ['withdraw-consent']],
    ['You may access your personal information to modify or update at any time in Settings.', ['access', 'correction']],
    ['We keep records to defend legal claims and to answer the supervisory authority.', []],
    ['you may also have the right to file a complaint with the relevant regulatory authorities or in a court', ['complaint']],
    // National regulators by their own names.
    ['you can file a complaint with the State Data Protection Inspectorate', ['complaint']],
    ['You may lodge a complaint with the Garante per la protezione dei dati personali.', ['complaint']],
    ['You have the right to complain to Datatilsynet.', ['complaint']],
    // "to disagree to the processing of your personal data": objecting, in a translated policy's words.
    ['* to disagree to the processing of your personal data (for example, for direct marketing or otherwise)', ['objection']],
    ['If you disagree with these terms, do not use the service.', []],
    // "transfer of this information" among the rights' nouns is portability; the operator transferring is not.
    ['you have the right to request access to your Personal Data, as well as update, deletion, correction or transfer of this information.', ['access', 'correction', 'deletion', 'portability']],
    ['We may transfer your information to our affiliates.', []],
    // An appeal to a supervising authority is a complaint.
    ['You can make an appeal concerning privacy or processing of personal data to a supervising authority.', ['complaint']],
    // Modifying data, coordinated with deleting it, is correcting it; modifying cookies is not.
    ['At any time, a user can modify or delete their personal data upon request.', ['correction', 'deletion']],
    ['We modify or remove cookies.', []],
    // Access logs, an administrator's access and unauthorised access are no right of access.
    ['Most web servers routinely maintain access logs with a portion of this information.', []],
    ['If an article is "deleted", any user with "administrator" access can see what was deleted.', []],
    ['We protect your data against unauthorized access.', []],
    ['You may request access to your personal data.', ['access']],
    ['To request that we do not “sell” your data, please utilize our opt-out mechanism.', ['objection']],
    ['You can opt out at any time; we never sell your data.', ['opt-out-marketing']],
    // Concerns taken to a regulator, or an objection filed with one, are a complaint; a transfer of the data you gave is portability, one abroad is none.
    ['You also have the right to take your concerns at any time to the UK or EU Supervisory Authority, depending on your location.', ['complaint']],
    ['If you have concerns about our privacy practices, you can report it to any competent data protection authority of a European Union member state.', ['complaint']],
    ['We support you when you file an objection with respect to the processing of your data to the data protection authorities.', ['complaint']],
    // A regulator for the person not satisfied with the answer, and breaches the person may refer to one; the operator reporting a breach is neither.
    ['If you are unsatisfied with our response, you are entitled to make a written submission to the respective data protection authorities.', ['complaint']],
    ['Users may refer any established breaches regarding the protection of their personal information to the CNIL.', ['complaint']],
    ['We will report any established breaches to the CNIL within 72 hours.', []],
    ['If you are not satisfied with our products, please contact our support team.', []],
    ['You have the right to a transfer of the data provided by you, insofar as the rights of others are not impaired.', ['portability']],
    ['We may rely on your consent for the transfer of the data to the USA.', []],
    // The Taiwanese act's list: copies of the data are access, a request to stop collecting or using it objection (not when it withdraws consent).
    ['Any requests to make copies of personal data (fees vary on a case-by-case basis).', ['access']],
    // The German template's list in English: information as to whether data is processed is access; consent "previously given" may be withdrawn.
    ['• You have the right to information as to whether or not and to which extent we process which of your personal information.', ['access']],
    ['You have the right to information about your personal data as well as for correction.', ['access', 'correction']],
    ['• You have the right to withdraw your previously given consent at any time.', ['withdraw-consent']],
    ['Any request to stop collecting, processing or using personal data.', ['objection']],
    // Restricting a sale is opting out of it; restricting processing is restriction.
    ['Certain jurisdictions provide rights such as rights to access, correct, restrict the sale of, or erase personal information.', ['access', 'correction', 'deletion', 'objection']],
    ['You may withdraw consent and request us to stop collecting, using and/or disclosing your personal data.', ['withdraw-consent']],
    // Session 37's first-contact policies, in general form.
    ['18. You are entitled to copies of your Data kept by us.', ['access']],
    ['Backup copies of your data are kept for 30 days.', []],
    ['You may wish to contact us if you would like to amend this preference.', []],
    ['You can amend your personal details in your account.', ['correction']],
    ['You can withdraw or modify your consent at any time.', ['withdraw-consent']],
    ['If you would like us to stop processing your information, please contact us.', ['objection']],
    ['• You also have the right to contact the applicable authorities regarding our processing of your personal data.', ['complaint']],
    ['You can contact the local authorities if you lose your device.', []],
    // An opt-out of data being made available to others objects to it, an aside between the verb and its "of" or not.
    ['Individuals may opt-out (using the account management panel or a similar service) of their WHOIS information being made available to third parties.', ['objection']],
    ['You can opt out (see below) of marketing emails.', ['opt-out-marketing']],
    // The operator limiting staff access is a safeguard, not the person's right of access.
    ['We take reasonable steps designed to limit access to Personal Information only to persons who need it.', []],
    ['We restrict access to personal information to employees who need it.', []],
    ['We may restrict access to personal information as required or permitted by applicable law or legal process.', []],
    ['You may request a copy of all your data in a standard format.', ['access', 'portability']],
    ['You have the right to object to the processing of your information e.g. for direct marketing purposes.', ['opt-out-marketing', 'objection']],
    // A phone's caller ID setting, a device's settings, a help page and an analytics opt-out are not rights over data held.
    ['Caller ID restriction is available on request.', []],
    ['To turn off alerts, please edit settings on your phone.', []],
    ['You can access our help pages at www.example.com/help.', []],
    ['In order to opt-out from being tracked by Google Analytics, click this link (the opt-out applies only for the browser in which you set it).', []],
    // Asking to stop being contacted, in the words the thirty-seventh session's first-contact policies used.
    ['If you no longer wish to be contacted by us, please let us know using the contact details below.', ['opt-out-marketing']],
    ['If you would like us to stop contacting you, please tell us.', ['opt-out-marketing']],
    ['If you do not want us to use your data in this way or change your mind about being contacted in the future, please let us know.', ['opt-out-marketing']],
    ['You can opt-out of either or both at any time by emailing your preferences to us.', ['opt-out-marketing']],
    ['If you no longer wish to receive our services, you can close your account at any time.', []],
    ['You can opt out of it in your browser settings.', []],
    // Correction asked for as changes that make the data accurate, or as bringing it up to date.
    ['You may ask us to make any changes to ensure that it is accurate and up to date.', ['correction']],
    ['You may ask us to bring it up to date.', ['correction']],
    ['We make changes to this policy to keep it up to date.', []],
    // Round four's first-contact policies: amending the policy is no correction; changing one's own name or e-mail address is.
    ['12. Right to amend this policy', []],
    ['You may change your first name, last name, email address, and profile picture at any time.', ['correction']],
    ['You can change your password in your settings.', []],
    ['You have the right to object to the processing of your data for the purpose of sending advertising materials or direct selling.', ['opt-out-marketing', 'objection']],
    // Others' access withheld is no right of access; data removable on request is deletion.
    ['Access to it is not provided to third parties unless you consent.', []],
    ['Payment information can be removed at all times upon request made by the Subscriber.', ['deletion']],
  ])('%s → %j', (text, rights) => {
    expect(matchTerms(text, RIGHT_TERMS)).toEqual(rights);
  });

  it('reads asking the operator to stop, and objecting to how it uses data, as the right to object', () => {
    expect(matchTerms('Ask us to stop processing your Personal Data, including for direct marketing.', RIGHT_TERMS)).toContain('objection');
    expect(matchTerms('You can tell us to stop using your personal information.', RIGHT_TERMS)).toContain('objection');
    expect(matchTerms('You have the right to object how we use or share your data.', RIGHT_TERMS)).toContain('objection');
    expect(matchTerms('You can ask us to stop sending you newsletters.', RIGHT_TERMS)).not.toContain('objection');
  });

  it('reads "correct" as an adjective, and access given to others, as no right', () => {
    expect(matchTerms('The salt ensures that the numbers can not be matched unless the correct salt is provided.', RIGHT_TERMS)).toEqual([]);
    expect(matchTerms('If you allow them to access your Personal Information you do so at your own risk.', RIGHT_TERMS)).toEqual([]);
    expect(matchTerms('You can correct your personal information at any time.', RIGHT_TERMS)).toEqual(['correction']);
    expect(matchTerms('You can access your personal information at any time.', RIGHT_TERMS)).toEqual(['access']);
  });

  it('does not count a complaint to the company itself as a complaint to a regulator', () => {
    expect(matchTerms('For complaints please contact our Abuse Department.', RIGHT_TERMS)).toEqual([]);
  });
});

describe('law lexicon', () => {
  it.each([
    ['in accordance with the Protection of Personal Information (POPI) Act', ['POPIA']],
    // Australia's act by its country's name, and the CCPA by a section number of its own (Cal. Civ. Code 1798.100–199).
    ['as required by the Australian Privacy Act', ['Privacy Act 1988']],
    ['Personal Information under California Civil Code Section 1798.80 and 1798.140', ['CCPA/CPRA']],
    // The Czech act by its number or as the country's privacy act (a sheet writes "Czech Privacy Act (Act no. 101/2000 Sb.)").
    ['in compliance with the Privacy Act of our home country, the Czech Republic (Act no. 101/200 Sb)', ['Czech data protection act']],
    ['under Act No. 110/2019 Coll., on the processing of personal data', ['Czech data protection act']],
    ['Czech Privacy Act (Act no. 101/2000 Sb.)', ['Czech data protection act']],
    // Romania's act by its number; Texas's by its name however "and" is written.
    ['in accordance with the provisions of (RO) Law 677/2001 regarding the circulation of personal data', ['Romanian data protection law']],
    ['the Texas Data Privacy & Security Act', ['US state privacy laws']],
    // California's student-records law by its bill number; Canada's provincial public-sector acts.
    ['AB 1584 is a California law that defines student and educational agencies rights regarding student records.', ['California Education Code 49073.1']],
    ['the Canadian Freedom of Information and Protection of Privacy Act ("FIPPA")', ['FIPPA']],
    ['we do not sell personal information as defined by Nevada law (Ch. 603A, Sec. 1.6)', ['NRS 603A']],
    // New Zealand's Privacy Act by its year, the old one or the new.
    ['collected under the New Zealand Privacy Act 1993', ['New Zealand Privacy Act']],
    ['as required by the Privacy Act 2020', ['New Zealand Privacy Act']],
    ['under the Protection of Personal Information Act, 2013', ['POPIA']],
    ['The GDPR law gives you the right', ['GDPR']],
    ['under the UK GDPR and the Data Protection Act 2018', ['UK GDPR', 'Data Protection Act 2018']],
    ['the UK GDPR and the EU GDPR', ['UK GDPR', 'GDPR']],
    // Two laws sharing one head: both are named.
    ['rights under the UK and EU General Data Protection Regulations ("GDPR")', ['UK GDPR', 'GDPR']],
    ['as the EU and UK GDPR require', ['UK GDPR', 'GDPR']],
    ['countries under the scope of the UK or European General Data Protection Regulation', ['UK GDPR', 'GDPR']],
    ['the EU or UK GDPR', ['UK GDPR', 'GDPR']],
    // Guard: "UK or European" before another law's name is no GDPR.
    ['the UK or European ePrivacy rules', ['ePrivacy Directive']],
    ['to comply with ePrivacy and Competition regulations', ['ePrivacy Directive']],
    ['it is generally recognized that the EU Cookie Directive requires consent', ['ePrivacy Directive']],
    ['ePrivacy', ['ePrivacy Directive']],
    // Guards: a product or a sentence that only contains the word names no law.
    ['Try our ePrivacy browser extension.', []],
    ['under the EU/UK GDPR', ['UK GDPR', 'GDPR']],
    ['We comply with the UK and EU data protection laws', []],
    // The UK GDPR by its long name, the UK act as "DPA in the UK", the French act by its date.
    ['pursuant to Article 27 of the UK General Data Protection Regulation', ['UK GDPR']],
    ['We support and accommodate the GDPR act in the EU and DPA in the UK.', ['GDPR', 'Data Protection Act 2018']],
    ['In accordance with the French law of 6th January 1978, you have the right to request access', ['French Data Protection Act']],
    ['We opened our Paris office on 6 January 1978.', []],
    ['California Consumer Privacy Act (CCPA)', ['CCPA/CPRA']],
    ['We comply with the CAN-SPAM Act when we send e-mail.', ['CAN-SPAM']],
    ['as required by the Nigeria Data Protection Regulation (NDPR)', ['NDPR']],
    ['as required by PIPEDA', ['PIPEDA']],
    ['a Lei Geral de Proteção de Dados (LGPD) request', ['LGPD']],
    ['Protection of Personal Information', []],
    ['the Electronic Communications and Transactions Act', []],
    ['residents of states with privacy laws, such as the Minnesota Consumer Data Privacy Act', ['US state privacy laws']],
    ['rights under the Maine Broadband Internet Access Service Customer Privacy Law', ['Maine broadband privacy law']],
    ['the Illinois Biometric Information Privacy Act applies to biometric identifiers', ['Illinois BIPA']],
    ['certain rights under Section 338(i) of the Federal Communications Act', ['Communications Act']],
    ['as permitted by the Peruvian Personal Data Protection Regulations', ['Peru personal data law']],
    ['an electronic record under the Information Technology Act, 2000 ("IT Act")', ['IT Act']],
    ['the Information Technology (Reasonable Security Practices and Procedures and Sensitive Personal Data or Information) Rules, 2011', ['SPDI Rules']],
    ['under the Digital Personal Data Protection Act, 2023', ['DPDP Act']],
    ['In compliance with the Family Educational Rights and Privacy Act (FERPA)', ['FERPA']],
    ['Acme fully complies with the Student Online Personal Protection Act (SOPPA) and the Student Online Personal Information Protection Act', ['SOPIPA', 'SOPPA']],
    ['applicable laws (including California Business & Professions Code section 22584, and California Education Code section 49073.1)', ['SOPIPA', 'California Education Code 49073.1']],
    // Written "Students Online …", it is still California's student-data act, not Korea's PIPA.
    ['Students Online Personal Information Protection Act ("SOPIPA").', ['SOPIPA']],
    ['In accordance with New York Education Law § 2-d, we attach the Parents’ Bill of Rights', ['New York Education Law 2-d']],
    ['the GDPR, as it forms part of UK law, applies to our British customers', ['UK GDPR']],
    ['the GDPR and the French Data Protection Act n°78-17 of 6 January 1978', ['GDPR', 'French Data Protection Act']],
    ['la loi Informatique et Libertés', ['French Data Protection Act']],
    ['the law n º 78-17 of January 6, 1978 known as the "Data Protection Act"', ['French Data Protection Act']],
    ['California Business & Professions Code Section 22575(b) provides that California residents are entitled to know how we respond to Do Not Track signals', ['CalOPPA']],
    ['the EU General Data Protection Regulation ("GDPR") and its United Kingdom ("UK") GDPR counterpart', ['UK GDPR', 'GDPR']],
    ['pursuant to Art. 10 of EC Directive n. 95/46/EC', ['Data Protection Directive']],
    ['the Communications Act 2003 gives Ofcom its powers', []],
    ['the Cable Act (Section 631 of the Communications Act of 1934)', ['Cable Act']],
    ['a legal basis, such as the UK Data Protection Act and the Brazilian LGPD', ['Data Protection Act 2018', 'LGPD']],
    ['the DPA 2018 and the UK GDPR', ['UK GDPR', 'Data Protection Act 2018']],
    ['the Quebec Privacy Act (CQLR, c. P-39.1)', ['Quebec Law 25']],
    ['Chapter 603A of the Nevada Revised Statutes permits a Nevada resident to opt out', ['NRS 603A']],
    ['the Connecticut law (CTDPA) and Utah (UCPA)', ['US state privacy laws']],
    ['* Florida Digital Bill of Rights (FDBR)', ['US state privacy laws']],
    ['the Washington My Health My Data Act covers consumer health data', ['Washington My Health My Data Act']],
    ['under California Civil Code Sections 1798.83–1798.84, residents may ask', ['Shine the Light']],
    ['Cal. Civ. Code § 1798.83 permits our customers', ['Shine the Light']],
    ['California Civil Code Section § 1798.83 permits users of our Websites', ['Shine the Light']],
    ['Pursuant to Section 1798.83 of the California Civil Code, residents of California have the right to obtain certain information', ['Shine the Light']],
    ["Your California Privacy Rights under California's Shine-the-Light Law.", ['Shine the Light']],
    ['complaints may go to the Swiss Federal Data Protection and Information Commissioner', []],
    ['under the Swiss Federal Act on Data Protection', ['Swiss FADP']],
    ['Experian is regulated by the federal Fair Credit Reporting Act and companion state laws', ['FCRA']],
    ['this Privacy Statement is intended to comply with Nevada Senate Bill 220', ['NRS 603A']],
    // Nevada's bills by their abbreviation with points; SB 370 is its consumer health data law, not NRS 603A.
    ['we do not sell your personal data (or “covered information”) as defined in Nevada S.B. 220', ['NRS 603A']],
    ['health-related data about consumers, as defined by Nevada S.B.370', ['Nevada SB 370']],
    ['certain U.S. state laws such as the Washington My Health My Data Act and Nevada Senate Bill 370', ['Washington My Health My Data Act', 'Nevada SB 370']],
    // The Online Eraser law by its nickname in quotes; a bare "eraser" is no law.
    ['For all requests under the “Shine the Light” or “Eraser” law, please visit our Privacy Rights Center', ['Shine the Light', 'California Online Eraser law']],
    ['use the eraser law firm tool', []],
    ['under the General Data Protection Regulation of the European Union and the United Kingdom', ['UK GDPR', 'GDPR']],
    ['in accordance with the laws of Brazil, including the Marco Civil da Internet', ['Marco Civil da Internet']],
    ['Article 32-5 of the Act on Promotion of Information and Communications Network Utilization and Data Protection', ['Korea Network Act']],
  ])('%s → %j', (text, laws) => {
    expect(matchTerms(text, LAW_TERMS)).toEqual(laws);
  });
});

describe('place terms looked up by their first word', () => {
  const scanned = (text: string) => matchTerms(text, PLACE_TERMS);
  const indexed = (text: string) => matchTerms(text, placeTermsIn(text));

  it.each([
    'Your data is stored in the U.S. and in Germany’s data centres.',
    'We transfer data to the USA, THE UNITED KINGDOM and New Zealand.',
    'Servers in mainland China, Hong Kong and the EU/EEA.',
    'Data stays within the European Economic Area (EEA).',
    'Processing in South Africa and in Canada; CANADA’s law applies.',
    'certified under the EU-U.S. Data Privacy Framework; stored in Ireland.',
    'stored in Germany.5 and in the U.S.A.',
  ])('finds every place a scan of all patterns finds: %s', (text) => {
    expect(scanned(text).length).toBeGreaterThan(0);
    expect(indexed(text)).toEqual(scanned(text));
  });

  // A full scan of every pattern over every clause: correctness, not speed, so a busy machine must not fail it.
  it('finds the same places as a scan of all patterns in every clause of the reference policies', () => {
    const dir = 'data/reference';
    const clauses = readdirSync(dir)
      .filter((f) => f.endsWith('.md'))
      .flatMap((f) => segmentClauses(readFileSync(`${dir}/${f}`, 'utf8')).map((c) => c.text));
    const differing = clauses.filter((text) => JSON.stringify(indexed(text)) !== JSON.stringify(scanned(text)));
    expect(clauses.filter((text) => scanned(text).length > 0).length).toBeGreaterThan(200);
    expect(differing).toEqual([]);
  }, 30_000);
});
