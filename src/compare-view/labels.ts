import type { DataItem, Fact, FactKey, Right } from '../core/types';

// Plain-language fact names and values shared by the side-by-side view and the PDF export.
// Category titles live in src/ui/labels.ts.

/** In `PolicyFacts` key order, as shown in tables. */
export const FACT_LABELS: Record<FactKey, string> = {
  collects: 'Data collected',
  shares_with_third_parties: 'Shares with third parties',
  sells_data: 'Sells data',
  marketing_without_consent: 'Marketing without consent',
  retention: 'Retention',
  cross_border_transfer: 'Transfers abroad',
  storage_location: 'Storage location',
  rights: 'Rights named',
  laws: 'Laws cited',
  security_measures_described: 'Security measures described',
  breach_notification: 'Breach notification',
};

export const FACT_KEYS = Object.keys(FACT_LABELS) as FactKey[];

export const NOT_STATED = 'Not stated';

const VALUE_LABELS: Partial<Record<DataItem | Right, string>> = {
  'id-number': 'ID number',
  'ip-address': 'IP address',
  'device-info': 'device information',
  'opt-out-marketing': 'opt out of marketing',
  'withdraw-consent': 'withdraw consent',
  complaint: 'complain to a regulator',
};

function valueLabel(value: string): string {
  return VALUE_LABELS[value as DataItem | Right] ?? value.replace(/-/g, ' ');
}

/** One fact's value as a short text: "Yes", "No", a list, a phrase, or "Not stated". */
export function formatFact(fact: Fact<unknown>): string {
  const { value } = fact;
  if (value === null || value === undefined) return NOT_STATED;
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (Array.isArray(value)) return value.length === 0 ? 'None' : value.map((v) => valueLabel(String(v))).join(', ');
  return String(value);
}

/** "72 %" for a 0–1 share. */
export function formatCoverage(coverage: number): string {
  return `${Math.round(coverage * 100)} %`;
}
