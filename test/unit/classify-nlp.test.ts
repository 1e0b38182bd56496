import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildLexicon } from '../../src/core/lexicon';
import nlp from '../../src/core/nlp';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

describe('compromise setup', () => {
  it('only src/core/nlp.ts imports compromise, and only compromise/one', () => {
    const importers = ['src', 'entrypoints', 'bench', 'scripts']
      .flatMap((dir) => sourceFiles(join(ROOT, dir)))
      .filter((path) => /from ['"]compromise/.test(readFileSync(path, 'utf8')))
      .map((path) => relative(ROOT, path));
    expect(importers).toEqual(['src/core/nlp.ts']);
    expect(readFileSync(join(ROOT, 'src/core/nlp.ts'), 'utf8')).toMatch(/from 'compromise\/one'/);
  });

  it.each([
    ['personal information', 'PersonalData'],
    ['third parties', 'ThirdParty'],
    ['subprocessors', 'ThirdParty'],
    ['cookies', 'Data'],
    ['retained', 'Keep'],
    ['european economic area', 'Place'],
  ])('the registered lexicon tags "%s" as #%s', (phrase, tag) => {
    expect(nlp(`we ${phrase} here`).has(`#${tag}`)).toBe(true);
  });

  it('a word in several vocabularies carries every tag', () => {
    expect(buildLexicon({ A: ['store'], B: ['store', 'e-mail'] })).toEqual({ store: ['A', 'B'], 'e-mail': ['B'], email: ['B'] });
  });
});
