// CCPA/CPRA (Cal. Civ. Code 1798.100-.135) and the notice at collection and privacy
// policy the regulations require (Cal. Code Regs. tit. 11, §7011(e): every item below is
// also one of its paragraphs, so the article cites the Civil Code section only).
import { RETENTION, right } from './gdpr';
import type { ChecklistItemSpec } from './spec';

export const CCPA_ITEMS: ChecklistItemSpec[] = [
  { id: 'categories-collected', article: '1798.110(c)(1)', plainWords: 'what categories of personal information it collects', detect: [{ fact: 'collects' }] },
  { id: 'sources', article: '1798.110(c)(2)', plainWords: 'where your information comes from', detect: [{ clauses: [{ labels: ['collection'], all: [{ notice: 'otherSource' }] }, { labels: ['collection'], all: [{ notice: 'directSource' }] }] }] },
  { id: 'purposes', article: '1798.110(c)(3)', plainWords: 'why it collects your information', detect: [{ clauses: [{ labels: ['collection', 'sharing'], all: [{ notice: 'purposes' }] }] }] },
  { id: 'sold-or-shared', article: '1798.115(c)(1)', plainWords: 'whether it sells or shares your information, and to whom', detect: [{ fact: 'sells_data', clauses: [{ labels: ['sharing'], all: [{ notice: 'sale' }] }] }] },
  {
    id: 'disclosed-for-business-purpose',
    article: '1798.115(c)(2)',
    plainWords: 'what it discloses for business purposes, and to whom',
    detect: [{ clauses: [{ labels: ['sharing'], all: [{ notice: 'businessPurpose' }] }] }],
  },
  { id: 'right-to-know', article: '1798.110', plainWords: 'that you may know what it holds about you', detect: right('access') },
  { id: 'right-to-delete', article: '1798.105', plainWords: 'that you may have your information deleted', detect: right('deletion') },
  { id: 'right-to-correct', article: '1798.106', plainWords: 'that you may have it corrected', detect: right('correction') },
  { id: 'right-to-opt-out', article: '1798.120', plainWords: 'that you may opt out of its sale or sharing', detect: [{ clauses: [{ all: [{ notice: 'optOutOfSale' }] }] }] },
  { id: 'right-to-limit', article: '1798.121', plainWords: 'that you may limit the use of sensitive information', detect: [{ clauses: [{ all: [{ notice: 'limitSensitive' }] }] }] },
  { id: 'non-discrimination', article: '1798.125', plainWords: 'that it will not treat you worse for using your rights', detect: [{ clauses: [{ all: [{ notice: 'nonDiscrimination' }] }] }] },
  { id: 'request-methods', article: '1798.130(a)(1)', plainWords: 'how to send a request', detect: [{ clauses: [{ labels: ['rights'], all: [{ notice: 'requestMethods' }] }] }] },
  { id: 'authorized-agent', article: '1798.135(e)', plainWords: 'whether someone may make a request for you', detect: [{ clauses: [{ all: [{ notice: 'authorisedAgent' }] }] }] },
  { id: 'retention', article: '1798.100(a)(3)', plainWords: 'how long it keeps your information', detect: RETENTION },
  { id: 'last-updated', article: '1798.130(a)(5)', plainWords: 'when the policy was last updated', detect: [{ clauses: [{ all: [{ notice: 'lastUpdated' }, { notice: 'dated' }] }] }] },
  { id: 'opt-out-signal', article: '1798.135(b)', plainWords: 'whether it honours opt-out signals such as Global Privacy Control', detect: [{ clauses: [{ all: [{ notice: 'optOutSignal' }] }] }] },
];
