/** `policy-lens-<host>-<yyyy-mm-dd>.pdf`, safe on every file system. */
export function pdfFilename(url: string | undefined, date: Date): string {
  return `policy-lens-${hostPart(url)}-${localDay(date)}.pdf`;
}

/** yyyy-mm-dd in the user's time zone, the day they see on their calendar. */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function hostPart(url: string | undefined): string {
  let host = '';
  try {
    host = url ? new URL(url).hostname : '';
  } catch {
    host = url ?? '';
  }
  const safe = host
    .toLowerCase()
    .replace(/^www\./, '')
    .replace(/[^a-z0-9.-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 60);
  return safe || 'policy';
}
