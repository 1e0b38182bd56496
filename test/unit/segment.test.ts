import { describe, expect, it } from 'vitest';
import { segmentationAgreement } from '../../bench/segment-eval';
import { MAX_CLAUSE_CHARS, segmentClauses } from '../../src/core/segment';
import type { Clause } from '../../src/core/types';

const texts = (text: string) => segmentClauses(text).map((c) => c.text);

/** Offsets reproduce each clause, clauses are in order, never overlap and never hold leading or trailing space. */
function expectConsistent(text: string, clauses: Clause[]): void {
  let previousEnd = 0;
  clauses.forEach((clause, i) => {
    expect(clause.index).toBe(i);
    expect(text.slice(clause.start, clause.end)).toBe(clause.text);
    expect(clause.start).toBeGreaterThanOrEqual(previousEnd);
    expect(clause.text).toBe(clause.text.trim());
    expect(clause.text.length).toBeGreaterThan(0);
    expect(clause.text.length).toBeLessThanOrEqual(MAX_CLAUSE_CHARS);
    previousEnd = clause.end;
  });
}

describe('segmentClauses', () => {
  it.each([
    ['sentences', 'We collect data. We share it. Do we sell it? No!', ['We collect data.', 'We share it.', 'Do we sell it?', 'No!']],
    // An exclamation mark before a small letter belongs to a name.
    ['a name with an exclamation mark', 'We collect usage data (e.g. Mail/WAP/live! use) and your name. We use Yahoo! services. Please stop! We mean it.', ['We collect usage data (e.g. Mail/WAP/live! use) and your name.', 'We use Yahoo! services.', 'Please stop!', 'We mean it.']],
    ['lines, headings and list items', 'Privacy Policy\n\n1. Introduction\n• Name & surname\n• E-mail address', ['Privacy Policy', '1. Introduction', '• Name & surname', '• E-mail address']],
    ['a clause number stays with its text', '4.6.1 Imagine will suspend service. If suspended, a fee applies.', ['4.6.1 Imagine will suspend service.', 'If suspended, a fee applies.']],
    ['bare markers do not end a sentence', '1. Clients\n(a) Names.\n(iv) Numbers.', ['1. Clients', '(a) Names.', '(iv) Numbers.']],
    ['e.g. and i.e.', 'We collect data, e.g. your name. We use cookies, i.e. small files.', ['We collect data, e.g. your name.', 'We use cookies, i.e. small files.']],
    ['a dotted abbreviation ending a hyphenated word', 'We adhere to the EU-U.S. Data Privacy Framework and the Swiss-U.S. Data Privacy Framework. We host data in the U.S.A. Our staff are trained.', ['We adhere to the EU-U.S. Data Privacy Framework and the Swiss-U.S. Data Privacy Framework.', 'We host data in the U.S.A. Our staff are trained.']],
    ['legal citations and company names with dotted abbreviations', 'Listed in Cal. Civ. Code § 1798.80 and 20 U.S.C. section 1232g. Sand Studio Pte. Ltd. and Acme GmbH & Co. KG are controllers. Write to P.O. Box 12 or to AT&T S. de R.L. de C.V. in Mexico. Data goes to Acme Co. We audit them.', ['Listed in Cal. Civ. Code § 1798.80 and 20 U.S.C. section 1232g.', 'Sand Studio Pte. Ltd. and Acme GmbH & Co. KG are controllers.', 'Write to P.O. Box 12 or to AT&T S. de R.L. de C.V. in Mexico.', 'Data goes to Acme Co.', 'We audit them.']],
    ['titles and numbers', 'Contact Mr. Smith or Dr. Jones. Act No. 4 of 2013 applies.', ['Contact Mr. Smith or Dr. Jones.', 'Act No. 4 of 2013 applies.']],
    ['company suffixes mid-sentence', 'i-Image IT Ltd. will comply. Benwest (Pty) Ltd. is the operator.', ['i-Image IT Ltd. will comply.', 'Benwest (Pty) Ltd. is the operator.']],
    ['company suffix ending a sentence', 'Data goes to Acme Inc. We audit them.', ['Data goes to Acme Inc.', 'We audit them.']],
    ['etc. ending a sentence or not', 'Names, emails etc. are kept. Logs, IPs etc. We delete them.', ['Names, emails etc. are kept.', 'Logs, IPs etc.', 'We delete them.']],
    ['URLs and e-mail addresses', 'Visit www.example.co.za/privacy.html today. Mail privacy@example.com. Done.', ['Visit www.example.co.za/privacy.html today.', 'Mail privacy@example.com.', 'Done.']],
    ['decimals and amounts', 'A fee of R250.00 (Incl. VAT) applies. Speeds of 3.5 Mbps are typical.', ['A fee of R250.00 (Incl. VAT) applies.', 'Speeds of 3.5 Mbps are typical.']],
    ['ellipses', 'We may share data... with partners. We may stop… Then we delete it.', ['We may share data... with partners.', 'We may stop…', 'Then we delete it.']],
    ['quotes after full stops', 'We call this "personal data." It includes names. “Cookies.” are files.', ['We call this "personal data."', 'It includes names.', '“Cookies.” are files.']],
    ['initials', 'Signed by J. R. Smith on behalf of the firm. Thanks.', ['Signed by J. R. Smith on behalf of the firm.', 'Thanks.']],
    ['German abbreviations', 'Wir verarbeiten Daten nach Art. 6 Abs. 1 lit. b DSGVO. Das ist alles.', ['Wir verarbeiten Daten nach Art. 6 Abs. 1 lit. b DSGVO.', 'Das ist alles.']],
    ['a lower-case brand starting a sentence', 'This is in effect as of May 2019. ixanet will review it.', ['This is in effect as of May 2019.', 'ixanet will review it.']],
    ['one-word exclamations stay together', 'Quick! Buy something!', ['Quick! Buy something!']],
    ['semicolon list items merged onto one line', 'Technical data (IP address); Information on purchases;', ['Technical data (IP address);', 'Information on purchases;']],
    ['bulleted items merged onto one line', 'We collect: • Name & surname • E-mail address. • Phone', ['We collect:', '• Name & surname', '• E-mail address.', '• Phone']],
    ['semicolons inside a sentence', 'We collect names; We also collect addresses.', ['We collect names; We also collect addresses.']],
    // A page dump that lost its line breaks glues a sentence to the next one's capital.
    ['sentences glued without a space', 'It is used for your account.Your membership information is kept.', ['It is used for your account.', 'Your membership information is kept.']],
    ['glued stops before a small letter are not sentence ends', 'Use hide.me or Node.js today. We use e.g.your name.', ['Use hide.me or Node.js today.', 'We use e.g.your name.']],
    // A long line that lost its breaks glues list items: a lowercase word then a capitalised one.
    [
      'list items glued in a line that lost its breaks',
      `${'We read the policy. '.repeat(25)}The data may include:Your nameGenderDate of BirthPostal addressTelephone numbersYou can pay via PayPal on an iPhone.`,
      [...Array<string>(25).fill('We read the policy.'), 'The data may include:', 'Your name', 'GenderDate of BirthPostal address', 'Telephone numbers', 'You can pay via PayPal on an iPhone.'],
    ],
    ['glued words in a short line stay whole', 'The cookie hideBanner and our iPhone and macOS apps: Your choice.', ['The cookie hideBanner and our iPhone and macOS apps: Your choice.']],
    ['a stop between two capitalised words is a name', 'Log in to the Trust.Zone account and receive notifications.', ['Log in to the Trust.Zone account and receive notifications.']],
    ['no text at all', ' \n\n \n', []],
  ])('%s', (_name, text, expected) => {
    expect(texts(text)).toEqual(expected);
    expectConsistent(text, segmentClauses(text));
  });

  it.each([
    ['1 MB without punctuation', 'word '.repeat(200_000)],
    ['100 KB without spaces', 'x'.repeat(100_000)],
    ['1 MB of one-letter abbreviations', 'a. '.repeat(333_333)],
    ['emoji with no spaces', '😀'.repeat(30_000)],
    ['a wall of full stops', '.'.repeat(100_000)],
    ['abbreviations after 1 MB of leading spaces', `${' '.repeat(1_000_000)}${'a. '.repeat(10_000)}`],
  ])('bounds every clause on %s', (_name, text) => {
    const clauses = segmentClauses(text);
    expectConsistent(text, clauses);
    expect(clauses.map((c) => c.text).join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
    expect(clauses.length).toBeLessThanOrEqual(Math.ceil(text.length / (MAX_CLAUSE_CHARS / 2)) + 1);
  });

  it('never splits a surrogate pair when cutting a long run', () => {
    for (const clause of segmentClauses(`a${'😀'.repeat(5000)}`)) {
      expect(clause.text).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/);
    }
  });
});

describe('segmentation agreement with the corpus gold items', () => {
  const agreement = segmentationAgreement();

  it('reproduces at least 98% of all gold items exactly', () => {
    expect(agreement.gold).toBe(405);
    expect(agreement.rate).toBeGreaterThanOrEqual(0.98);
  });

  it.each(agreement.policies.map((p) => [p.policy, p] as const))('%s: at least 95% exact, same text', (_id, policy) => {
    expect(policy.sameText).toBe(true);
    expect(policy.rate).toBeGreaterThanOrEqual(0.95);
  });
});
