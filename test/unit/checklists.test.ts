import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analysePolicy } from '../../src/core/analyse';
import { applicableLaws, providerCountry } from '../../src/core/checklists/applicable';
import { EVIDENCE_PER_ITEM, evaluateItem } from '../../src/core/checklists/evaluate';
import { CHECKLISTS } from '../../src/core/checklists/index';
import type { ChecklistItemSpec } from '../../src/core/checklists/spec';
import { extractFacts } from '../../src/core/facts';
import { CHECKLIST_LAWS, type Category, type ClassifiedClause } from '../../src/core/types';
import { goldItems, scoreChecklist } from '../../src/eval/checklist-eval';
import type { LabelledItem } from '../../src/eval/labelled';

function clause(index: number, text: string, labels: Category[] = [], negated = false): ClassifiedClause {
  return { index, text, start: 0, end: text.length, labels, negated, reasons: [] };
}
const noFacts = extractFacts([]);
const policyText = (id: string) => readFileSync(new URL(`../../src/data/policies/${id}.txt`, import.meta.url), 'utf8');

describe('checklist data', () => {
  it.each(CHECKLIST_LAWS)('%s has unique item ids, an article and plain words for each, and something to detect', (law) => {
    const { items } = CHECKLISTS[law];
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    for (const item of items) {
      expect(item.article).not.toBe('');
      expect(item.plainWords).toMatch(/^[a-z]/);
      expect(item.detect.length).toBeGreaterThan(0);
    }
  });

  it('keeps the ids of the issue (part of the --json contract)', () => {
    expect(CHECKLISTS.gdpr.items.map((i) => i.id)).toEqual([
      'controller', 'dpo', 'purposes', 'legal-basis', 'legitimate-interests', 'recipients', 'transfers', 'retention', 'access', 'rectification',
      'erasure', 'restriction', 'portability', 'objection', 'withdraw-consent', 'complaint', 'requirement', 'automated-decisions', 'categories', 'source',
    ]);
    expect(CHECKLISTS['uk-gdpr'].items).toBe(CHECKLISTS.gdpr.items);
    expect(CHECKLISTS.popia.items.map((i) => i.id)).toEqual([
      'information', 'source', 'responsible-party', 'purpose', 'voluntary-or-mandatory', 'consequences', 'law', 'cross-border', 'recipients',
      'access-rectification', 'objection', 'complaint',
    ]);
    expect(CHECKLISTS.pipeda.items.map((i) => i.id)).toEqual(['accountable-person', 'access', 'information-held', 'related-organisations', 'purposes', 'withdraw-consent', 'complaint']);
    expect(CHECKLISTS.ccpa.items).toHaveLength(16);
  });
});

describe('evaluateItem', () => {
  const item = (detect: ChecklistItemSpec['detect']): ChecklistItemSpec => ({ id: 'x', article: 'Art. 1', plainWords: 'something', detect });

  it('is addressed by a clause with one of the labels that names every term, quoting it', () => {
    const spec = item([{ clauses: [{ labels: ['rights'], all: [{ notice: 'complaintWord' }, { regulator: 'ZA' }] }] }]);
    const yes = clause(3, 'You may lodge a complaint with the Information Regulator.', ['rights']);
    expect(evaluateItem(spec, [yes], noFacts)).toEqual({ id: 'x', article: 'Art. 1', status: 'addressed', evidence: [{ clause: 3, text: yes.text }] });
    expect(evaluateItem(spec, [{ ...yes, labels: ['sharing'] }], noFacts).status).toBe('not-found');
    expect(evaluateItem(spec, [clause(3, 'You may lodge a complaint with the ICO.', ['rights'])], noFacts).status).toBe('not-found');
  });

  it('quotes a sentence before a heading or a contents line that names the same thing', () => {
    const spec = item([{ clauses: [{ all: [{ right: 'access' }] }] }]);
    const heading = clause(2, '4. Right of Access', []);
    const contents = clause(3, '• How can you access your data?', []);
    const sentence = clause(9, 'You may request access to the personal information we hold about you.', []);
    const result = evaluateItem(spec, [heading, contents, sentence], noFacts);
    expect(result.status).toBe('addressed');
    expect(result.evidence[0]).toEqual({ clause: 9, text: sentence.text });
    // A heading alone still says where it is addressed.
    expect(evaluateItem(spec, [heading], noFacts).evidence).toEqual([{ clause: 2, text: heading.text }]);
  });

  it('quotes the clause naming who is responsible before a contact line, and a definition last', () => {
    const spec = CHECKLISTS.gdpr.items.find((i) => i.id === 'controller')!;
    const contact = clause(1, 'You may contact us at any time to opt out of marketing.', ['rights']);
    const definition = clause(2, '• The data controller is the person or organisation who determines the how and what of data processing.', []);
    const named = clause(7, 'Acme Broadband Limited, 1 High Street, Dundalk, is the Data Controller.', []);
    const result = evaluateItem(spec, [contact, definition, named], noFacts);
    expect(result.evidence.map((e) => e.clause)).toEqual([7, 1, 2]);
    expect(evaluateItem(spec, [contact, definition], noFacts).evidence.map((e) => e.clause)).toEqual([1, 2]);
    // Neither a copy sent "to another controller" nor what "is provided by you" says who is responsible.
    const portability = clause(3, 'You may have the data transmitted directly to another controller.', ['rights']);
    const voluntary = clause(4, 'All information from our surveys is provided by you voluntarily.', ['collection']);
    expect(evaluateItem(spec, [portability, voluntary], noFacts).status).toBe('not-found');
  });

  it('a fitness challenge is no complaint, a promise not to sell is no opt-out, and "last updated" needs its date', () => {
    const status = (law: 'pipeda' | 'ccpa', id: string, text: string) =>
      evaluateItem(CHECKLISTS[law].items.find((i) => i.id === id)!, [clause(0, text, ['rights'])], noFacts).status;
    expect(status('pipeda', 'complaint', 'You can join a monthly running challenge with your friends.')).toBe('not-found');
    expect(status('pipeda', 'complaint', 'You may challenge our compliance with these principles by writing to our Privacy Officer.')).toBe('addressed');
    expect(status('ccpa', 'right-to-opt-out', 'We do not sell your personal information.')).toBe('not-found');
    expect(status('ccpa', 'right-to-opt-out', 'Click "Do Not Sell or Share My Personal Information" at the bottom of the page.')).toBe('addressed');
    expect(status('ccpa', 'last-updated', 'When we change this policy we will revise the "last updated" date at the top of this page.')).toBe('not-found');
    // Deleting or blocking cookies is a browser setting, as the rights fact reads it: no erasure, no restriction.
    const erasure = CHECKLISTS.gdpr.items.find((i) => i.id === 'erasure')!;
    expect(evaluateItem(erasure, [clause(0, 'You can delete or block cookies through your browser settings.', ['rights'])], noFacts).status).toBe('not-found');
    expect(evaluateItem(erasure, [clause(0, 'You can ask us to delete your personal data.', ['rights'])], noFacts).status).toBe('addressed');
    // Purposes in the future tense: "will use your personal information to".
    const purposes = CHECKLISTS.gdpr.items.find((i) => i.id === 'purposes')!;
    expect(evaluateItem(purposes, [clause(0, 'MTN will use your personal information to:-', ['collection'])], noFacts).status).toBe('addressed');
  });

  it('the date a policy took effect, however it is worded, tells when it was last updated', () => {
    const spec = CHECKLISTS.ccpa.items.find((i) => i.id === 'last-updated')!;
    const status = (text: string) => evaluateItem(spec, [clause(0, text, [])], noFacts).status;
    expect(status('Last updated: May 2024')).toBe('addressed');
    expect(status('Privacy Policy, V1, valid as of: 02/2022')).toBe('addressed');
    expect(status('This policy is in force since 1 May 2024.')).toBe('addressed');
    expect(status('Version 1.2 — May 22, 2018')).toBe('addressed');
    expect(status('Our app works with version 2 of the API.')).toBe('not-found');
    expect(status('Your password must be valid for our services.')).toBe('not-found');
  });

  it('a right is addressed wherever the rights fact reads it, even in a clause the classifier left unlabelled, quoting the clause that names it', () => {
    const portability = CHECKLISTS.gdpr.items.find((i) => i.id === 'portability')!;
    const clauses = [clause(0, 'Specifically, you have the right to:'), clause(1, '(3) Erasure (Art. 17)'), clause(2, '(5) Data portability (Art. 20)')];
    expect(evaluateItem(portability, clauses, extractFacts(clauses))).toEqual({ id: 'portability', article: 'Art. 13(2)(b)', status: 'addressed', evidence: [{ clause: 2, text: '(5) Data portability (Art. 20)' }] });
    // The same item with no line introducing rights is not the person's right.
    const alone = [clause(0, 'We process these categories:'), clause(1, '(5) Data portability records')];
    expect(evaluateItem(portability, alone, extractFacts(alone)).status).toBe('not-found');
    const access = CHECKLISTS.gdpr.items.find((i) => i.id === 'access')!;
    const listed = [clause(0, 'Specifically, you have the right to:'), clause(1, '(1) Access to your data (Art. 15)')];
    expect(evaluateItem(access, listed, extractFacts(listed)).status).toBe('addressed');
    const complaint = CHECKLISTS.gdpr.items.find((i) => i.id === 'complaint')!;
    const toTheRegulator = [clause(0, 'Specifically, you have the right to:'), clause(1, '(7) Lodge a complaint with the ICO')];
    expect(evaluateItem(complaint, toTheRegulator, extractFacts(toTheRegulator)).status).toBe('addressed');
  });

  it('consent given by using the service is a legal basis stated, however it is worded; a settings choice is not', () => {
    const basis = CHECKLISTS.gdpr.items.find((i) => i.id === 'legal-basis')!;
    for (const text of [
      'By using our website, you hereby consent to our Privacy Policy and agree to its terms.',
      'By accessing this website, you are indicating your express and unconditional consent to the collection of any personal information.',
      'When you sign up, you give consent to share your information with other users.',
    ]) expect(evaluateItem(basis, [clause(0, text)], noFacts).status, text).toBe('addressed');
    expect(evaluateItem(basis, [clause(0, 'You can change your cookie settings at any time.')], noFacts).status).toBe('not-found');
  });

  it('a GDPR data protection officer is not India\'s grievance officer', () => {
    const dpo = CHECKLISTS.gdpr.items.find((i) => i.id === 'dpo')!;
    expect(evaluateItem(dpo, [clause(0, 'Contact our Data Protection Officer at dpo@example.com.')], noFacts).status).toBe('addressed');
    expect(evaluateItem(dpo, [clause(0, 'The details of the grievance officer are as below:')], noFacts).status).toBe('not-found');
  });

  it("a GDPR complaint to a regulator is offered to the person, not the operator's promise to cooperate with one", () => {
    const complaint = CHECKLISTS.gdpr.items.find((i) => i.id === 'complaint')!;
    const offered = 'If we cannot resolve it, you may complain to your data protection authority.';
    const cooperates = 'Acme will cooperate with the appropriate governmental authorities, including data protection authorities, to resolve any complaints that cannot be amicably resolved.';
    expect(evaluateItem(complaint, [clause(0, offered)], noFacts).status).toBe('addressed');
    expect(evaluateItem(complaint, [clause(0, cooperates)], noFacts).status).toBe('not-found');
  });

  it('a GDPR complaint: a regulator to turn to when the person is not satisfied with the answer; dissatisfaction alone is not', () => {
    const complaint = CHECKLISTS.gdpr.items.find((i) => i.id === 'complaint')!;
    const generic = "We'll do our best to help but if you're still unhappy, you can contact the communications authority.";
    const named = 'If you are not satisfied with our response, you can contact the Information Commissioner’s Office.';
    const ours = 'If you are dissatisfied with our services, please contact our support team.';
    expect(evaluateItem(complaint, [clause(0, generic)], noFacts).status).toBe('addressed');
    expect(evaluateItem(complaint, [clause(0, named)], noFacts).status).toBe('addressed');
    expect(evaluateItem(complaint, [clause(0, ours)], noFacts).status).toBe('not-found');
  });

  it('legitimate interests are named, or the operator\'s legal position; a reason to disclose data to the authorities is neither', () => {
    const interests = CHECKLISTS.gdpr.items.find((i) => i.id === 'legitimate-interests')!;
    expect(evaluateItem(interests, [clause(0, 'We process usage data on the basis of our legitimate interests in improving the app.')], noFacts).status).toBe('addressed');
    expect(evaluateItem(interests, [clause(0, 'Protect against legal liability')], noFacts).status).toBe('addressed');
    expect(evaluateItem(interests, [clause(0, 'We may also share your information to comply with legal obligations or to protect our rights and property.')], noFacts).status).toBe('not-found');
  });

  it('an automated check of the person or what they send is automated decision-making; automation alone is not', () => {
    const automated = CHECKLISTS.gdpr.items.find((i) => i.id === 'automated-decisions')!;
    expect(evaluateItem(automated, [clause(0, 'Visitor comments may be checked through an automated spam detection service.')], noFacts).status).toBe('addressed');
    expect(evaluateItem(automated, [clause(0, 'The key data of your device are subject to an automated analysis of user behaviour.')], noFacts).status).toBe('addressed');
    expect(evaluateItem(automated, [clause(0, 'We send automated e-mails when your order ships.')], noFacts).status).toBe('not-found');
  });

  it('a withdrawal offered in so many words counts in a clause of any label; a withdrawal named elsewhere needs a rights clause', () => {
    const offered = 'Information provided and/or collected by the Developer may be withdrawn at any time during usage of the Application.';
    const named = 'The operator may withdraw the consent form at any time.';
    for (const law of ['gdpr', 'pipeda'] as const) {
      const withdraw = CHECKLISTS[law].items.find((i) => i.id === 'withdraw-consent')!;
      expect(evaluateItem(withdraw, [clause(0, offered, ['collection'])], noFacts).status).toBe('addressed');
      expect(evaluateItem(withdraw, [clause(0, named, ['collection'])], noFacts).status).toBe('not-found');
    }
  });

  it('counts a denial unless the rule asks for an affirmative clause', () => {
    const denial = clause(0, 'We do not transfer your data abroad.', ['transfer'], true);
    expect(evaluateItem(item([{ clauses: [{ labels: ['transfer'] }] }]), [denial], noFacts).status).toBe('addressed');
    expect(evaluateItem(item([{ clauses: [{ labels: ['transfer'], polarity: 'affirmative' }] }]), [denial], noFacts).status).toBe('not-found');
  });

  it('leaves out clauses naming a `none` term', () => {
    const spec = item([{ clauses: [{ all: [{ notice: 'consequences' }], none: [{ notice: 'cookies' }] }] }]);
    expect(evaluateItem(spec, [clause(0, 'If you refuse cookies, you may not be able to use the site.')], noFacts).status).toBe('not-found');
    expect(evaluateItem(spec, [clause(0, 'If you do not provide your ID number, we cannot open an account.')], noFacts).status).toBe('addressed');
  });

  it('is met by a stated fact, with the fact’s evidence', () => {
    const kept = clause(7, 'We keep your records for five years after your account closes.', ['retention']);
    const facts = extractFacts([kept]);
    expect(facts.retention.value).not.toBeNull();
    expect(evaluateItem(item([{ fact: 'retention' }]), [kept], facts).evidence.map((e) => e.clause)).toEqual([7]);
    expect(evaluateItem(item([{ fact: 'retention' }]), [kept], noFacts).status).toBe('not-found');
  });

  it('needs every need met, and quotes each', () => {
    const spec = CHECKLISTS.popia.items.find((i) => i.id === 'access-rectification')!;
    const see = clause(1, 'You may request access to your personal information.', ['rights']);
    const fix = clause(2, 'You may ask us to correct your personal information.', ['rights']);
    expect(evaluateItem(spec, [see], noFacts).status).toBe('not-found');
    expect(evaluateItem(spec, [fix], noFacts).status).toBe('not-found');
    expect(evaluateItem(spec, [see, fix], noFacts).evidence.map((e) => e.clause)).toEqual([1, 2]);
  });

  it(`quotes at most ${EVIDENCE_PER_ITEM} clauses`, () => {
    const many = Array.from({ length: 6 }, (_, i) => clause(i, `We share data with partner ${i}.`, ['sharing']));
    expect(evaluateItem(item([{ clauses: [{ labels: ['sharing'] }] }]), many, noFacts).evidence).toHaveLength(EVIDENCE_PER_ITEM);
  });
});

describe('providerCountry', () => {
  it.each([
    ['For the purposes of Data Protection Law, we are Acme Limited, a company registered in England and Wales with Company No. 123.', 'GB'],
    ['Imaginet is an Internet Service Provider (ISP) in South Africa offering connectivity.', 'ZA'],
    ['Acme Inc. is incorporated under the laws of Canada.', 'CA'],
    ['Our registered office is 1 Main Street, Dublin, Ireland.', 'IE'],
  ])('%s → %s', (text, country) => {
    expect(providerCountry([clause(0, text)])).toBe(country);
  });

  it.each([
    ['where data is kept, not where the provider is', 'We store your data on servers in Canada.', []],
    ['a transfer clause, even with a seat word', 'Our registered office may transfer data to the United States.', ['transfer']],
    ['two countries in one clause', 'We are a company registered in Ireland with offices in the United Kingdom.', []],
    ['a law of another country in passing', 'We comply with the laws of South Africa.', []],
  ] as [string, string, Category[]][])('none from %s', (_, text, labels) => {
    expect(providerCountry([clause(0, text, labels)])).toBeNull();
  });

  it('none when two seat clauses disagree', () => {
    expect(providerCountry([clause(0, 'Acme Ltd is registered in England.'), clause(1, 'Acme GmbH is registered in Germany.')])).toBeNull();
  });
});

describe('applicableLaws', () => {
  const lawsOf = (id: string, residence?: Parameters<typeof applicableLaws>[0]['residence']) => {
    const report = analysePolicy({ kind: 'text', content: policyText(id) });
    return applicableLaws({ clauses: report.clauses, facts: report.facts, residence });
  };

  it.each([
    ['imaginet', undefined, ['popia']],
    ['imqs', undefined, ['popia']],
    // Names the GDPR, registered in England and Wales: one UK GDPR list, not two identical ones.
    ['i-image', undefined, ['uk-gdpr']],
    ['i-image', 'eu', ['gdpr', 'uk-gdpr']],
    ['ixanet', undefined, []],
    ['ixanet', 'ca', ['pipeda']],
    ['imaginet', 'california', ['popia', 'ccpa']],
    ['imaginet', 'elsewhere', ['popia']],
  ] as const)('%s, reader in %s → %j', (id, residence, laws) => {
    expect(lawsOf(id, residence)).toEqual(laws);
  });

  it('the report carries the checklists of the laws that apply, or of the laws asked for', () => {
    const text = policyText('imaginet');
    expect(analysePolicy({ kind: 'text', content: text }).checklists.map((c) => c.law)).toEqual(['popia']);
    expect(analysePolicy({ kind: 'text', content: text }, { laws: ['ccpa', 'gdpr'] }).checklists.map((c) => c.law)).toEqual(['gdpr', 'ccpa']);
    expect(analysePolicy({ kind: 'text', content: text }, { laws: [] }).checklists).toEqual([]);
  });

  it('gives the checklists of an ungraded report it read, and none for a text it cannot read', () => {
    const thin = analysePolicy({ kind: 'text', content: 'Privacy policy. We keep your data for two years. Contact us at privacy@example.com. This policy follows the GDPR.' });
    expect(thin.score.grade).toBeNull();
    expect(thin.checklists.map((c) => c.law)).toEqual(['gdpr']);
    expect(thin.checklists[0]!.items.find((i) => i.id === 'retention')?.status).toBe('addressed');
    const french =
      "Politique de confidentialité. Nous collectons vos données personnelles, notamment votre nom, votre adresse électronique et votre numéro de téléphone, afin de fournir nos services. Vos données sont conservées pendant trois ans. Vous disposez d'un droit d'accès, de rectification et de suppression de vos données conformément au RGPD.";
    const unread = analysePolicy({ kind: 'text', content: french }, { laws: ['gdpr'], residence: 'eu' });
    expect(unread.score.gradeWithheld?.reason).toBe('not-english');
    expect(unread.checklists).toEqual([]);
  });
});

describe('GT200 checklist measurement', () => {
  const passage = (requirement: string, performed = true): LabelledItem => ({
    source: 'gt200', policy: 'p', n: 0, text: 't', labels: [], known: [], negated: false, junk: false,
    spans: [{ requirement, value: 'v', performed }],
  });

  it('maps both controller labels to one item and counts denials as addressed', () => {
    expect([...goldItems([passage('Controller Name'), passage('Controller Contact'), passage('Third-country Transfers', false)])].sort()).toEqual(['controller', 'transfers']);
    expect(goldItems([passage('Not a GT200 label')]).size).toBe(0);
  });

  it('scores each item over policies, and macro-F1 over the items', () => {
    const scores = scoreChecklist([
      { policy: 'a', gold: new Set(['dpo']), found: new Set(['dpo']) },
      { policy: 'b', gold: new Set(['dpo']), found: new Set() },
      { policy: 'c', gold: new Set(), found: new Set(['dpo']) },
    ]);
    expect(scores.items.dpo).toMatchObject({ tp: 1, fp: 1, fn: 1, support: 2, precision: 0.5, recall: 0.5, f1: 0.5 });
    expect(scores.items.controller).toMatchObject({ tp: 0, fp: 0, fn: 0, f1: 0 });
    expect(scores.macroF1).toBeCloseTo(0.5 / 20);
  });
});
