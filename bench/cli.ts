// The command line as a user runs it: a fresh Node process per analysis, so start-up is
// part of the number. The compiled CLI (dist/cli, built by `npm install`) is what `npm run
// analyse` and `bin` run; the tsx rows are the old way, TypeScript compiled on every call.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildCli } from '../scripts/build-cli';
import { ms, section, table } from './section';
import { measure, type TimingStats } from './timing';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RUNS = { warmup: 1, runs: 7 };

const COMMANDS: { name: string; args: string[] }[] = [
  { name: '--help (start-up only)', args: ['--help'] },
  { name: 'imqs.txt (4 KB) summary, cold', args: ['src/data/policies/imqs.txt'] },
  { name: 'imagine-ftth.txt (22 KB) summary', args: ['src/data/policies/imagine-ftth.txt'] },
  { name: 'terms.html --json', args: ['test/fixtures/pages/terms.html', '--json'] },
];

const RUNNERS = {
  compiled: (entry: string) => [entry],
  tsx: () => ['--import', 'tsx', 'src/cli/main.ts'],
};

export interface CliResult {
  commands: { name: string; runner: keyof typeof RUNNERS; timing: TimingStats }[];
}

export const cliSection = section<CliResult>({
  id: 'cli',
  title: 'Command line (npm run analyse), one process per run',
  run: async () => {
    const entry = await buildCli();
    const commands: CliResult['commands'] = [];
    for (const { name, args } of COMMANDS) {
      for (const runner of Object.keys(RUNNERS) as (keyof typeof RUNNERS)[]) {
        const argv = [...RUNNERS[runner](entry), ...args];
        commands.push({ name, runner, timing: measure(() => execFileSync(process.execPath, argv, { cwd: ROOT, stdio: 'pipe' }), RUNS) });
      }
    }
    return { commands };
  },
  print: (result) =>
    table(
      ['command', 'runs as', 'median ms', 'min ms', 'p90 ms'],
      result.commands.map((c) => [c.name, c.runner === 'compiled' ? 'compiled (npm run analyse)' : 'tsx (before)', ms(c.timing.medianMs), ms(c.timing.minMs), ms(c.timing.p90Ms)]),
    ),
});
