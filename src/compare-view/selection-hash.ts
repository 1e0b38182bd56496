// The options page's URL hash names the policies to compare: `#compare=<id>,<id>`,
// each id (a history URL, a version of one, or a reference id) URI-encoded so commas
// inside URLs survive.

/**
 * The id of one version of a history entry: `<key>@<text hash>`. An entry's own key names
 * its current text as the picker shows it; this names a text among its versions, the
 * current one included.
 */
export function versionId(key: string, textHash: string): string {
  return `${key}@${textHash}`;
}

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
