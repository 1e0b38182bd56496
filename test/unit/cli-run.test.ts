import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/exit-codes';
import { runCli, type CliIo } from '../../src/cli/run';

// runCli in-process with a fake terminal: the wiring of colour, stdin and exit codes.
const policy = join(import.meta.dirname, '../../src/data/policies/imqs.txt');

function fakeIo(options: { isTTY?: boolean; stderrIsTTY?: boolean; env?: Record<string, string>; stdin?: string } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: { write: (text: string) => out.push(text), isTTY: options.isTTY },
    stderr: { write: (text: string) => err.push(text), isTTY: options.stderrIsTTY },
    env: options.env ?? {},
    readStdin: async function* () {
      yield new TextEncoder().encode(options.stdin ?? '');
    },
    // Every reading is 50 ms later, so any batch outlasts the progress bar's delay.
    clock: ((t) => () => (t += 50))(0),
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}

describe('runCli', () => {
  it.each([
    ['a terminal', { isTTY: true }, true],
    ['a terminal with NO_COLOR=1', { isTTY: true, env: { NO_COLOR: '1' } }, false],
    ['a pipe', { isTTY: false }, false],
  ])('on %s colours the summary: %s', async (_name, options, coloured) => {
    const fake = fakeIo(options);
    await expect(runCli([policy], fake.io)).resolves.toBe(EXIT.ok);
    expect(fake.stdout().includes('\u001b[')).toBe(coloured);
    expect(fake.stdout()).toContain('Score ');
  });

  it('never colours --json output, even on a terminal', async () => {
    const fake = fakeIo({ isTTY: true });
    await expect(runCli([policy, '--json'], fake.io)).resolves.toBe(EXIT.ok);
    expect(fake.stdout()).not.toContain('\u001b[');
    expect(JSON.parse(fake.stdout())).toMatchObject({ version: 1, title: 'imqs.txt' });
  });

  it('reads --sentences from stdin when the file is "-"', async () => {
    const fake = fakeIo({ stdin: '{"text": "We collect your e-mail address."}\n{"text": "Hello."}\n' });
    await expect(runCli(['--sentences', '-'], fake.io)).resolves.toBe(EXIT.ok);
    const lines = fake.stdout().trimEnd().split('\n').map((line) => JSON.parse(line) as { labels: string[]; negated: boolean });
    expect(lines).toHaveLength(2);
    expect(lines[0]!.labels).toContain('collection');
    expect(lines[1]).toEqual({ labels: [], negated: false });
  });

  it('reports a missing --sentences file as unreadable', async () => {
    const fake = fakeIo();
    await expect(runCli(['--sentences', 'no-such.jsonl'], fake.io)).resolves.toBe(EXIT.unreadable);
    expect(fake.stderr()).toBe('policy-lens: File not found: no-such.jsonl\n');
  });

  it('prints help on stdout and nothing on stderr', async () => {
    const fake = fakeIo();
    await expect(runCli(['--help'], fake.io)).resolves.toBe(EXIT.ok);
    expect(fake.stdout()).toMatch(/^Policy Lens: analyse a privacy policy/);
    expect(fake.stderr()).toBe('');
  });

  describe('progress on stderr', () => {
    const batch = Array.from({ length: 400 }, (_, i) => JSON.stringify({ text: `We share your e-mail address with partner ${i}.` })).join('\n');

    it('draws a bar for a long --sentences batch when stderr is a terminal, and erases it', async () => {
      const fake = fakeIo({ stderrIsTTY: true, stdin: batch });
      await expect(runCli(['--sentences', '-'], fake.io)).resolves.toBe(EXIT.ok);
      expect(fake.stderr()).toMatch(/^\rClassifying sentences \[[#-]{24}\] \d+% \d+\/400/);
      expect(fake.stderr()).toContain('400/400');
      expect(fake.stderr().endsWith('\r\u001b[2K')).toBe(true);
      expect(fake.stdout().trimEnd().split('\n')).toHaveLength(400);
    });

    it('draws a bar while the clauses of a policy are classified on a terminal', async () => {
      const fake = fakeIo({ stderrIsTTY: true });
      await expect(runCli([policy], fake.io)).resolves.toBe(EXIT.ok);
      expect(fake.stderr()).toMatch(/^\rClassifying clauses \[[#-]{24}\] \d+% \d+\/\d+/);
      expect(fake.stderr().endsWith('\r\u001b[2K')).toBe(true);
    });

    it('writes nothing on stderr when it is not a terminal', async () => {
      const fake = fakeIo({ stderrIsTTY: false, stdin: batch });
      await expect(runCli(['--sentences', '-'], fake.io)).resolves.toBe(EXIT.ok);
      expect(fake.stderr()).toBe('');
    });
  });
});
