// PDF file names: unique per policy and moment, and safe on every file system (ASCII letters,
// digits, '.', '-' and '_' only; no leading or trailing dot; far under 255 bytes; never a
// reserved Windows name, as every name starts with "policy-lens-").
import type { PolicyReport } from '../core/types';

const MAX_HOST = 60;
const MAX_TITLE = 48;

/** `policy-lens-<host>-<title>-<yyyy-mm-dd>_<hh-mm-ss>.pdf`, in the user's time zone. */
export function pdfFilename(report: Pick<PolicyReport, 'url' | 'title'>, date: Date): string {
  const parts = [hostPart(report.url), slug(report.title ?? '', MAX_TITLE)].filter(Boolean);
  return `policy-lens-${parts.join('-') || 'policy'}-${localDay(date)}_${localTime(date).replaceAll(':', '-')}.pdf`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** yyyy-mm-dd in the user's time zone, the day they see on their calendar. */
export function localDay(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** hh:mm:ss on the user's clock. */
export function localTime(date: Date): string {
  return `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

function hostPart(url: string | undefined): string {
  let host = '';
  try {
    host = url ? new URL(url).hostname : '';
  } catch {
    host = url ?? '';
  }
  return host
    .toLowerCase()
    .replace(/^www\./, '')
    .replace(/[^a-z0-9.-]+/g, '-')
    .slice(0, MAX_HOST)
    .replace(/^[-.]+|[-.]+$/g, '');
}

/** "Privacy Policy – Bücher & Co." → "privacy-policy-bucher-co": accents dropped, anything else a hyphen, cut at a word. */
function slug(text: string, max: number): string {
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (words.length <= max) return words;
  const cut = words.slice(0, max + 1);
  const atWord = cut.lastIndexOf('-');
  return (atWord > 0 ? cut.slice(0, atWord) : words.slice(0, max)).replace(/-+$/, '');
}
