import { describe, expect, it } from 'vitest';
import { MAX_CLAUSE_CHARS, capClause, classifyClause, classifyClauses, decide, type RuleHit } from '../../src/core/classify';
import { isListItem, looksLikeHeading } from '../../src/core/classify/layout';
import { CATEGORIES, type Category, type Clause } from '../../src/core/types';

describe('classifyClause labels', () => {
  it.each<[string, Category[]]>([
    ['We collect your name, email address and phone number when you register.', ['collection']],
    ['We use cookies to remember your login details.', ['collection']],
    ['We may share your personal information with our payment processor.', ['sharing']],
    ['We may disclose information to the police when required by a court order.', ['sharing']],
    ['We keep your account data for five years after you close your account.', ['retention']],
    ['Your data may be transferred to and stored in countries outside the EEA.', ['transfer']],
    ['You have the right to ask us to delete your personal data.', ['rights']],
    ['You can unsubscribe from our newsletter at any time.', ['rights']],
    ['We do not sell your personal information.', ['sharing']],
  ])('%s → %j', (text, labels) => {
    expect(classifyClause(text).labels).toEqual(labels);
  });

  it('reads an opt-out link as a right, and not as a denial', () => {
    const result = classifyClause('Click "Do Not Sell or Share My Personal Information" to opt out.');
    expect(result.labels).toContain('rights');
    expect(result.negated).toBe(false);
  });

  it.each([
    ['security measures', 'We use firewalls and encryption to keep our systems safe.'],
    ['security of collected data', 'We take reasonable precautions to secure the information collected from you.'],
    ['policy change notice', 'We may update this policy from time to time.'],
    ['what the policy covers', 'This policy explains how we collect, use and share your personal data.'],
    ['a definition', '"Personal data" means any information relating to an identified person.'],
    ['contact details', 'Telephone: +44 (0) 20 7946 0000'],
    ['a heading', '3. What Personal Information Is Collected'],
    ['an operator right', 'The company reserves the right to refuse access to the service.'],
    ['billing clause', 'Monthly fees are payable in advance by debit order.'],
    ['junk', 'Your cart is empty.'],
    ['an office address', 'Our office is located in Cape Town, South Africa.'],
    ['a refund right', 'You have the right to receive a refund for faulty goods.'],
  ])('%s gets no label', (_kind, text) => {
    expect(classifyClause(text).labels).toEqual([]);
  });

  it('lists several labels in CATEGORIES order', () => {
    const result = classifyClause('We will never use your data for marketing unless you give your consent.');
    expect(result.labels).toEqual(['collection', 'rights']);
  });

  it('says why, per label, in words: the rules and the words that weighed most, never a probability', () => {
    const result = classifyClause('We do not sell your personal information.');
    expect(result.reasons).toHaveLength(2);
    expect(result.reasons[0]).toMatch(/^sharing: rule “discloses or sells data”.*words “[^”]*sell/);
    expect(result.reasons[1]).toMatch(/^negated: rule .*“a practice is ruled out”/);
    for (const reason of result.reasons) expect(reason).not.toMatch(/\d/);
  });

  it('gives no reasons for a clause without labels', () => {
    expect(classifyClause('Our office is open on weekdays.').reasons).toEqual([]);
  });
});

describe('decide: from rule hits to labels', () => {
  const hit = (tag: RuleHit['tag'], keepsCollection?: boolean): RuleHit => ({ tag, reason: `${tag} rule`, keepsCollection });
  it.each<[string, RuleHit[], Category[], boolean]>([
    ['no hits', [], [], false],
    ['one category', [hit('Sharing')], ['sharing'], false],
    ['another practice drops incidental collection', [hit('Collection'), hit('Retention')], ['retention'], false],
    ['a keepsCollection rule keeps it', [hit('Collection'), hit('Rights', true)], ['collection', 'rights'], false],
    ['a purpose alone is collection', [hit('Purpose')], ['collection'], false],
    ['a purpose beside sharing is not', [hit('Purpose'), hit('Sharing')], ['sharing'], false],
    ['security drops collection', [hit('Collection'), hit('Security')], [], false],
    ['an operator right is not a right', [hit('Rights'), hit('OperatorRight')], [], false],
    ['not a practice drops everything', [hit('Sharing'), hit('Negation'), hit('NotAPractice')], [], false],
    ['an opt-out link is a right only', [hit('Sharing'), hit('Negation'), hit('OptOut')], ['rights'], false],
    ['negation', [hit('Transfer'), hit('Negation')], ['transfer'], true],
    ['negation with a condition', [hit('Transfer'), hit('Negation'), hit('Condition')], ['transfer'], false],
    ['negation without a label', [hit('Negation')], [], false],
  ])('%s', (_case, hits, labels, negated) => {
    const result = decide(hits);
    expect(result.labels).toEqual(labels);
    expect(result.negated).toBe(negated);
    expect(result.reasons).toEqual(hits.map((h) => h.reason));
  });
});

describe('negation (CORPUS.md rule)', () => {
  it.each([
    ['We will never sell or share your information with third parties for marketing purposes.', true],
    ['We do not transfer a customer’s personal information to other countries.', true],
    ['The information is not stored in a database for future use.', true],
    ["We don't sell personal data.", true],
    ['Neither we nor our partners sell your personal information.', true],
    ['At no time do we sell your personal information.', true],
    ['We do not knowingly collect information from children under 13.', true],
    ['We will not retain your data longer than 30 days.', false],
    ['We do not share personal information without first obtaining your consent, unless required by law.', false],
    ['We will never use this information for other marketing purposes unless you expressly give your consent.', false],
    ['Data is not kept longer than necessary.', false],
    ['Data is not transferred outside of the EEA without adequate protection.', false],
    ['The information that we collect does not identify you personally.', false],
    ['We share your information with our couriers.', false],
    ['We collect your email address and we do not share it.', false],
  ])('%s → negated %s', (text, negated) => {
    const result = classifyClause(text);
    expect(result.labels.length).toBeGreaterThan(0);
    expect(result.negated).toBe(negated);
  });
});

describe('bad and extreme input', () => {
  it.each(['', '   ', '\n\n', '•', '12.3'])('%j gives an empty result', (text) => {
    expect(classifyClause(text)).toEqual({ labels: [], negated: false, reasons: [] });
  });

  it('does not crash on a non-string', () => {
    expect(classifyClause(undefined as unknown as string)).toEqual({ labels: [], negated: false, reasons: [] });
  });

  it('reads only the first MAX_CLAUSE_CHARS of a huge clause without punctuation', () => {
    const huge = 'we collect your personal data '.repeat(40_000);
    expect(capClause(huge).length).toBeLessThanOrEqual(MAX_CLAUSE_CHARS);
    const started = performance.now();
    expect(classifyClause(huge).labels).toEqual(['collection']);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('random text never throws and always gives a well-formed result', () => {
    const pieces = ['we', 'do', 'not', "don't", 'share', 'collect', 'data', 'personal information', 'third parties', '•', '1.',
      ':', ';', '"', '’', '(', ')', '…', '—', '\u0000', '\u202e', '😀', 'ñ', '中文', '\n', '  ', '#', '*', '.{0,3}', 'e-mail', "'s"];
    let seed = 42;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 300; i++) {
      const text = Array.from({ length: Math.floor(next() * 30) }, () => pieces[Math.floor(next() * pieces.length)]).join(' ');
      const result = classifyClause(text);
      expect(CATEGORIES.filter((c) => result.labels.includes(c))).toEqual(result.labels);
      if (result.negated) expect(result.labels.length).toBeGreaterThan(0);
    }
  });

  it('a cut at MAX_CLAUSE_CHARS falls on a word boundary', () => {
    const text = `${'a'.repeat(MAX_CLAUSE_CHARS - 3)} bbbbbb`;
    expect(capClause(text)).toBe('a'.repeat(MAX_CLAUSE_CHARS - 3));
  });
});

describe('list structure', () => {
  it.each([
    ['• E-mail address', true],
    ['Contact information (names, addresses);', true],
    ['Manage our services', true],
    ['TRANSFER OF INFORMATION', false],
    ['2. Clients', false],
    ['We keep logs of every visit to the site for diagnostic purposes.', false],
  ])('isListItem(%j) is %s', (text, expected) => {
    expect(isListItem(text)).toBe(expected);
  });

  it.each([
    ['5. How we use your personal information', true],
    ['DISCLOSURE OF INFORMATION', true],
    ['Why do we collect personal information?', true],
    ['1. We share data with advertisers', false],
    ['We collect your name.', false],
    ['• Name & surname', false],
    ['We collect the following information:', false],
  ])('looksLikeHeading(%j) is %s', (text, expected) => {
    expect(looksLikeHeading(text)).toBe(expected);
  });

  const asClauses = (texts: string[]): Clause[] =>
    texts.map((text, index) => ({ index, text, start: 0, end: text.length }));

  it('list items take the labels of the clause that introduces them', () => {
    const result = classifyClauses(
      asClauses([
        'We may disclose your personal information to third parties on the following basis:',
        '• Where we have your consent; or',
        '• Where we are required to do so by law.',
        'SECURITY',
        '• We use firewalls.',
      ]),
    );
    expect(result.map((clause) => clause.labels)).toEqual([['sharing'], ['sharing'], ['sharing'], [], []]);
    expect(result[1]?.reasons).toHaveLength(1);
    expect(result[1]?.reasons[0]).toMatch(/^sharing: .*the list it belongs to$/);
  });

  it('keeps the clause fields and order', () => {
    const clauses = asClauses(['We collect your email address.', 'Hello.']);
    const result = classifyClauses(clauses);
    expect(result.map(({ index, text, start, end }) => ({ index, text, start, end }))).toEqual(clauses);
  });

  it('a clause without text is classified as empty, not a crash', () => {
    const broken = [{ index: 0, text: undefined as unknown as string, start: 0, end: 0 }];
    expect(classifyClauses(broken)[0]).toMatchObject({ labels: [], negated: false });
  });

  it('an empty list gives an empty list', () => {
    expect(classifyClauses([])).toEqual([]);
  });
});
