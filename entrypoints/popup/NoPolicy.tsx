import type { LensResult } from '../../src/page/analyse-tab';
import { Notice } from '../../src/ui/Notice';

export function NoPolicy({
  result,
  onAnalysePage,
}: {
  result: Extract<LensResult, { kind: 'no-policy' }>;
  onAnalysePage: () => void;
}) {
  const { page, unreadableLinks } = result;
  return (
    <>
      <Notice>
        <p data-testid="no-policy">
          <strong>No privacy policy found.</strong> “{page.title || page.url}” does not read like a privacy policy or
          terms, and {unreadableLinks.length === 0 ? 'it links to none.' : 'the policy links on it could not be read:'}
        </p>
        {unreadableLinks.length > 0 && (
          <ul>
            {unreadableLinks.map((link) => (
              <li key={link.url}>
                “{link.text || link.url}”: {link.error}.
              </li>
            ))}
          </ul>
        )}
      </Notice>
      <div class="actions">
        <button type="button" onClick={onAnalysePage}>
          Analyse this page anyway
        </button>
      </div>
    </>
  );
}
