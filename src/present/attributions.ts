// The notices the data behind Policy Lens asks for, shown on the options page
// (About) and in the README ("Data and licences"). Keep the two in step.

export interface Attribution {
  what: string;
  notice: string;
  url: string;
}

export const PROJECT_LICENCE = 'GPL-3.0-or-later';

/** A collection reference policies are taken from: what each shipped reference names as its source. */
export interface ReferenceCollection {
  name: string;
  licence: string;
  /** The short credit a reference from this collection carries. */
  attribution: string;
}

/** Keyed by the `source.repo` of data/reference/index.json; `policy-lens` is the five policies of src/data/policies. */
export const REFERENCE_COLLECTIONS: Record<string, ReferenceCollection> = {
  'OpenTermsArchive/contrib-versions': {
    name: 'Open Terms Archive',
    licence: 'ODC-BY-1.0',
    attribution: 'Open Terms Archive contributors',
  },
  'tosdr/tosback-versions': {
    name: 'ToS;DR tosback collection',
    licence: 'ODC-BY-1.0',
    attribution: 'Open Terms Archive, started by the Office of the French Ambassador for Digital Affairs; collection run by ToS;DR',
  },
  'UTCID/DMOZ-Privacy-Policy-Corpus-CODASPY21': {
    name: 'DMOZ Privacy Policy Corpus',
    licence: 'CC0-1.0',
    attribution: 'R. N. Zaeem and K. S. Barber, CODASPY 2021',
  },
  'policy-lens': {
    name: 'Policy Lens development set',
    licence: 'none stated',
    attribution: 'the provider',
  },
};

export const ATTRIBUTIONS: Attribution[] = [
  {
    what: 'Clause model training data: GDPR-Transparency-200',
    notice:
      'GDPR-Transparency-200 dataset by Thomas Cory, Wolf Rieder, Julia Krämer, Philip Raschke, Patrick Herbke and Axel Küpper (Service-centric Networking, TU Berlin), licensed under the GNU GPL v3. Converted to the five-label scheme on 2026-11-29 (modified). Paper: “Word-level Annotation of GDPR Transparency Compliance in Privacy Policies using Large Language Models”, PoPETs 2026.1.',
    url: 'https://github.com/tomcory/privacy-policy-annotator',
  },
  {
    what: 'Clause model training data: PrivacySpy',
    notice:
      'Contains data from PrivacySpy (https://privacyspy.org) by Politiwatch, Inc. and the PrivacySpy contributors, licensed under the GNU GPL v3 (site content also CC BY 4.0). Converted to the five-label scheme on 2026-11-29 (modified).',
    url: 'https://github.com/Politiwatch/privacyspy',
  },
  {
    what: 'Clause model training data: policies from Open Terms Archive',
    notice:
      'The clause model is also trained on this project’s own labels of the sentences of 184 privacy policies copied from Open Terms Archive collections (OpenTermsArchive/contrib-versions: Open Terms Archive contributors; tosdr/tosdr-versions: Open Terms Archive Core Team and Open Terms Archive contributors; tosdr/tosback-versions: the Office of the French Ambassador for Digital Affairs; OpenTermsArchive/GenAI-versions and OpenTermsArchive/pga-versions: Open Terms Archive; OpenTermsArchive/dating-versions: Open Terms Archive with contributions from the Dating Privacy collective), ODC-BY 1.0. The texts remain the copyright of the companies that wrote them.',
    url: 'https://opentermsarchive.org',
  },
  {
    what: 'Reference policies: Open Terms Archive',
    notice:
      '22 reference policies from Open Terms Archive (Open Terms Archive contributors), ODC-BY 1.0, and from the tosback collection run by ToS;DR, ODC-BY 1.0, started by the Office of the French Ambassador for Digital Affairs. The texts remain the copyright of the companies that wrote them.',
    url: 'https://opentermsarchive.org',
  },
  {
    what: 'Reference policies: DMOZ privacy-policy corpus',
    notice:
      '21 reference policies from the DMOZ Privacy Policy Corpus (CC0 1.0; its README asks that the data serve research, teaching and scholarship, and that this paper be cited): R. N. Zaeem and K. S. Barber, “A Large Publicly Available Corpus of Website Privacy Policies Based on DMOZ”, CODASPY 2021. The texts remain the copyright of the companies that wrote them.',
    url: 'https://github.com/UTCID/DMOZ-Privacy-Policy-Corpus-CODASPY21',
  },
];
