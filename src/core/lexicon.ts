// Privacy-policy vocabulary as tags. The match rules in rules.ts name these tags
// (#PersonalData, #ThirdParty, …) instead of listing words, so a word added here
// widens every rule that uses its tag, and the model sees the tags as features.
// Nothing does part-of-speech tagging, so inflections are spelled out. Places come from
// the one gazetteer in vocabulary/places.ts.
import { ACTION_WORDS, HEDGES, NEGATORS } from './vocabulary/actions';
import { PARTY_WORDS } from './vocabulary/parties';
import { placePhrases } from './vocabulary/places';

/** Tag name → its parent tag, if any (a #PersonalData term is also #Data). */
export const POLICY_TAGS = {
  Data: null,
  PersonalData: 'Data',
  DataItem: null,
  Cookie: 'PersonalData',
  Practice: null,
  Collect: 'Practice',
  Use: 'Practice',
  Share: 'Practice',
  ThirdParty: null,
  Authority: null,
  Keep: 'Practice',
  Delete: null,
  Duration: null,
  Transfer: 'Practice',
  Locate: 'Practice',
  Place: null,
  Country: 'Place',
  RightAction: null,
  Subject: null,
  Marketing: null,
  Consent: null,
  Basis: null,
  Negator: null,
  Hedge: null,
  Neutral: null,
} as const;
export type PolicyTag = keyof typeof POLICY_TAGS;

export const VOCABULARY: Record<Exclude<PolicyTag, 'Practice'>, string[]> = {
  Data: [
    'information', 'data', 'details', 'records', 'logs', 'log files', 'emails', 'documentation', 'content',
    'calls', 'phone calls', 'telephone calls', 'call records',
    'statistics', 'usage statistics', 'comments', 'posts', 'profile', 'profiles',
  ],
  // Words that name data only in some sentences ("your name" / "in the name of").
  DataItem: ['name', 'names', 'surname', 'address', 'addresses', 'email', 'ids', 'location'],
  PersonalData: [
    'personal information', 'personal data', 'personally identifiable information', 'full name',
    'postal address', 'physical address', 'physical addresses', 'copies of ids', 'proof of residence',
    'proof of address', 'identity documents', 'identity document',
    'email address', 'email addresses', 'e-mail address', 'e-mail addresses', 'phone number',
    'phone numbers', 'telephone number', 'telephone numbers', 'mobile number', 'contact information',
    'contact details', 'date of birth', 'id number', 'id numbers', 'identity number', 'passport',
    'credit card details', 'card details', 'bank details', 'payment details', 'payment information',
    'billing information', 'ip address', 'ip addresses', 'device identifiers', 'device information',
    'browser type', 'operating system', 'location data', 'geolocation', 'browsing history',
    'search history', 'usage data', 'purchase history', 'transaction history', 'account information',
    'login details', 'voice recordings', 'call recordings', 'biometric data', 'health information',
    'financial information', 'demographic information', 'browsing activity', 'advertising identifier',
    'advertising id', 'device model', 'camera', 'microphone', 'messages',
    'billing address', 'card number', 'card numbers', 'username',
    'contacts', 'photos', 'identifiers', 'unique identifiers', 'purchases', 'dns queries',
  ],
  Cookie: [
    'cookie', 'cookies', 'web beacons', 'pixels', 'pixel tags', 'tracking technologies', 'similar technologies',
    'local storage',
  ],
  Collect: ACTION_WORDS.collect,
  Use: ACTION_WORDS.use,
  Share: [...ACTION_WORDS.share, ...ACTION_WORDS.sell],
  ThirdParty: PARTY_WORDS['third-party'],
  Authority: PARTY_WORDS.authority,
  Keep: ACTION_WORDS.keep,
  Delete: [
    'delete', 'deletes', 'deleted', 'deleting', 'deletion', 'destroy', 'destroys', 'destroyed', 'erase',
    'erased', 'erasure', 'remove', 'removed', 'dispose', 'disposed', 'purge', 'purged', 'anonymise',
    'anonymised', 'anonymize', 'anonymized', 'anonymous form', 'de-identify', 'de-identified',
  ],
  Duration: [
    'as long as', 'so long as', 'longer than', 'period', 'periods', 'years', 'months', 'days', 'year',
    'month', 'minimum time', 'maximum time', 'future use', 'indefinitely', 'retention period',
    'retention periods', 'after you close', 'until',
  ],
  Transfer: ACTION_WORDS.transfer,
  Locate: ACTION_WORDS.store,
  Place: [
    'country', 'countries', 'other countries', 'abroad', 'overseas', 'internationally', 'jurisdiction',
    'jurisdictions', 'outside', 'region', ...placePhrases('region'),
  ],
  Country: placePhrases('country'),
  RightAction: [
    'access', 'view', 'correct', 'correction', 'corrections', 'rectify', 'rectification', 'update', 'amend',
    'change', 'delete', 'deletion', 'erase', 'erasure', 'object', 'objection', 'restrict', 'restriction',
    'portability', 'withdraw', 'unsubscribe', 'opt out', 'opt-out', 'opt in', 'opt-in', 'complain', 'complaint',
    'request', 'manage', 'review', 'port', 'download', 'export', 'choose', 'select', 'ask', 'decline',
    'turn off', 'switch off', 'disable', 'block', 'control', 'adjust', 'remove',
    'know',
  ],
  Subject: [
    'you', 'user', 'users', 'customer', 'customers', 'client', 'clients', 'individual', 'individuals',
    'data subject', 'data subjects', 'subscriber', 'subscribers', 'visitors', 'residents', 'consumers',
    'members', 'account holders', 'parents', 'candidates', 'applicants', 'donors', 'supporters', 'patients',
    'employees', 'students',
  ],
  Marketing: [
    'marketing', 'direct marketing', 'newsletter', 'newsletters', 'promotional', 'promotions', 'special offers',
    'offers', 'advertising', 'mailings', 'marketing material', 'marketing communications', 'communications',
    'ads', 'personalised ads', 'personalized ads', 'targeted advertising', 'notifications',
  ],
  Consent: ['consent', 'consented', 'permission', 'agreed', 'opted in', 'authorisation', 'authorization'],
  Basis: ['legal basis', 'lawful basis', 'legitimate interest', 'legitimate interests', 'legal bases'],
  Negator: NEGATORS,
  Hedge: HEDGES,
  // Phrases whose words would otherwise read as data or practice words.
  Neutral: [
    'data protection', 'data processing agreement', 'data controller', 'data processor', 'processed data',
    'information commissioner', 'data protection officer', 'data protection laws', 'data protection act',
    'data retention law', 'data retention laws',
  ],
};
