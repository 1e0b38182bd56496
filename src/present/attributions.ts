// The notices the data behind Policy Lens asks for, shown on the options page
// (About) and in the README ("Data and licences"). Keep the two in step.

export interface Attribution {
  what: string;
  notice: string;
  url: string;
}

export const PROJECT_LICENCE = 'GPL-3.0-or-later';

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
    what: 'Reference policies: Open Terms Archive',
    notice:
      'Policy texts from Open Terms Archive (Open Terms Archive contributors), ODC-BY 1.0; the tosback collection run by ToS;DR, ODC-BY 1.0, started by the Office of the French Ambassador for Digital Affairs. The texts remain the copyright of the companies that wrote them.',
    url: 'https://opentermsarchive.org',
  },
  {
    what: 'Reference policies: DMOZ privacy-policy corpus',
    notice:
      'Policy texts from the DMOZ Privacy Policy Corpus (CC0 1.0): R. N. Zaeem and K. S. Barber, “A Large Publicly Available Corpus of Website Privacy Policies Based on DMOZ”, CODASPY 2021. The texts remain the copyright of the companies that wrote them.',
    url: 'https://github.com/UTCID/DMOZ-Privacy-Policy-Corpus-CODASPY21',
  },
];
