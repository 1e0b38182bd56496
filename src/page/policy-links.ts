/** A link as collected from the page. */
export interface PageLink {
  /** Absolute URL as resolved by the page. */
  href: string;
  /** Visible text, or the aria-label / title when the link has none. */
  text: string;
  /** Inside the page footer, where sites put their policy links. */
  inFooter: boolean;
}

export interface PolicyLink {
  url: string;
  text: string;
  kind: 'privacy' | 'terms';
  score: number;
}

interface Signal {
  pattern: RegExp;
  kind: PolicyLink['kind'];
  points: number;
}

const TEXT_SIGNALS: Signal[] = [
  { pattern: /\bprivacy\s+(policy|notice|statement)\b/i, kind: 'privacy', points: 10 },
  { pattern: /datenschutz/i, kind: 'privacy', points: 10 },
  { pattern: /politique\s+de\s+confidentialit|privacidad|privacybeleid/i, kind: 'privacy', points: 10 },
  { pattern: /\bprivacy\b/i, kind: 'privacy', points: 7 },
  { pattern: /\bterms\s+(of\s+(service|use)|and\s+conditions|&\s+conditions)\b/i, kind: 'terms', points: 5 },
  { pattern: /\b(terms|AGB|nutzungsbedingungen|conditions)\b/i, kind: 'terms', points: 4 },
];

const PATH_SIGNALS: Signal[] = [
  { pattern: /privacy|datenschutz|confidential/i, kind: 'privacy', points: 3 },
  { pattern: /terms|agb|conditions|legal/i, kind: 'terms', points: 1 },
];

/** Link labels longer than this are sentences that mention privacy, not policy links. */
const MAX_LABEL_LENGTH = 60;
const FOOTER_BONUS = 2;

function bestSignal(signals: Signal[], value: string): Signal | undefined {
  return signals.find((signal) => signal.pattern.test(value));
}

function withoutHash(url: URL): string {
  return url.href.replace(/#.*$/, '');
}

function scoreLink(link: PageLink, url: URL): Omit<PolicyLink, 'url' | 'text'> | undefined {
  const label = link.text.replace(/\s+/g, ' ').trim();
  const byText = label.length <= MAX_LABEL_LENGTH ? bestSignal(TEXT_SIGNALS, label) : undefined;
  const byPath = bestSignal(PATH_SIGNALS, url.pathname);
  if (!byText && !byPath) return undefined;
  const kind = byText?.kind ?? byPath!.kind;
  const pathPoints = byPath?.kind === kind ? byPath.points : 0;
  return { kind, score: (byText?.points ?? 0) + pathPoints + (link.inFooter ? FOOTER_BONUS : 0) };
}

/**
 * The page's links that look like its privacy policy or terms, best first.
 * Same-origin http(s) only, never the page itself, one entry per target URL.
 */
export function rankPolicyLinks(links: PageLink[], pageUrl: string): PolicyLink[] {
  const page = new URL(pageUrl);
  const best = new Map<string, PolicyLink>();
  for (const link of links) {
    let url: URL;
    try {
      url = new URL(link.href, page);
    } catch {
      continue;
    }
    if (url.origin !== page.origin || !/^https?:$/.test(url.protocol)) continue;
    const target = withoutHash(url);
    if (target === withoutHash(page)) continue;
    const scored = scoreLink(link, url);
    if (!scored) continue;
    const existing = best.get(target);
    if (!existing || existing.score < scored.score) {
      best.set(target, { url: target, text: link.text.replace(/\s+/g, ' ').trim(), ...scored });
    }
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}

const POLICY_TITLE = /\b(privacy|terms\s+(of|and|&)|cookie\s+policy)\b|datenschutz|confidentialit|privacidad|\bAGB\b/i;

/** Whether the page says of itself that it is a policy (title or main heading), before any analysis. */
export function pageNamesItselfPolicy(title: string, headings: string[]): boolean {
  return [title, ...headings].some((text) => POLICY_TITLE.test(text));
}
