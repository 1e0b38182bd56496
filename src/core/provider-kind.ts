// What kind of provider a policy is from (ISP, host, VPN, …), read from its site's name and
// its text, for ranking it among references of the same kind. Conservative: unclear is null,
// and the comparison then ranks among all providers.

import type { ProviderKind } from './types';
import { PROVIDER_KIND_VOCABULARY } from './vocabulary/provider-kinds';

/** The leading kind needs at least this many mentions … */
const MIN_MENTIONS = 8;
/** … and this many times as many as the next kind. */
const LEAD = 2;
/** One phrase repeated all through a policy counts at most this often. */
const MAX_PER_PHRASE = 8;

/** A kind is plain in a policy's first pages; reading a megabyte for it would cost more than the comparison. */
const MAX_CHARS = 200_000;

const normalise = (phrase: string) => phrase.toLowerCase().replace(/[- ]/g, '');
const escape = (phrase: string) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[- ]/g, '[- ]?');

/** Each phrase (spelt without spaces or hyphens) → its kind. */
const KIND_OF = new Map(PROVIDER_KIND_VOCABULARY.flatMap(({ kind, phrases }) => phrases.map((phrase) => [normalise(phrase), kind] as const)));

/** All phrases in one pass, the longest first, so "web hosting" is one mention, not two. */
const PHRASES = new RegExp(
  `\\b(?:${[...PROVIDER_KIND_VOCABULARY.flatMap((v) => v.phrases)].sort((a, b) => b.length - a.length).map(escape).join('|')})\\b`,
  'gi',
);

const HOST_PARTS = PROVIDER_KIND_VOCABULARY.map(({ kind, hostParts }) => ({ kind, hostParts }));

/** Second-level labels under which a country's names are registered ("example.co.uk"). */
const SECOND_LEVEL = new Set(['co', 'com', 'net', 'org', 'ac', 'gov', 'ne', 'or']);

/** The registered name of a site: "privacy.fasthosts.co.uk" → "fasthosts"; none for addresses and localhost. */
export function siteName(url: string | undefined): string | null {
  let host: string;
  try {
    host = new URL(url ?? '').hostname.toLowerCase();
  } catch {
    return null;
  }
  if (!host.includes('.') || /^[\d.]+$|^\[/.test(host)) return null;
  const labels = host.split('.').slice(0, -1);
  if (labels.length > 1 && SECOND_LEVEL.has(labels.at(-1)!)) labels.pop();
  return labels.at(-1) ?? null;
}

/** The kind the site's name says, when exactly one kind's words are in it. */
function kindFromSite(url: string | undefined): ProviderKind | null {
  const name = siteName(url);
  if (!name) return null;
  const kinds = HOST_PARTS.filter((p) => p.hostParts.some((part) => name.includes(part))).map((p) => p.kind);
  return kinds.length === 1 ? kinds[0]! : null;
}

/** "https://atlasvpn.com/cdn-cgi/l/email-protection", "mail.example.com": a word in a web or e-mail address names no service. */
const inAnAddress = (text: string, at: number, length: number): boolean =>
  /[/.@]/.test(text[at - 1] ?? '') || /^[\w-]*[/@]|^\.\w/.test(text.slice(at + length, at + length + 40));

/** How often the text (its first `MAX_CHARS`) names each kind of service, words in web and e-mail addresses aside. */
export function kindMentions(text: string): Map<ProviderKind, number> {
  const perPhrase = new Map<string, number>();
  const read = text.slice(0, MAX_CHARS);
  for (const found of read.matchAll(PHRASES)) {
    if (inAnAddress(read, found.index, found[0].length)) continue;
    const phrase = normalise(found[0]);
    perPhrase.set(phrase, (perPhrase.get(phrase) ?? 0) + 1);
  }
  const mentions = new Map<ProviderKind, number>(PROVIDER_KIND_VOCABULARY.map(({ kind }) => [kind, 0]));
  for (const [phrase, count] of perPhrase) {
    const kind = KIND_OF.get(phrase)!;
    mentions.set(kind, mentions.get(kind)! + Math.min(MAX_PER_PHRASE, count));
  }
  return mentions;
}

function kindFromText(text: string): ProviderKind | null {
  const [first, second] = [...kindMentions(text)].sort((a, b) => b[1] - a[1]);
  if (!first || first[1] < MIN_MENTIONS) return null;
  return first[1] >= LEAD * (second?.[1] ?? 0) ? first[0] : null;
}

/** The kind of provider a policy is from: its site's name when that says, else its text when that says clearly, else null. */
export function detectProviderKind(text: string, url?: string): ProviderKind | null {
  return kindFromSite(url) ?? kindFromText(text);
}
