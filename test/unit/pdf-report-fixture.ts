import { readFileSync } from 'node:fs';
import { analysePolicy } from '../../src/core/analyse';
import type { PolicyReport } from '../../src/core/types';

/** Characters outside Latin-1 that the PDF must keep intact. */
export const NON_LATIN1_SAMPLE = '’ “ ” — € Ł ő ş Ж α ✓';

/**
 * The Imaginet policy run through the real pipeline, with facts, score,
 * findings and comparison set by hand so tests do not move when a stage improves.
 */
export function sampleReport(): PolicyReport {
  const content = readFileSync(new URL('../../src/data/policies/imaginet.txt', import.meta.url), 'utf8');
  const report = analysePolicy({ kind: 'text', content, url: 'https://www.imaginet.co.za/privacy-policy/' });
  const evidence = [{ clause: 12, text: `We collect your name, ID number and address when you sign up (${NON_LATIN1_SAMPLE}).` }];
  return {
    ...report,
    title: 'Imaginet Privacy Policy',
    facts: {
      ...report.facts,
      collects: { value: ['name', 'id-number', 'address'], evidence },
      sells_data: { value: false, evidence: [{ clause: 47, text: 'We will never sell or share your information with third parties for marketing purposes.' }] },
      laws: { value: ['POPIA'], evidence: [] },
    },
    score: {
      score: 68,
      grade: 'B',
      coverage: 0.75,
      points: [
        { fact: 'sells_data', points: 15, weight: 15, status: 'good', reason: 'Says it does not sell your data.', evidence: [] },
        { fact: 'breach_notification', points: 0, weight: 10, status: 'unknown', reason: 'Does not say whether it tells you about a data breach.', evidence: [] },
      ],
    },
    categories: report.categories.map((summary) =>
      summary.category === 'collection'
        ? { ...summary, findings: [{ text: 'Collects your name, ID number and address.', evidence }] }
        : { ...summary, findings: [] },
    ),
    comparison: {
      rank: 2,
      of: 3,
      group: { kind: null, country: null },
      detectedKind: null,
      against: [
        {
          ...{ id: 'ixanet', name: 'ixanet', kind: 'hosting', country: 'CA', policyDate: '2019-05-01', score: 74, grade: 'B' },
          categories: [{ category: 'collection', verdict: 'worse', reason: 'Collects more.' }],
        },
        {
          ...{ id: 'imqs', name: 'IMQS', kind: 'other', country: 'ZA', policyDate: null, score: 41, grade: 'D' },
          categories: [{ category: 'collection', verdict: 'better', reason: 'Collects less.' }],
        },
      ],
    },
  };
}
