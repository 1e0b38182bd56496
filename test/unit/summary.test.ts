import { describe, expect, it } from 'vitest';
import { loadGoldClauses } from '../../src/eval/fact-agreement';
import { extractFacts } from '../../src/core/facts';
import { summariseCategories } from '../../src/core/summary';
import type { Category, ClassifiedClause } from '../../src/core/types';
import { clause, numbered } from './facts-helpers';

function summarise(clauses: ClassifiedClause[]) {
  const summary = summariseCategories(clauses, extractFacts(clauses));
  return (category: Category) => summary.find((s) => s.category === category)!;
}

describe('summariseCategories', () => {
  const of0 = summarise([]);

  it('counts clauses per category, affirmative and negated', () => {
    const of = summarise(numbered([
      clause('We collect your name.', ['collection']),
      clause('We do not store card details; our partner does.', ['collection', 'sharing'], { negated: true }),
      clause('Hello.'),
    ]));
    expect(of('collection')).toMatchObject({ clauses: 2, negated: 1 });
    expect(of('sharing')).toMatchObject({ clauses: 1, negated: 1 });
    expect(of('rights')).toMatchObject({ clauses: 0, negated: 0 });
  });

  it.each<[Category, string]>([
    ['collection', 'Does not say what data it collects'],
    ['sharing', 'Does not say whether it sells your data'],
    ['retention', 'Does not say how long it keeps your data'],
    ['transfer', 'Does not say where your data is stored'],
    ['rights', 'Does not list your rights'],
  ])('says plainly when a policy is silent: %s → "%s"', (category, text) => {
    expect(of0(category).findings.map((f) => f.text)).toContain(text);
  });

  it('reads a count of more than one in the plural, as the quote was an adjective ("a rolling 30 day cycle"), after "for"', () => {
    const of = summarise(numbered([clause('Intro.'), clause('The backups are purged on a rolling 30 day cycle.', ['retention']), clause('We keep logs for 1 day.', ['retention'])]));
    expect(of('retention').findings.map((f) => f.text)).toEqual(['Keeps your data for 30 days', 'Keeps logs for 1 day']);
    const words = summarise(numbered([clause('Intro.'), clause('Backups are purged on a rolling sixty day cycle.', ['retention'])]));
    expect(words('retention').findings.map((f) => f.text)).toEqual(['Keeps your data for sixty days']);
  });

  it('reads a deletion "after" an event as when data goes', () => {
    const of = summarise(numbered([clause('Intro.'), clause('We will delete the message promptly after the message has been delivered.', ['retention'])]));
    expect(of('retention').findings.map((f) => f.text)).toEqual(['Deletes your data after the message has been delivered']);
  });

  it('reads "not less than" as "at least" and "not more than" as "no more than"', () => {
    const of = summarise(numbered([clause('Intro.'), clause('We keep these records for not less than six months and not more than two years.', ['retention'])]));
    expect(of('retention').findings.map((f) => f.text)).toEqual(['Keeps these records for at least six months', 'Keeps these records for no more than two years']);
  });

  it('reads a limit of "not … longer than necessary" after "Keeps your data no longer than"', () => {
    const of = summarise(numbered([clause('Intro.'), clause('Personal data shall not be kept for longer than is necessary for that purpose.', ['retention']), clause('We store nothing: no personal information is stored.', ['retention'])]));
    expect(of('retention').findings.map((f) => f.text)).toEqual(['Keeps your data no longer than necessary']);
    const beyond = summarise(numbered([clause('Intro.'), clause('We will not retain your data beyond the time period required to support the school purpose.', ['retention'])]));
    expect(beyond('retention').findings.map((f) => f.text)).toEqual(['Keeps your data no longer than the time period required']);
  });

  it('reads each quoted period as a sentence: a deletion event after "Deletes", "the period …" after "for", an unclosed aside dropped', () => {
    const of = summarise(numbered([
      clause('Intro.'),
      clause('Your data is deleted when it is no longer needed.', ['retention']),
      clause('We keep order data for the period necessary to process your order.', ['retention']),
      clause('Campaign data is kept for the length of time that is needed to execute the campaign (i.e. a few weeks).', ['retention']),
    ]));
    expect(of('retention').findings.map((f) => f.text)).toEqual([
      'Deletes your data when it is no longer needed',
      'Keeps order data for the period necessary to process your order',
      'Keeps campaign data for the length of time that is needed to execute the campaign',
    ]);
  });

  it('makes the verb agree with what is kept, and drops what a quote left dangling', () => {
    const of = summarise(numbered([
      clause('Intro.'),
      clause('Chatroom logs are not stored.', ['retention']),
      clause('This cookie is stored for a 60-day period.', ['retention']),
      clause('Your settings are kept until you delete them in your browser or', ['retention']),
    ]));
    expect(of('retention').findings.map((f) => f.text)).toEqual([
      'Says chatroom logs are not stored',
      'Keeps your settings until you delete them in your browser',
      'Says this cookie lasts 60 days',
    ]);
  });

  it('puts what decides the score first (kept for ever, then fixed ends, then rules), ends a deletion at its event, drops a trailing "and subsequently" or an abbreviation the quote stopped at, and says a period once whatever its case', () => {
    const of = summarise(numbered([
      clause('Intro.'),
      clause('If you delete your account, we will delete this information.', ['retention']),
      clause('We store the full IP address for the duration of the contract on the basis of Art. 6 GDPR.', ['retention']),
      clause('Data is kept for the duration of the contract term and subsequently, until the statutory periods expire.', ['retention']),
      clause('Backups: Permanently', ['retention']),
      clause('We keep personal data permanently.', ['retention']),
    ]));
    expect(of('retention').findings.map((f) => f.text)).toEqual([
      'Keeps your data Permanently',
      'Deletes your data if you delete your account',
      'Keeps the full IP address for the duration of the contract',
      'Keeps your data for the duration of the contract term',
    ]);
  });

  it('keeps the evidence of each finding', () => {
    const of = summarise(numbered([clause('Intro.'), clause('Emails sent to us will be retained for a maximum of 5 years.', ['retention'])]));
    expect(of('retention').findings).toEqual([
      { text: 'Keeps emails sent to us for a maximum of 5 years', evidence: [{ clause: 1, text: 'Emails sent to us will be retained for a maximum of 5 years.' }] },
    ]);
  });

  it('words a cookie\'s lifetime as the cookie\'s, not as keeping your data', () => {
    const of = summarise(numbered([clause('We keep logs for 90 days.', ['retention']), clause('Our cookies expire after 2 years.', ['retention'])]));
    expect(of('retention').findings.map((f) => f.text)).toEqual(['Keeps logs for 90 days', 'Says its cookies last 2 years']);
  });
});


describe('findings on the gold-labelled Imaginet policy (checked by reading the policy)', () => {
  const of = summarise(loadGoldClauses('imaginet'));
  it.each<[Category, string]>([
    ['collection', 'Collects your name, ID number, payment details and 8 more'],
    ['collection', 'Sends marketing only with your consent'],
    ['sharing', 'Says it never sells your data'],
    ['sharing', 'Shares your data with other companies'],
    ['retention', 'Keeps emails sent to us for a maximum of 5 years'],
    ['retention', 'Keeps emails sent from clients for the duration of the period for which we are providing you services'],
    ['transfer', 'Does not say where your data is stored'],
    ['rights', 'Lists 4 of the 9 rights we look for: see your data, correct it, delete it and opt out of marketing'],
  ])('%s: "%s"', (category, text) => {
    expect(of(category).findings.map((f) => f.text)).toContain(text);
  });
});

describe('findings on the gold-labelled IMQS policy', () => {
  const of = summarise(loadGoldClauses('imqs'));
  it.each<[Category, string, number[]]>([
    ['transfer', 'Says it does not send your data to other countries', [23]],
    ['transfer', 'Says your data is stored in South Africa', [35]],
    ['retention', 'Says your data is not stored in a database for future use', [17]],
  ])('%s: "%s" resting on clause %j', (category, text, clauses) => {
    const finding = of(category).findings.find((f) => f.text === text);
    expect(finding?.evidence.map((e) => e.clause)).toEqual(clauses);
  });
});

describe('why a quoted clause was read so', () => {
  it('each quote carries the classifier’s reason for the card’s category, and only that one', () => {
    const sells = { ...clause('We never sell your personal information.', ['sharing'], { negated: true }), reasons: ['sharing: rule “discloses or sells data”; words “sell”', 'negated: rule “a practice is ruled out”'] };
    const of = summarise(numbered([sells]));
    const quotes = of('sharing').findings.flatMap((f) => f.evidence);
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) expect(quote.why).toBe('rule “discloses or sells data”; words “sell”');
  });

  it('a quote whose clause lacks the category says no why rather than another label’s', () => {
    const stored = { ...clause('We keep your data for 5 years.', ['retention']), reasons: ['retention: rule “keeps data for a period”'] };
    const of = summarise(numbered([stored]));
    const collectionQuotes = of('collection').findings.flatMap((f) => f.evidence);
    for (const quote of collectionQuotes) expect(quote.why).toBeUndefined();
    expect(of('retention').findings.flatMap((f) => f.evidence)[0]?.why).toBe('rule “keeps data for a period”');
  });
});
