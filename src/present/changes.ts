// A change between two versions of a policy in plain words, from the fact registry's own
// phrases, labels and cells: "no longer says it never sells your data; now may send data
// abroad; Laws cited, now also: GDPR; score 84 → 71 (B → C)".
import { factDefinition } from '../core/facts/registry';
import type { FactChange } from './fact-changes';
import type { Grade } from '../core/types';
import { gradeWord } from './grade';

/** A score and its grade, before or after. */
export interface Standing {
  score: number;
  grade: Grade | null;
}

// Registry phrases that already say what the policy says ("names GDPR", "lists 5 of your rights").
const SAYING = /^(?:says|names|lists|describes|promises)\b/;

const saysIt = (phrase: string) => (SAYING.test(phrase) ? phrase : `says it ${phrase}`);

function phraseOf(change: FactChange, value: unknown): string {
  // A report stored long ago may hold free text: it is quoted as the table would show it.
  return typeof value === 'string' ? `“${value}”` : factDefinition(change.key).phrase(value as never);
}

function cellOf(change: FactChange, value: unknown): string {
  return typeof value === 'string' ? value : factDefinition(change.key).cell(value as never);
}

function listWords(change: FactChange): string[] {
  const { label, cell } = factDefinition(change.key);
  const named = (items: string[]) => cell(items as never);
  return [
    ...(change.added?.length ? [`${label}, now also: ${named(change.added)}`] : []),
    ...(change.removed?.length ? [`${label}, no longer: ${named(change.removed)}`] : []),
  ];
}

/** One fact's change in words, without a capital or full stop; a list fact may take two. */
export function factChangeWords(change: FactChange): string[] {
  const { before, after } = change;
  if (change.added || change.removed) {
    const words = listWords(change);
    if (words.length > 0 && before !== null && after !== null) return words;
  }
  if (after === null) return [`no longer ${saysIt(phraseOf(change, before))}`];
  if (before === null) return [`now ${phraseOf(change, after)}`];
  const [was, now] = [phraseOf(change, before), phraseOf(change, after)];
  if (was !== now) return [`now ${now}`];
  // Same phrase, other details ("names where data is stored", a period that moved): the cells tell them apart.
  return [`${factDefinition(change.key).label}: now ${cellOf(change, after)} (was ${cellOf(change, before)})`];
}

/** "score 84 → 71 (B → C)", "score 84 → 80 (B)", "score unchanged at 84 (B)". */
export function scoreMoveWords(before: Standing, after: Standing): string {
  const [was, now] = [gradeWord(before.grade), gradeWord(after.grade)];
  if (before.score === after.score && was === now) return `score unchanged at ${after.score} (${now})`;
  const grades = was === now ? now : `${was} → ${now}`;
  return `score ${before.score} → ${after.score} (${grades})`;
}

/** Every fact change, worse ones first, then the score's move: the parts of one sentence. */
export function changeWords(facts: FactChange[], before: Standing, after: Standing): string[] {
  const order = { worse: 0, better: 1, same: 2 };
  const sorted = [...facts].sort((a, b) => order[a.direction] - order[b.direction]);
  return [...sorted.flatMap(factChangeWords), scoreMoveWords(before, after)];
}

/** The first `max` fact changes and the score's move, for a one-line note ("and 3 more"). */
export function shortChangeWords(facts: FactChange[], before: Standing, after: Standing, max = 2): string {
  const words = changeWords(facts, before, after);
  const [factWords, score] = [words.slice(0, -1), words.at(-1)!];
  const shown = factWords.slice(0, max);
  const more = factWords.length - shown.length;
  return [...shown, ...(more > 0 ? [`${more} more`] : []), score].join('; ');
}
