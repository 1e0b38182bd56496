import { describe, expect, it } from 'vitest';
import { formatComparison, formatFindings, formatReasons, formatReport } from '../../src/cli/format';
import { PLAIN_STYLE, styleFor, wantsColour } from '../../src/cli/style';
import { clean, trimQuote } from '../../src/cli/text';
import type { CategorySummary, Comparison, PolicyReport, ScorePoint } from '../../src/core/types';

const point = (fact: ScorePoint['fact'], points: number, status: ScorePoint['status'], reason: string): ScorePoint => ({
  fact,
  points,
  weight: 10,
  status,
  reason,
  evidence: [],
});

const points: ScorePoint[] = [
  point('sells_data', 10, 'good', 'Does not sell your data'),
  point('shares_with_third_parties', -15, 'bad', 'Shares data with third parties'),
  point('retention', 0, 'unknown', 'Retention not stated'),
  point('rights', 5, 'good', 'Lists your rights'),
  point('laws', 0, 'neutral', 'Names POPIA'),
  point('breach_notification', 0, 'unknown', 'Breach notification not stated'),
  point('security_measures_described', 2, 'good', 'Describes security'),
  point('marketing_without_consent', -8, 'bad', 'Markets without consent'),
];

const longQuote =
  'We may share your personal information with our technology partners, installers, couriers and upstream providers so that we can deliver the services you ordered from us.';

const categories: CategorySummary[] = [
  { category: 'collection', clauses: 3, negated: 0, findings: [{ text: 'Collects name and email', evidence: [{ clause: 4, text: 'We collect your name and email.' }] }] },
  { category: 'sharing', clauses: 2, negated: 1, findings: [{ text: 'Shares with partners', evidence: [{ clause: 9, text: longQuote }] }] },
  { category: 'retention', clauses: 0, negated: 0, findings: [] },
  { category: 'transfer', clauses: 1, negated: 0, findings: [] },
];

/** Ranked among internet providers: Imaginet is one, ixanet (a host) is outside the group. */
const comparison: Comparison = {
  rank: 2,
  of: 2,
  group: { kind: 'isp', country: null },
  detectedKind: 'isp',
  against: [
    {
      id: 'imaginet',
      name: 'Imaginet',
      kind: 'isp',
      country: 'ZA',
      policyDate: '2021-06-30',
      score: 71,
      grade: 'B',
      categories: [
        { category: 'collection', verdict: 'better', reason: '' },
        { category: 'sharing', verdict: 'worse', reason: '' },
        { category: 'retention', verdict: 'same', reason: '' },
      ],
    },
    { id: 'ixanet', name: 'ixanet', kind: 'hosting', country: 'CA', policyDate: null, score: 40, grade: 'D', categories: [] },
  ],
};

const ownScore = { score: 64, grade: 'C' } as const;

describe('formatReasons', () => {
  it('lists the five lines that weigh most, as the popup and the PDF do: a silence weighs the points it leaves open', () => {
    // Shares moved the score by 15; sells by 10, and retention and breach notification, unstated, leave 10 open each
    // (what is stated first at equal weight); then marketing (8). Rights (5), security (2) and laws (0) weigh less.
    expect(formatReasons(points, PLAIN_STYLE)).toEqual([
      '',
      'What weighs most',
      '  - -15  Shares data with third parties',
      '  + +10  Does not sell your data',
      '  ?   0  Retention not stated',
      '  ?   0  Breach notification not stated',
      '  -  -8  Markets without consent',
    ]);
  });

  it('names what else the policy leaves unsaid', () => {
    const unsaid = [...points, { ...point('storage_location', 0, 'unknown', 'Storage not stated'), weight: 5 }];
    expect(formatReasons(unsaid, PLAIN_STYLE).at(-1)).toBe('  ? Also not stated: storage location');
  });

  it('says so when nothing was scored', () => {
    expect(formatReasons([], PLAIN_STYLE)).toEqual(['', 'What weighs most', '  (no scored statements found)']);
  });
});

describe('formatFindings', () => {
  it('gives each category its clause counts, findings and a trimmed quote', () => {
    expect(formatFindings(categories, PLAIN_STYLE)).toEqual([
      '',
      'Findings',
      'Collection (3 clauses)',
      '  • Collects name and email',
      '      “We collect your name and email.”',
      'Sharing (2 clauses, 1 negated)',
      '  • Shares with partners',
      '      “We may share your personal information with our technology partners, installers, couriers and upstream providers so that we can deliver…”',
      'Retention (0 clauses)',
      '  nothing found',
      'Transfer (1 clause)',
      '  nothing found',
    ]);
  });
});

describe('formatComparison', () => {
  const words = (line: string | undefined) => line!.split(/\s+/).filter(Boolean);

  it('says where the policy stands in its group, then lists the group by score with this policy placed', () => {
    const lines = formatComparison(comparison, ownScore, PLAIN_STYLE);
    expect(lines[1]).toBe('Compared with similar providers: Better than 0 of 1 internet provider.');
    expect(lines[2]).toBe('  Ranked 2 of 2 by score among internet providers (this policy included).');
    expect(lines[4]).toMatch(/^ {2}Reference +score +collection +sharing +retention +transfer +rights$/);
    expect(words(lines[5])).toEqual(['Imaginet', '71', 'B', 'better', 'worse', 'same', 'unknown', 'unknown']);
    expect(lines[6]!.trim()).toBe('Internet provider, ZA, 2021-06-30');
    expect(words(lines[7])).toEqual(['This', 'policy', '64', 'C']);
    expect(lines[8]).toBe('  1 other reference policy is outside this group; --kind all --country all lists every one.');
    expect(lines).toHaveLength(9);
  });

  it('lists every reference when the group is all providers, an unknown verdict where one is missing', () => {
    const lines = formatComparison({ ...comparison, group: { kind: null, country: null }, of: 3 }, ownScore, PLAIN_STYLE);
    expect(lines[1]).toBe('Compared with similar providers: Better than 1 of 2 providers.');
    expect(words(lines[7])).toEqual(['This', 'policy', '64', 'C']);
    expect(words(lines[8])).toEqual(['ixanet', '40', 'D', 'unknown', 'unknown', 'unknown', 'unknown', 'unknown']);
    expect(lines[9]!.trim()).toBe('Hosting, CA, undated');
    expect(lines).toHaveLength(10);
  });

  it('does not rank a policy that cannot be graded, but still lists its group', () => {
    const lines = formatComparison(comparison, ownScore, PLAIN_STYLE, 'not in English (de)');
    expect(lines[1]).toBe('Compared with similar providers: Not ranked among internet providers: this policy cannot be graded (not in English (de)).');
    expect(lines.some((line) => line.includes('Ranked 2 of 2'))).toBe(false);
    expect(words(lines.find((line) => line.includes('This policy')))).toEqual(['This', 'policy', '64', 'C']);
  });

  it('lists an ungraded reference with why, after the graded ones, and does not count it', () => {
    const french = { ...comparison.against[1]!, id: 'orange-fr', name: 'Orange', kind: 'isp' as const, country: 'FR', score: 90, grade: null, notGraded: 'not in English (French)' };
    const lines = formatComparison({ ...comparison, against: [comparison.against[0]!, french] }, ownScore, PLAIN_STYLE);
    expect(lines[1]).toBe('Compared with similar providers: Better than 0 of 1 internet provider.');
    expect(words(lines[8])).toEqual(['Orange', '-', 'unknown', 'unknown', 'unknown', 'unknown', 'unknown']);
    expect(lines[9]!.trim()).toBe('Internet provider, FR, undated; not graded: not in English (French)');
  });
});

describe('formatReport', () => {
  const report = {
    version: 1,
    title: 'Privacy \u001b[2JPolicy',
    url: 'https://isp.test/privacy',
    length: 12345,
    textHash: '0123456789abcdef',
    looksLikePolicy: true,
    language: 'en',
    warnings: ['The page was truncated.'],
    clauses: [],
    categories,
    score: { score: 64, grade: 'C', points, coverage: 0.75 },
    comparison,
    checklists: [{ law: 'pipeda', items: [{ id: 'withdraw-consent', article: '4.3.8', status: 'not-found', evidence: [] }] }],
  } as unknown as PolicyReport;

  it('ends with the checklists, after the comparison', () => {
    const lines = formatReport(report, PLAIN_STYLE).trimEnd().split('\n');
    expect(lines.indexOf('  PIPEDA: 0 of 1 disclosures found')).toBeGreaterThan(lines.findIndex((l) => l.startsWith('Compared with')));
    expect(lines.at(-1)).toMatch(/not a breach/);
  });

  it('starts with title, source, size, score, grade, coverage, the verdict and warnings, with terminal escapes removed', () => {
    expect(formatReport(report, PLAIN_STYLE).split('\n').slice(0, 7)).toEqual([
      'Privacy [2JPolicy',
      'Source: https://isp.test/privacy',
      '12,345 characters, 0 clauses, language: en',
      '',
      'Score 64/100  grade C  coverage 75% of the score table',
      // Imaginet (71) is the one internet provider; ixanet is a host, outside the group.
      'Better than 0 of 1 internet provider.',
      '! The page was truncated.',
    ]);
  });

  it('prints a title or source holding line breaks on one line, so it cannot fake the lines below it', () => {
    const forged = { ...report, title: 'Privacy\nScore 100/100  grade A', url: '/tmp/a\u2028Score 100/100' } as PolicyReport;
    expect(formatReport(forged, PLAIN_STYLE).split('\n').slice(0, 2)).toEqual(['Privacy Score 100/100 grade A', 'Source: /tmp/a Score 100/100']);
  });

  it('has no escape codes in plain style and has them in colour', () => {
    expect(formatReport(report, styleFor(false))).not.toContain('\u001b[');
    expect(formatReport(report, styleFor(true))).toContain('\u001b[1mScore 64/100\u001b[22m');
  });
});

describe('wantsColour', () => {
  it.each([
    [true, {}, true],
    [true, { NO_COLOR: '1' }, false],
    [true, { NO_COLOR: '' }, true],
    [false, {}, false],
    [undefined, {}, false],
  ])('isTTY %s, env %j → %s', (isTTY, env, expected) => {
    expect(wantsColour(isTTY, env)).toBe(expected);
  });
});

describe('text helpers', () => {
  it.each([
    ['short quote', 'short quote'],
    ['  spread \n over\tlines  ', 'spread over lines'],
    ['x'.repeat(200), `${'x'.repeat(139)}…`],
    [`${'word '.repeat(27)}ending, tail`, `${'word '.repeat(27).trim()}…`],
  ])('trimQuote(%j) → %j', (input, expected) => {
    expect(trimQuote({ text: input })).toBe(expected);
    expect(trimQuote({ text: input }).length).toBeLessThanOrEqual(140);
  });

  it('quotes a long clause around the words that state the fact, from the start of their table cell', () => {
    const header = '| Purpose/Activity | Type of personal data | Lawful basis for processing | | --- | --- | --- | ';
    const text = `${header}| To provide, maintain and facilitate our Services | Account Data | Performance of a contract | | To send you marketing about our products | Contact Data | Legitimate interests |`;
    const at = text.indexOf('marketing');
    expect(trimQuote({ text, at })).toBe('…To send you marketing about our products | Contact Data | Legitimate interests');
    // With no boundary shortly before them, the quote starts a few words before them.
    const sentence = `${'Under the laws of several states, including '.repeat(3)}some data-sharing activities may be considered a “sale” of personal information.`;
    expect(trimQuote({ text: sentence, at: sentence.indexOf('sale') })).toBe('…data-sharing activities may be considered a “sale” of personal information.');
    // Words that stand early enough are quoted with the clause's start.
    expect(trimQuote({ text, at: 20 })).toBe(trimQuote({ text }));
  });

  it('clean drops control characters and bidi overrides but keeps newlines and accents', () => {
    expect(clean('a\u0007b\u202Ec\u0085d\né')).toBe('abcd\né');
  });
});
