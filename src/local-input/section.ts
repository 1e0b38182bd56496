/** The id (and URL hash) of the options page's "Analyse a policy" section, where the popup sends a PDF or a missing policy. */
export const ANALYSE_SECTION = 'analyse';
export const ANALYSE_SECTION_TITLE = 'Analyse a policy';

/** The options page opened at that section. */
export function analyseSectionUrl(optionsPage: string): string {
  const url = new URL(optionsPage);
  url.hash = ANALYSE_SECTION;
  return url.href;
}
