import { describe, expect, it } from 'vitest';
import { PROGRESS_DELAY_MS, progressBar, withProgress } from '../../src/cli/progress';

function fakeStderr(isTTY: boolean) {
  const written: string[] = [];
  return { stream: { write: (text: string) => written.push(text), isTTY }, written };
}

describe('progressBar', () => {
  it('draws nothing when stderr is not a terminal', () => {
    const { stream, written } = fakeStderr(false);
    let clock = 0;
    const bar = progressBar(stream, 'Classifying', () => clock);
    clock = 10_000;
    bar.update(5, 10);
    bar.finish();
    expect(written).toEqual([]);
  });

  it('stays hidden while the work is short, so a small input never flashes a bar', () => {
    const { stream, written } = fakeStderr(true);
    let clock = 0;
    const bar = progressBar(stream, 'Classifying', () => clock);
    clock = PROGRESS_DELAY_MS - 1;
    bar.update(9, 10);
    bar.finish();
    expect(written).toEqual([]);
  });

  it('redraws one line in place on a terminal and erases it at the end', () => {
    const { stream, written } = fakeStderr(true);
    let clock = 0;
    const bar = progressBar(stream, 'Classifying', () => clock);
    clock = PROGRESS_DELAY_MS;
    bar.update(1, 4);
    bar.update(1, 4);
    bar.update(4, 4);
    bar.finish();
    expect(written).toEqual([
      '\rClassifying [######------------------] 25% 1/4',
      '\rClassifying [########################] 100% 4/4',
      '\r\u001b[2K',
    ]);
  });
});

describe('withProgress', () => {
  it('returns the work and writes nothing off a terminal', () => {
    const { stream, written } = fakeStderr(false);
    expect(withProgress({ stderr: stream }, 'x', (update) => (update(1, 1), 42))).toBe(42);
    expect(written).toEqual([]);
  });
});
