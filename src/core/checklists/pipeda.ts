// PIPEDA Schedule 1: the openness principle (4.8.2) and the principles it points at.
import { right, WITHDRAWAL_OFFERED } from './gdpr';
import type { ChecklistItemSpec } from './spec';

export const PIPEDA_ITEMS: ChecklistItemSpec[] = [
  {
    id: 'accountable-person',
    article: '4.8.2(a)',
    plainWords: 'who is accountable for its privacy practices and where to send questions or complaints',
    detect: [{ clauses: [{ all: [{ notice: 'accountable' }, { notice: 'enquiries' }] }] }],
  },
  { id: 'access', article: '4.8.2(b)', plainWords: 'how you can see your information', detect: right('access') },
  { id: 'information-held', article: '4.8.2(c)', plainWords: 'what information it holds', detect: [{ fact: 'collects' }] },
  {
    id: 'related-organisations',
    article: '4.8.2(e)',
    plainWords: 'what information it makes available to related organisations',
    detect: [{ clauses: [{ labels: ['sharing', 'collection'], all: [{ notice: 'relatedOrganisations' }] }] }],
  },
  { id: 'purposes', article: '4.2', plainWords: 'why it collects your information', detect: [{ clauses: [{ labels: ['collection', 'sharing'], all: [{ notice: 'purposes' }] }] }] },
  { id: 'withdraw-consent', article: '4.3.8', plainWords: 'that you may withdraw consent', detect: right('withdraw-consent', WITHDRAWAL_OFFERED) },
  { id: 'complaint', article: '4.10', plainWords: 'how to complain about its handling of your information', detect: [{ clauses: [{ all: [{ notice: 'complaintWord' }] }] }] },
];
