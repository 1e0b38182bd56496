// The command line as a user runs it: a fresh Node process (with tsx compiling
// the TypeScript on the fly) per analysis, so start-up is part of the number.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ms, section, table } from './section';
import { measure, type TimingStats } from './timing';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RUNS = { warmup: 1, runs: 5 };

const COMMANDS: { name: string; args: string[] }[] = [
  { name: '--help (start-up only)', args: ['--help'] },
  { name: 'imagine-ftth.txt summary', args: ['src/data/policies/imagine-ftth.txt'] },
  { name: 'terms.html --json', args: ['test/fixtures/pages/terms.html', '--json'] },
];

export interface CliResult {
  commands: { name: string; timing: TimingStats }[];
}

function runCli(args: string[]): void {
  execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: ROOT, stdio: 'pipe' });
}

export const cliSection = section<CliResult>({
  id: 'cli',
  title: 'Command line (npm run analyse), one process per run',
  run: async () => ({ commands: COMMANDS.map(({ name, args }) => ({ name, timing: measure(() => runCli(args), RUNS) })) }),
  print: (result) =>
    table(
      ['command', 'median ms', 'p90 ms'],
      result.commands.map((c) => [c.name, ms(c.timing.medianMs), ms(c.timing.p90Ms)]),
    ),
});
