import { describe, expect, it } from 'vitest';
import { clauseStatements, documentStatements } from '../../src/core/statements/extract';
import { polarityOf } from '../../src/core/statements/polarity';

const frames = (texts: string[]) =>
  documentStatements(texts.map((text, index) => ({ index, text }))).map((statements) =>
    statements.map(({ action, polarity, data, parties, places, inherited }) => ({ action, polarity, data, parties, places, inherited: inherited ?? false })),
  );

describe('clauseStatements', () => {
  it('makes one statement per practice verb, each with its own polarity, data, parties and places', () => {
    const [collect, keep, share] = clauseStatements(3, 'We collect your name and IP address and keep them for 30 days; we do not share them with advertisers in the United States.');
    expect(collect).toMatchObject({ clause: 3, action: 'collect', polarity: 'affirmed', data: ['name', 'ip-address'] });
    expect(keep).toMatchObject({ action: 'keep', polarity: 'affirmed', period: '30 days' });
    expect(share).toMatchObject({ action: 'share', polarity: 'denied', parties: ['third-party'], places: ['the United States'] });
  });

  it('reads a sale even in a form the classifier vocabulary lacks ("resell", "sale")', () => {
    expect(clauseStatements(0, 'We do not resell customer data.').map((s) => [s.action, s.polarity])).toEqual([['sell', 'denied']]);
    expect(clauseStatements(0, 'There will be no sale of data.').map((s) => [s.action, s.polarity])).toEqual([['sell', 'denied']]);
  });

  it('reads personal data provided to others as a disclosure, but not a service provided', () => {
    expect(clauseStatements(0, 'We may provide your personal information to companies that help us ship your order.').map((s) => [s.action, s.polarity])).toEqual([['share', 'affirmed']]);
    expect(clauseStatements(0, 'We provide services to help you with your business.').map((s) => s.action)).toEqual([]);
  });

  it('reads data the person is asked to provide as collected, and a promise never to ask as a denial', () => {
    expect(clauseStatements(0, 'We may ask you to provide us with your email address.').map((s) => [s.action, s.polarity, s.data])).toEqual([['collect', 'affirmed', ['email']]]);
    expect(clauseStatements(0, 'You may be asked to provide details such as:').map((s) => [s.action, s.polarity])).toEqual([['collect', 'affirmed']]);
    expect(clauseStatements(0, 'We will never ask you to provide your phone number.').map((s) => [s.action, s.polarity, s.data])).toEqual([['collect', 'denied', ['phone']]]);
  });

  it('reads a statement across the dots of "e.g." and "i.e.", so a denial reaches the examples that follow', () => {
    expect(clauseStatements(0, 'You will not be asked for any personal information, e.g. email address, name etc.').map((s) => [s.action, s.polarity, s.data])).toEqual([
      ['collect', 'denied', ['name', 'email']],
    ]);
    const [sell, share] = clauseStatements(0, 'We do not sell data. We share it with partners, i.e. our bank.');
    expect([sell!.action, sell!.polarity, share!.action, share!.polarity]).toEqual(['sell', 'denied', 'share', 'affirmed']);
  });

  it('a run-in label before a dash or colon names the topic and states nothing', () => {
    expect(clauseStatements(0, '• ISP Tracking – We do NOT track or store your personal IP or exact location.').map((s) => s.polarity)).toEqual(['denied', 'denied', 'denied']);
    expect(clauseStatements(0, 'Data Sharing: We do not share your data.').map((s) => [s.action, s.polarity])).toEqual([['share', 'denied']]);
    // Not a label: the sentence itself opens with its verb.
    expect(clauseStatements(0, 'Tracking – we track your location.').map((s) => s.polarity)).toEqual(['affirmed', 'affirmed']);
  });
});

describe('documentStatements: list items take their introduction\'s frame', () => {
  it('an item without a verb of its own is collected when the introduction collects', () => {
    const [intro, name, email] = frames(['We collect the following information:', '• your name', '• your e-mail address']);
    expect(intro?.[0]).toMatchObject({ action: 'collect', polarity: 'affirmed' });
    expect(name).toEqual([{ action: 'collect', polarity: 'affirmed', data: ['name'], parties: [], places: [], inherited: true }]);
    expect(email?.[0]).toMatchObject({ action: 'collect', polarity: 'affirmed', data: ['email'], inherited: true });
  });

  it('what the person shares, the operator receives: "you will share:" introduces data collected', () => {
    const [intro, name, email] = frames(['When you contact us via one of our contact forms, you will share:', '• Your first and last name', '• Your email address']);
    expect(intro?.[0]).toMatchObject({ action: 'collect', polarity: 'affirmed' });
    expect(name?.[0]).toMatchObject({ action: 'collect', data: ['name'], inherited: true });
    expect(email?.[0]).toMatchObject({ action: 'collect', data: ['email'], inherited: true });
    // The operator sharing is still sharing.
    expect(frames(['We share your e-mail address with our payment processor.'])[0]?.[0]).toMatchObject({ action: 'share' });
  });

  it('an introduction that only enumerates ("… may include, but is not limited to:") lists what the clause before it collects', () => {
    const [asked, intro, email, name] = frames([
      'While using our Service, we may collect certain personally identifiable information.',
      'Personally identifiable information may include, but is not limited to:',
      '(a) Email address',
      '(b) First name and last name',
    ]);
    expect(asked?.some((s) => s.action === 'collect' && s.polarity === 'affirmed')).toBe(true);
    expect(intro).toEqual([]);
    expect(email?.some((s) => s.action === 'collect' && s.data.includes('email') && s.inherited)).toBe(true);
    expect(name?.some((s) => s.action === 'collect' && s.data.includes('name'))).toBe(true);
    // Under a denial it denies: "We don’t want to gather any sensitive information. This includes:".
    const [, , ssn] = frames(['We generally don’t want to gather any sensitive information about you.', 'This includes:', '• Your social security number']);
    expect(ssn?.[0]).toMatchObject({ action: 'collect', polarity: 'denied', inherited: true });
    // Without a clause before it that states a practice, it introduces nothing.
    expect(frames(['Personal Data', 'Personal data may include:', '• Email address'])[2]).toEqual([]);
  });

  it('polarity included: under "We do not collect:" the items are not collected', () => {
    const [, name, ip] = frames(['We do not collect:', '• your name', '• your IP address']);
    expect(name?.[0]).toMatchObject({ action: 'collect', polarity: 'denied', data: ['name'], inherited: true });
    expect(ip?.[0]).toMatchObject({ polarity: 'denied', data: ['ip-address'] });
  });

  it('a heading that denies ("What we don’t store") denies its bullets; the next heading ends its list', () => {
    const [, ip, , servers] = frames(['What we don’t store', '• Your IP address or any information that could be inferred by that address like your location.', 'How we handle your data', '• Our servers are located in Sankt Wendel, Germany.']);
    expect(ip?.[0]).toMatchObject({ action: 'keep', polarity: 'denied', data: expect.arrayContaining(['ip-address', 'location']), inherited: true });
    expect(servers?.[0]).toMatchObject({ action: 'store', polarity: 'affirmed' });
    // A heading that only names a topic introduces nothing.
    expect(frames(['What we store', '• Your IP address'])[1]).toEqual([]);
  });

  it('a sentence that ends by announcing its list introduces it without a colon', () => {
    const [, activity] = frames(['None of the following records are stored by Acme’.', '• Browsing activity.']);
    expect(activity?.[0]).toMatchObject({ polarity: 'denied', data: ['browsing-activity'], inherited: true });
    // "the following" with more said after it is no introduction.
    const [, item] = frames(['We collect the following information only when you ask us to, and only for as long as your account remains open with us.', '• Browsing activity.']);
    expect(item).toEqual([]);
  });

  it('under an introduction that only denies ("Acme does not:"), each item\'s own verb is denied, unless it leaves a way out', () => {
    const [, sell, rent] = frames([
      'Acme does not:',
      'Sell any customer data to third parties.',
      'Rent the names of visitors to suppliers, without your prior approval.',
    ]);
    expect(sell?.[0]).toMatchObject({ action: 'sell', polarity: 'denied' });
    expect(rent?.[0]).toMatchObject({ action: 'sell', polarity: 'conditional' });
  });

  it('a denial further from the colon still governs the list ("does NOT use listener data to:"), but not one with a way out', () => {
    const [, sell] = frames(['Acme does NOT use listener data to:', '• Sell listener data to anyone for any purpose']);
    expect(sell?.[0]).toMatchObject({ action: 'sell', polarity: 'denied' });
    // "except as follows": the list is the exceptions, said as happening.
    const [, share] = frames(['We do not share it except as follows:', '• We share it with our payment processor.']);
    expect(share?.[0]).toMatchObject({ action: 'share', polarity: 'affirmed' });
  });

  it('the parties an introduction names go with each item', () => {
    const [, item] = frames(['We share the following with our service providers:', '• billing address']);
    expect(item?.[0]).toMatchObject({ action: 'share', parties: ['third-party'], data: ['address'] });
  });

  it('a list ends at a sentence that is not an item', () => {
    const [, , after] = frames(['We collect:', '• your name', 'We use cookies on our website to remember you.']);
    expect(after?.every((s) => !s.inherited)).toBe(true);
  });
});

describe('parties: who data goes to, from the one parties vocabulary', () => {
  it.each([
    ['We may share your data with our affiliates.', 'third-party'],
    ['We disclose account details to our payment processors.', 'third-party'],
    ['We pass your details to couriers to deliver your order.', 'third-party'],
    ['We may disclose information to law enforcement when required.', 'authority'],
  ])('%s → %s', (text, party) => {
    expect(clauseStatements(0, text).flatMap((s) => s.parties)).toContain(party);
  });
});

describe('polarityOf', () => {
  it('reads the first match of a global pattern every time, leaving the pattern as it was', () => {
    const verb = /\bsell\b/g;
    const text = 'We do not sell your data. We sell advertising space.';
    expect(polarityOf(text, verb)).toBe('denied');
    expect(polarityOf(text, verb)).toBe('denied');
    expect(verb.lastIndex).toBe(0);
    expect(polarityOf('We sell advertising space.', /\bsell\b/)).toBe('affirmed');
  });
});
