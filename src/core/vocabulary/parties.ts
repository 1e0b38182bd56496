// Who data goes to, as nouns: one list per kind of party, read by the classifier's
// vocabulary tags (lexicon.ts) and by the statements the facts reduce.

export const PARTIES = ['third-party', 'authority'] as const;
export type Party = (typeof PARTIES)[number];

export const PARTY_WORDS: Record<Party, string[]> = {
  'third-party': [
    'third party', 'third parties', 'third-party', 'third-parties', 'partner', 'partners', 'business partners',
    'service provider', 'service providers', 'providers', 'affiliate', 'affiliates', 'affiliated companies',
    'affiliate organizations', 'affiliate organisations', 'group companies', 'subsidiaries', 'advertisers',
    'advertising networks', 'ad networks', 'subcontractor', 'subcontractors', 'contractor', 'contractors',
    'agents', 'vendor', 'vendors', 'supplier', 'suppliers', 'processors', 'sub-processors', 'couriers',
    'payment processor', 'payment processors', 'payment processing partner', 'payment provider',
    'payment providers', 'analytics provider', 'analytics providers', 'provider', 'auditors', 'recruitment agency',
    'recruitment agencies', 'courier company', 'courier', 'collection agency', 'collection agent', 'collection agents',
    'debt collectors', 'debt collection agencies', 'collection agencies', 'fraud prevention agencies',
    'sub-processor', 'sub processors', 'credit bureaus', 'credit reference agencies', 'insurers', 'buyer', 'purchaser',
    'acquirer', 'successor', 'other companies', 'other organisations', 'other organizations', 'data brokers',
    'network operator', 'network operators', 'mobile operators', 'hotels', 'airlines', 'merchants', 'sellers', 'retailers', 'manufacturer', 'manufacturers', 'recipients',
    'advisers', 'advisors', 'professional advisers', 'tax advisers', 'lawyers', 'accountants',
    'outside parties', 'outside companies', 'advertising companies', 'google analytics', 'google', 'facebook',
    'meta', 'stripe', 'paypal', 'mailchimp', 'hotjar', 'amazon web services', 'microsoft azure',
  ],
  authority: [
    'authorities', 'public authorities', 'law enforcement', 'police', 'court', 'courts', 'tribunal',
    'government', 'government agencies', 'governmental', 'regulators', 'regulatory bodies',
  ],
};

/** The operator speaking of itself. */
export const FIRST_PERSON = /\b(?:we|us|our)\b/i;

/** The suffix that ends a company's name ("Hetzner Online GmbH", "Stripe, Inc."): a company, not a person or a place. */
export const COMPANY_SUFFIX = String.raw`(?:Inc|Ltd|Limited|LLC|L\.L\.C|GmbH|Corp|Corporation|S\.?A\.?S?|AG|B\.?V|N\.?V|Oy|AB|[Pp]lc|PLC|Pty|S\.?r\.?l|S\.?L\.?U?|S\.?p\.?A)\.?`;
