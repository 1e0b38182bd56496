// How vocabulary terms read in sentences shown to the user.

import type { DataItem, Right } from '../core/types';

export const DATA_ITEM_WORDS: Record<DataItem, string> = {
  name: 'name',
  'id-number': 'ID number',
  'payment-details': 'payment details',
  'identity-documents': 'copies of identity documents',
  location: 'location',
  address: 'address',
  phone: 'phone number',
  email: 'e-mail address',
  'company-details': 'company details',
  'ip-address': 'IP address',
  'device-info': 'device details',
  'browsing-activity': 'browsing activity',
  cookies: 'cookies',
  'job-application': 'job applications',
  'purchase-history': 'purchase history',
  communications: 'messages to the company',
};

/** Most sensitive first, for short lists ("your name, ID number, payment details and 8 more"). */
export const DATA_ITEMS_BY_SENSITIVITY = Object.keys(DATA_ITEM_WORDS) as DataItem[];

export const RIGHT_WORDS: Record<Right, string> = {
  access: 'see your data',
  correction: 'correct it',
  deletion: 'delete it',
  objection: 'object to its use',
  restriction: 'restrict its use',
  portability: 'take a copy elsewhere',
  complaint: 'complain to a regulator',
  'withdraw-consent': 'withdraw consent',
  'opt-out-marketing': 'opt out of marketing',
};

/** "a, b and c"; "a and 3 more" when longer than `max`. */
export function listInWords(words: string[], max = Infinity): string {
  if (words.length > max) return `${words.slice(0, max).join(', ')} and ${words.length - max} more`;
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
