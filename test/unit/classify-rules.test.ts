import { describe, expect, it } from 'vitest';
import { compileRules, matchRules } from '../../src/core/classify';
import { CLASSIFIER_RULES } from '../../src/core/rules';

const examples = CLASSIFIER_RULES.flatMap((rule) => rule.examples.map((example) => ({ rule, example })));

describe('classifier rules', () => {
  it('every rule has a unique reason, a unique match and at least one example', () => {
    const reasons = CLASSIFIER_RULES.map((rule) => rule.reason);
    expect(new Set(reasons).size).toBe(reasons.length);
    // Match strings name a rule in explanations and in compromise's sweep (the reference semantics): keep them unique.
    const matches = CLASSIFIER_RULES.map((rule) => rule.match);
    expect(new Set(matches).size).toBe(matches.length);
    for (const rule of CLASSIFIER_RULES) expect(rule.examples.length, rule.reason).toBeGreaterThan(0);
  });

  // Each rule runs alone, so a rule that can no longer match fails here.
  it.each(examples)('"$rule.reason" matches on its own: $example', ({ rule, example }) => {
    const hits = matchRules(example, compileRules([rule]));
    expect(hits.map((hit) => hit.reason)).toEqual([rule.reason]);
  });

  it.each([
    ['We share data with our partners.', '#Share .{0,8} #ThirdParty', true],
    ['Our partners are listed below.', '#Share .{0,8} #ThirdParty', false],
    ['You have the right to access your data.', '(right|rights) to .{0,3} #RightAction', true],
    ['Imagine reserves the right to suspend the service.', '(right|rights) to .{0,3} #RightAction', false],
  ])('rule %# fires only where it should: %s', (text, match, fires) => {
    const rule = CLASSIFIER_RULES.find((r) => r.match === match);
    expect(rule, match).toBeDefined();
    expect(matchRules(text, compileRules([rule!])).length > 0).toBe(fires);
  });
});
