import type { LensResult } from '../../src/page/analyse-tab';
import type { History } from '../../src/storage/types';
import { Notice } from '../../src/ui/Notice';
import { AnalyseLink } from './AnalyseLink';
import { StoredPolicyOffer } from './StoredPolicyOffer';

type Report = Extract<LensResult, { kind: 'report' }>;

export function NoPolicy({
  result,
  history,
  onAnalysePage,
  onOpenStored,
}: {
  result: Extract<LensResult, { kind: 'no-policy' }>;
  history: History;
  onAnalysePage: () => void;
  onOpenStored: (report: Report) => void;
}) {
  const { page, unreadableLinks, unreadFrames } = result;
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
        {unreadFrames.length > 0 && (
          <>
            <p data-testid="unread-frames">
              The policy may be in {unreadFrames.length === 1 ? 'a frame from another site' : `${unreadFrames.length} frames from other sites`} on
              this page, which the extension cannot read. Open the framed page on its own and analyse it there:
            </p>
            <ul>
              {unreadFrames.map((url) => (
                <li key={url}>
                  <a href={url} target="_blank" rel="noreferrer">
                    {url}
                  </a>
                </li>
              ))}
            </ul>
          </>
        )}
      </Notice>
      <StoredPolicyOffer history={history} pageUrl={page.url} onOpen={onOpenStored} />
      <div class="actions">
        <button type="button" onClick={onAnalysePage}>
          Analyse this page anyway
        </button>
      </div>
      <p class="step">
        Have the policy as text or a file? <AnalyseLink>Paste it or open the file under “Analyse a policy”</AnalyseLink> (opens in a new tab).
      </p>
    </>
  );
}
