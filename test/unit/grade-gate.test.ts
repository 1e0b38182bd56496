import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analysePolicy } from '../../src/core/analyse';
import { comparePolicy } from '../../src/core/compare';
import { gradeWithheld, languageName, THIN_COVERAGE } from '../../src/core/grade-gate';
import type { PolicyReport, ReferencePolicy } from '../../src/core/types';
import { referenceSet } from '../../src/data/reference';
import { parseHtml } from '../../src/node/parse-html';

const FRENCH_POLICY = [
  'Politique de confidentialité',
  'Nous collectons votre nom, votre adresse e-mail et votre numéro de téléphone lorsque vous créez un compte.',
  'Le traitement de vos données personnelles repose sur votre consentement et sur le contrat.',
  'Nous ne vendons pas vos données personnelles à des tiers.',
  'Vos données sont conservées pendant la durée du contrat, puis supprimées.',
  'Vous avez le droit d’accéder à vos données, de les rectifier et de demander leur effacement.',
].join('\n\n');

/** Says it is a privacy policy, but states only what it collects (5 of 120 points of the table). */
const THIN_POLICY = [
  'Privacy Policy',
  'This privacy policy explains how Example Fibre handles personal information.',
  'We collect your name and email address when you register for an account.',
  'We process this personal information to provide the service you asked for and to comply with the law.',
  'Please contact us if you have questions about this policy.',
].join('\n\n');

const NOT_A_POLICY = 'Mix the flour and the eggs. Bake for twenty minutes, then let the cake cool before you cut it.';

/** Every sentence the report would show or print: findings, score lines, warnings, the withheld message. */
function shownText(report: PolicyReport): string[] {
  return [
    ...report.categories.flatMap((c) => c.findings.map((f) => f.text)),
    ...report.score.points.map((p) => p.reason),
    ...report.warnings,
    report.score.gradeWithheld?.message ?? '',
  ];
}

describe('a text Policy Lens cannot read', () => {
  const report = analysePolicy({ kind: 'text', content: FRENCH_POLICY }, { reference: referenceSet });

  it('gets no grade, and says which language it cannot read', () => {
    expect(report.language).toBe('fr');
    expect(report.score.grade).toBeNull();
    expect(report.score.gradeWithheld).toEqual({ reason: 'not-english', message: "Policy Lens can't read French policies yet" });
  });

  it('says nothing it "does not say": no findings, no score lines, no facts', () => {
    expect(shownText(report).filter((text) => /does not|not say|not stated/i.test(text))).toEqual([]);
    expect(report.categories.map((c) => c.findings)).toEqual([[], [], [], [], []]);
    expect(report.score.points).toEqual([]);
    expect(Object.values(report.facts).every((fact) => fact.value === null && fact.evidence.length === 0)).toBe(true);
  });

  it('is not ranked against the reference set', () => {
    expect(report.comparison).toBeUndefined();
  });

  it('names German for the German fixture page', () => {
    const html = readFileSync(new URL('../fixtures/pages/german-policy.html', import.meta.url), 'utf8');
    const german = analysePolicy({ kind: 'html', content: html }, { parseHtml });
    expect(german.score).toMatchObject({ grade: null, gradeWithheld: { reason: 'not-english', message: "Policy Lens can't read German policies yet" } });
    expect(german.warnings.join(' ')).not.toMatch(/does not read like/);
  });
});

describe('a text that says too little to grade', () => {
  it('withholds the grade of a page that does not read like a policy', () => {
    const report = analysePolicy({ kind: 'text', content: NOT_A_POLICY }, { reference: referenceSet });
    expect(report.looksLikePolicy).toBe(false);
    expect(report.score.grade).toBeNull();
    expect(report.score.gradeWithheld).toEqual({ reason: 'not-a-policy', message: 'Not enough information to grade' });
    expect(report.comparison).toBeUndefined();
  });

  it('withholds the grade of a policy that states under 30 % of the score table, and still lists what it says', () => {
    const report = analysePolicy({ kind: 'text', content: THIN_POLICY }, { reference: referenceSet });
    expect(report.looksLikePolicy).toBe(true);
    expect(report.language).toBe('en');
    expect(report.score.coverage).toBeLessThan(THIN_COVERAGE);
    expect(report.score.grade).toBeNull();
    expect(report.score.gradeWithheld).toEqual({ reason: 'thin-coverage', message: 'Not enough information to grade' });
    expect(report.categories.find((c) => c.category === 'collection')?.findings[0]?.text).toMatch(/^Collects your .*name/);
    expect(report.warnings).toContainEqual(expect.stringMatching(/too little to grade/));
    expect(report.comparison).toBeUndefined();
  });

  it.each(['imaginet', 'imagine-ftth', 'imqs', 'i-image', 'ixanet'])('still grades the reference policy %s', (id) => {
    expect(referenceSet.find((r) => r.id === id)?.report.score).toMatchObject({ grade: expect.stringMatching(/^[A-E]$/) });
    expect(referenceSet.find((r) => r.id === id)?.report.score).not.toHaveProperty('gradeWithheld');
  });
});

describe('gradeWithheld', () => {
  const enough = { language: 'en', looksLikePolicy: true, coverage: 0.5 };

  it('grades an English policy that states enough, and one whose language is unknown', () => {
    expect(gradeWithheld(enough)).toBeUndefined();
    expect(gradeWithheld({ ...enough, language: 'unknown' })).toBeUndefined();
    expect(gradeWithheld({ ...enough, coverage: THIN_COVERAGE })).toBeUndefined();
  });

  it('withholds it below 30 % coverage, for a non-policy, and for another language, that reason first', () => {
    expect(gradeWithheld({ ...enough, coverage: 0.29 })?.reason).toBe('thin-coverage');
    expect(gradeWithheld({ ...enough, looksLikePolicy: false, coverage: 0.1 })?.reason).toBe('not-a-policy');
    expect(gradeWithheld({ language: 'es', looksLikePolicy: false, coverage: 0 })).toEqual({
      reason: 'not-english',
      message: "Policy Lens can't read Spanish policies yet",
    });
  });

  it('names every language the detector tells in words', () => {
    for (const [code, name] of [['zh', 'Chinese'], ['ja', 'Japanese'], ['af', 'Afrikaans'], ['uk', 'Ukrainian'], ['nl', 'Dutch']]) {
      expect(languageName(code!)).toBe(name);
    }
  });
});

describe('ranking with an ungraded reference', () => {
  const own = analysePolicy({ kind: 'text', content: readFileSync(new URL('../../src/data/policies/imqs.txt', import.meta.url), 'utf8') });
  const thin = analysePolicy({ kind: 'text', content: THIN_POLICY });
  const references: ReferencePolicy[] = [
    ...referenceSet.filter((r) => r.id !== 'imqs'),
    { id: 'thin', name: 'Thin', kind: 'other', country: 'ZA', policyDate: null, url: null, source: { name: 'test', licence: 'none', attribution: 'nobody' }, report: { ...thin, score: { ...thin.score, score: 99 } } },
  ];

  it('lists it as not graded and leaves it out of the rank', () => {
    const comparison = comparePolicy(own, references, { kind: null, country: null });
    const without = comparePolicy(own, references.slice(0, -1), { kind: null, country: null });
    expect(comparison.against.map((r) => [r.id, r.grade])).toContainEqual(['thin', null]);
    // Its score of 99 would have ranked above imqs; ungraded, it counts neither in the rank nor in the group.
    expect([comparison.rank, comparison.of]).toEqual([without.rank, without.of]);
  });
});
