// The answers to "Where do you live?" and the law each brings in. Kept apart from the
// evaluator so the settings and the popup's first paint load no vocabulary.
import type { ChecklistLaw } from '../types';

export const RESIDENCES = ['eu', 'uk', 'za', 'ca', 'california', 'elsewhere'] as const;
export type Residence = (typeof RESIDENCES)[number];

export const RESIDENCE_LAW: Record<Residence, ChecklistLaw | null> = {
  eu: 'gdpr',
  uk: 'uk-gdpr',
  za: 'popia',
  ca: 'pipeda',
  california: 'ccpa',
  elsewhere: null,
};
