// The score table: one line per fact, as data. docs/scoring.md explains it line by line;
// keep the two in step.

import { retentionKind } from './facts/retention';
import { DATA_ITEM_WORDS, DATA_ITEMS_BY_SENSITIVITY, RIGHT_WORDS, listInWords } from './plain-words';
import { RIGHTS, type Category, type FactKey, type PolicyFacts } from './types';

/** `fraction` of the line's weight, from −1 (worst) to +1 (best), with the reason in words. */
export interface Judgement {
  fraction: number;
  reason: string;
}

export interface ScoreLine<K extends FactKey = FactKey> {
  fact: K;
  weight: number;
  /** The report category the line belongs to, for comparisons (none for security and law). */
  category?: Category;
  /** Shown when the policy does not say; the line then counts for nothing either way. */
  unknown: string;
  judge: (value: NonNullable<PolicyFacts[K]['value']>) => Judgement;
}

const line = <K extends FactKey>(l: ScoreLine<K>): ScoreLine => l as unknown as ScoreLine;
const clamp = (x: number) => Math.max(-1, Math.min(1, x));

export const SCORE_TABLE: ScoreLine[] = [
  line({
    fact: 'sells_data',
    weight: 20,
    category: 'sharing',
    unknown: 'Does not say whether it sells your data',
    judge: (sells) => (sells ? { fraction: -1, reason: 'Sells your data' } : { fraction: 1, reason: 'Says it never sells your data' }),
  }),
  line({
    fact: 'rights',
    weight: 20,
    category: 'rights',
    unknown: 'Does not list your rights',
    // Four named rights is the midpoint; eight or more earns the full weight, none loses it.
    judge: (rights) => ({
      fraction: clamp((rights.length - 4) / 4),
      reason: `Lists ${rights.length} of the ${RIGHTS.length} rights we look for: ${listInWords(rights.map((r) => RIGHT_WORDS[r]))}`,
    }),
  }),
  line({
    fact: 'marketing_without_consent',
    weight: 15,
    // First-party marketing use counts as collection and use, as in the corpus labels.
    category: 'collection',
    unknown: 'Does not say whether it asks before sending you marketing',
    judge: (withoutConsent) =>
      withoutConsent
        ? { fraction: -1, reason: 'May send you marketing without asking first' }
        : { fraction: 1, reason: 'Sends marketing only with your consent' },
  }),
  line({
    fact: 'shares_with_third_parties',
    weight: 10,
    category: 'sharing',
    unknown: 'Does not say whether it shares your data',
    // Half weight: sharing with service providers is usually needed to deliver the service.
    judge: (shares) =>
      shares
        ? { fraction: -0.5, reason: 'Shares your data with other companies' }
        : { fraction: 1, reason: 'Says it does not share your data' },
  }),
  line({
    fact: 'retention',
    weight: 10,
    category: 'retention',
    unknown: 'Does not say how long it keeps your data',
    judge: (period) => {
      const kind = retentionKind(period);
      if (kind === 'indefinite') return { fraction: -1, reason: 'Keeps your data indefinitely' };
      if (kind === 'fixed') return { fraction: 1, reason: 'Says how long it keeps your data' };
      return { fraction: 0.5, reason: 'Keeps your data "as long as necessary", without a fixed period' };
    },
  }),
  line({
    fact: 'cross_border_transfer',
    weight: 10,
    category: 'transfer',
    unknown: 'Does not say whether your data leaves the country',
    judge: (transfers) =>
      transfers
        ? { fraction: -1, reason: 'May send your data to other countries, where protection can be weaker' }
        : { fraction: 1, reason: 'Says it does not send your data to other countries' },
  }),
  line({
    fact: 'storage_location',
    weight: 5,
    category: 'transfer',
    unknown: 'Does not say where your data is stored',
    judge: (place) =>
      place.startsWith('outside')
        ? { fraction: 0, reason: `Says only that your data may be stored ${place}` }
        : { fraction: 1, reason: `Says your data is stored in ${place}` },
  }),
  line({
    fact: 'security_measures_described',
    weight: 10,
    unknown: 'Does not say how it protects your data',
    judge: (described) =>
      described
        ? { fraction: 1, reason: 'Describes how it protects your data' }
        : { fraction: -1, reason: 'Does not describe how it protects your data' },
  }),
  line({
    fact: 'breach_notification',
    weight: 10,
    unknown: 'Does not say whether it will tell you about a data breach',
    judge: (notifies) =>
      notifies
        ? { fraction: 1, reason: 'Promises to tell you about a data breach' }
        : { fraction: -1, reason: 'Says it will not tell you about a data breach' },
  }),
  line({
    fact: 'laws',
    weight: 5,
    unknown: 'Does not name a data-protection law',
    judge: (laws) =>
      laws.length
        ? { fraction: 1, reason: `Names the data-protection law it follows: ${listInWords(laws)}` }
        : { fraction: 0, reason: 'Does not name a data-protection law' },
  }),
  line({
    fact: 'collects',
    weight: 5,
    category: 'collection',
    unknown: 'Does not say what data it collects',
    judge: (items) => {
      const words = DATA_ITEMS_BY_SENSITIVITY.filter((i) => items.includes(i)).map((i) => DATA_ITEM_WORDS[i]);
      const list = listInWords(words, 3);
      if (items.length <= 5) return { fraction: 1, reason: `Collects few kinds of data: ${list}` };
      if (items.length >= 10) return { fraction: -1, reason: `Collects many kinds of data: ${list}` };
      return { fraction: 0, reason: `Collects ${items.length} kinds of data: ${list}` };
    },
  }),
];

export const TOTAL_WEIGHT = SCORE_TABLE.reduce((sum, l) => sum + l.weight, 0);

/** Grade bands on the 0–100 score: the lowest score that earns each grade. */
export const GRADE_BANDS = [
  { grade: 'A', min: 80 },
  { grade: 'B', min: 65 },
  { grade: 'C', min: 50 },
  { grade: 'D', min: 35 },
  { grade: 'E', min: 0 },
] as const;
