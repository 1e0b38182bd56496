// The options page's URL hash names the policies to compare: `#compare=<id>,<id>`,
// each id (a history URL or a reference id) URI-encoded so commas inside URLs survive.

export function parseCompareHash(hash: string): string[] {
  const match = /^#?compare=(.*)$/.exec(hash);
  if (!match?.[1]) return [];
  const ids = match[1].split(',').flatMap((part) => {
    try {
      const id = decodeURIComponent(part).trim();
      return id ? [id] : [];
    } catch {
      return [];
    }
  });
  return [...new Set(ids)];
}

export function compareHash(ids: string[]): string {
  return ids.length === 0 ? '' : `#compare=${ids.map(encodeURIComponent).join(',')}`;
}
