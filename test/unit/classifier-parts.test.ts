import { describe, expect, it } from 'vitest';
import { classifyClause, classifyClausesWith, documentInputs } from '../../src/core/classify';
import { clauseContexts } from '../../src/core/classify/layout';
import { clauseBuckets, clauseFeatures, featureHash, type FeatureInput } from '../../src/core/classify/features';
import { bucketsOf, decodeBase64, encodeBase64, HEADS, headScores, loadModel, type ClauseModel, type StoredModel } from '../../src/core/classify/model';
import { tokenize } from '../../src/core/classify/tokens';
import { matchVocabulary } from '../../src/core/classify/vocabulary-tags';
import type { Clause } from '../../src/core/types';
import { loadSource } from '../../src/eval/labelled';

function asClauses(texts: string[]): Clause[] {
  let start = 0;
  return texts.map((text, index) => {
    const clause = { index, text, start, end: start + text.length };
    start = clause.end + 1;
    return clause;
  });
}

describe('tokenize', () => {
  it.each([
    ["We don't sell data.", ['we', 'do', 'not', 'sell', 'data']],
    ["We won't, and we can't.", ['we', 'will', 'not', 'and', 'we', 'can', 'not']],
    ["We'll keep the company's logs", ['we', 'will', 'keep', 'the', 'company', 'logs']],
    ['Kept for 30 days', ['kept', 'for', '00', 'days']],
    ['Third-party cookies; e-mail', ['third-party', 'cookies', 'e-mail']],
    ['Stored in the U.S. and the EU', ['stored', 'in', 'the', 'u.s', 'and', 'the', 'eu']],
  ])('%s', (text, tokens) => {
    expect(tokenize(text)).toEqual(tokens);
  });
});

describe('vocabulary in a clause', () => {
  it('takes the longest phrase and gives its tag with the tag’s parents', () => {
    const found = matchVocabulary(tokenize('We collect personal information from third parties'));
    expect(found).toContainEqual({ tag: 'PersonalData', start: 2, end: 4 });
    expect(found).toContainEqual({ tag: 'Data', start: 2, end: 4 });
    expect(found).toContainEqual({ tag: 'ThirdParty', start: 5, end: 7 });
    expect(found.some((m) => m.start === 3)).toBe(false);
  });
});

describe('features', () => {
  it('hashing the pieces gives the buckets of the names, for every clause of the corpus', () => {
    const inputs = documentInputs(loadSource('corpus').map((item) => item.text)).filter((input) => input !== null);
    expect(inputs.length).toBeGreaterThan(390);
    for (const input of inputs) {
      const expected = bucketsOf(clauseFeatures(input), 2 ** 18).sort((a, b) => a - b);
      expect(clauseBuckets(input, 2 ** 18).sort((a, b) => a - b), input.text).toEqual(expected);
    }
    const input: FeatureInput = {
      text: 'We may share your e-mail address with our partners:',
      context: { heading: 'Sharing', intro: '' },
      rules: [{ tag: 'Sharing', reason: 'shares data' }],
      decision: { labels: ['sharing'], negated: false, reasons: [] },
      neighbours: { previous: { labels: ['collection'], negated: false, reasons: [] } },
    };
    expect(clauseBuckets(input, 1024).sort((a, b) => a - b)).toEqual(bucketsOf(clauseFeatures(input), 1024).sort((a, b) => a - b));
  });

  it('names what they are: words, pairs, vocabulary, rules, the rules’ verdict, neighbours and context', () => {
    const features = clauseFeatures({
      text: 'We share your data.',
      context: { heading: 'Who we share with', intro: 'We share data with:' },
      rules: [{ tag: 'Sharing', reason: 'shares data' }],
      decision: { labels: ['sharing'], negated: false, reasons: [] },
      neighbours: { previous: { labels: ['collection'], negated: false, reasons: [] } },
    });
    for (const name of ['w:share', 'b:we share', 'v:Share', 'v:Practice', 'r:shares data', 'rt:Sharing', 'd:sharing', 'pd:collection', 'h:who', 'i:with', 's:len:4-7']) {
      expect(features).toContain(name);
    }
  });

  it('FNV-1a as published (offset basis for the empty string)', () => {
    expect(featureHash('')).toBe(0x811c9dc5);
    expect(featureHash('a')).toBe(0xe40c292c);
  });
});

describe('clause context', () => {
  it('a list item knows the heading above and the line that introduces its list', () => {
    const contexts = clauseContexts(['SHARING', 'We share data with:', '• payment processors', 'Other text here that is a sentence.']);
    expect(contexts[2]).toEqual({ heading: 'SHARING', intro: 'We share data with:' });
    expect(contexts[3]).toEqual({ heading: 'SHARING', intro: '' });
  });
});

describe('model file', () => {
  it('base64 round-trips any bytes', () => {
    const bytes = Uint8Array.from({ length: 1000 }, (_, i) => (i * 37 + 11) % 256);
    for (const n of [0, 1, 2, 3, 999, 1000]) expect(decodeBase64(encodeBase64(bytes.subarray(0, n)))).toEqual(bytes.subarray(0, n));
  });

  it('int8 weights come back scaled, and a feature’s weight moves only its heads', () => {
    const weights = new Int8Array(4 * 6);
    weights[1] = 127; // collection head, bucket 1
    weights[4 * 5 + 2] = -127; // negated head, bucket 2
    const stored: StoredModel = {
      format: 1,
      version: 't',
      buckets: 4,
      heads: ['collection', 'sharing', 'retention', 'transfer', 'rights', 'negated'].map((name) => ({ name, bias: 0, scale: 0.02, threshold: 0.5 })) as StoredModel['heads'],
      weights: encodeBase64(new Uint8Array(weights.buffer)),
    };
    const model = loadModel(stored);
    expect(model.heads.collection.weights[1]).toBeCloseTo(2.54);
    const scores = headScores(model, [1, 2]);
    expect(scores.collection).toBeCloseTo(1 / (1 + Math.exp(-2.54)));
    expect(scores.sharing).toBe(0.5);
    expect(scores.negated).toBeCloseTo(1 / (1 + Math.exp(2.54)));
  });
});

/** A model that scores every head at ~1 for every clause: what is left is the decision logic around it. */
function eagerModel(): ClauseModel {
  const heads = Object.fromEntries(
    HEADS.map((name) => [name, { name, bias: 10, threshold: 0.5, weights: new Float32Array(2) }]),
  ) as ClauseModel['heads'];
  return { version: 'eager', buckets: 2, heads };
}

describe('what the model needs before it labels', () => {
  const eager = (texts: string[]) => classifyClausesWith(eagerModel(), asClauses(texts));

  it('a clause that speaks of no data or practice gets no label, however sure the model is', () => {
    const news = ['From the first of April, customers can upgrade to faster lines.', 'The new packages come with a mesh router.', '• Free installation and activation'];
    expect(eager(news).map((c) => c.labels)).toEqual([[], [], []]);
    expect(eager(['We collect your email address when you upgrade.'])[0]?.labels).toEqual(['collection', 'sharing', 'retention', 'transfer', 'rights']);
  });

  it('a statement about the policy itself gets no label; the operator’s own right is no right of yours', () => {
    expect(eager(['This policy explains how we share your personal data with partners.'])[0]?.labels).toEqual([]);
    expect(eager(['We reserve the right to delete accounts and data that break the rules.'])[0]?.labels).not.toContain('rights');
    expect(eager(['We reserve the right to delete accounts and data that break the rules.'])[0]?.labels).toContain('retention');
  });

  it('a denial needs the rules to see one too: an affirmative practice first keeps it affirmative', () => {
    expect(eager(['We do not sell your personal information.'])[0]?.negated).toBe(true);
    expect(eager(['We collect your email address and we do not share it.'])[0]?.negated).toBe(false);
  });

  it('a clause the model leans to (half its threshold or more) carries the category as leaning, not as a label', () => {
    const model = eagerModel();
    // Every head scores sigmoid(10) ≈ 1: a threshold just over it leaves a lean, one over twice it leaves nothing.
    model.heads.rights = { ...model.heads.rights, threshold: 1.5 };
    model.heads.sharing = { ...model.heads.sharing, threshold: 2.5 };
    const [clause] = classifyClausesWith(model, asClauses(['We collect your email address when you upgrade.']));
    expect(clause?.labels).toEqual(['collection', 'retention', 'transfer']);
    expect(clause?.leaning).toEqual(['rights']);
    const [vetoed] = classifyClausesWith(model, asClauses(['We reserve the right to delete accounts and data that break the rules.']));
    expect(vetoed?.leaning ?? []).not.toContain('rights');
  });

  it('the shipped model reads the same clauses the same way', () => {
    expect(classifyClause('We collect your email address when you upgrade.').labels).toEqual(['collection']);
    expect(classifyClause('We do not sell your personal information.')).toMatchObject({ labels: ['sharing'], negated: true });
  });
});
