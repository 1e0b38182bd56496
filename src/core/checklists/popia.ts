// POPIA s18(1): what a responsible party must make the data subject aware of when it collects.
import { CONTROLLER, OPT_OUT, right } from './gdpr';
import type { ChecklistItemSpec } from './spec';

export const POPIA_ITEMS: ChecklistItemSpec[] = [
  { id: 'information', article: 's18(1)(a)', plainWords: 'what information it collects', detect: [{ fact: 'collects' }] },
  { id: 'source', article: 's18(1)(a)', plainWords: 'where the information comes from', detect: [{ clauses: [{ labels: ['collection'], all: [{ notice: 'otherSource' }] }, { labels: ['collection'], all: [{ notice: 'directSource' }] }] }] },
  { id: 'responsible-party', article: 's18(1)(b)', plainWords: 'who is responsible for your data and their address', detect: CONTROLLER },
  { id: 'purpose', article: 's18(1)(c)', plainWords: 'why it collects your information', detect: [{ clauses: [{ labels: ['collection', 'sharing'], all: [{ notice: 'purposes' }] }] }] },
  { id: 'voluntary-or-mandatory', article: 's18(1)(d)', plainWords: 'whether giving your information is voluntary or mandatory', detect: [{ clauses: [{ all: [{ notice: 'voluntary' }] }, { all: [{ notice: 'requirement' }] }] }] },
  { id: 'consequences', article: 's18(1)(e)', plainWords: 'what happens if you do not give it', detect: [{ clauses: [{ all: [{ notice: 'consequences' }], none: [{ notice: 'cookies' }] }] }] },
  { id: 'law', article: 's18(1)(f)', plainWords: 'which law requires or allows the collection', detect: [{ clauses: [{ labels: ['collection', 'retention'], all: [{ notice: 'lawRequiring' }] }] }] },
  { id: 'cross-border', article: 's18(1)(g)', plainWords: 'whether it sends your information to another country', detect: [{ fact: 'cross_border_transfer', clauses: [{ labels: ['transfer'] }] }] },
  { id: 'recipients', article: 's18(1)(h)(i)', plainWords: 'who receives your information', detect: [{ fact: 'shares_with_third_parties', clauses: [{ labels: ['sharing'] }] }] },
  { id: 'access-rectification', article: 's18(1)(h)(iii)', plainWords: 'that you may see and correct your information', detect: [...right('access'), ...right('correction')] },
  { id: 'objection', article: 's18(1)(h)(iv)', plainWords: 'that you may object to its processing', detect: right('objection', OPT_OUT) },
  {
    id: 'complaint',
    article: 's18(1)(h)(v)',
    plainWords: 'that you may complain to the Information Regulator',
    detect: [{ clauses: [{ all: [{ notice: 'complaintWord' }, { regulator: 'ZA' }] }] }],
  },
];
