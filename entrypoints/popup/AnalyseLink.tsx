import type { ComponentChildren } from 'preact';
import { browser } from 'wxt/browser';
import { analyseSectionUrl } from '../../src/local-input/section';

/** A link to the options page's "Analyse a policy" section, opened in a new tab (a popup cannot navigate itself there). */
export function AnalyseLink({ children }: { children: ComponentChildren }) {
  const href = analyseSectionUrl(browser.runtime.getURL('/options.html'));
  return (
    <a
      href={href}
      target="_blank"
      rel="noreferrer"
      data-testid="analyse-link"
      onClick={(event) => {
        event.preventDefault();
        void browser.tabs.create({ url: href });
      }}
    >
      {children}
    </a>
  );
}
