import { describe, expect, it } from 'vitest';
import { diffClauses } from '../../src/core/diff';

describe('diffClauses', () => {
  it.each([
    { name: 'identical versions', before: ['a.', 'b.'], after: ['a.', 'b.'], added: [], removed: [] },
    { name: 'a clause added', before: ['a.', 'b.'], after: ['a.', 'new.', 'b.'], added: ['new.'], removed: [] },
    { name: 'a clause removed', before: ['a.', 'old.', 'b.'], after: ['a.', 'b.'], added: [], removed: ['old.'] },
    { name: 'a clause reworded', before: ['We keep data 1 year.'], after: ['We keep data 5 years.'], added: ['We keep data 5 years.'], removed: ['We keep data 1 year.'] },
    { name: 'whitespace and case only', before: ['We  Sell data.'], after: ['we sell\ndata.'], added: [], removed: [] },
    { name: 'reordered clauses', before: ['a.', 'b.'], after: ['b.', 'a.'], added: [], removed: [] },
    { name: 'a repeated clause added once more', before: ['a.'], after: ['a.', 'a.'], added: ['a.'], removed: [] },
    { name: 'empty clauses ignored', before: [''], after: ['  '], added: [], removed: [] },
    { name: 'from nothing', before: [], after: ['a.'], added: ['a.'], removed: [] },
  ])('$name', ({ before, after, added, removed }) => {
    expect(diffClauses(before, after)).toEqual({ added, removed });
  });
});
