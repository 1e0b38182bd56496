import { PolicyError } from '../core/errors';
import { DEFAULT_TIMEOUT_SECONDS, parseArgs, type CliCommand } from './args';
import { CliError, EXIT, type ExitCode } from './exit-codes';
import { formatReport } from './format';
import { HELP_TEXT } from './help';
import { withProgress, type ProgressStream } from './progress';
import { readInput, readLocalFile, readStdinCapped } from './read-input';
import { classifySentences, parseSentenceLines } from './sentences';
import { styleFor, wantsColour } from './style';

/** The process around the CLI, injectable for tests. */
export interface CliIo {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: ProgressStream;
  env: Record<string, string | undefined>;
  /** Standard input as it arrives (the CLI stops reading it past its size limit). */
  readStdin(): AsyncIterable<Uint8Array>;
  /** Milliseconds, for the progress bar's delay; performance.now() when not given. */
  clock?: () => number;
}

async function analyse(command: Extract<CliCommand, { command: 'analyse' }>, io: CliIo): Promise<void> {
  const input = await readInput(command.target, { timeoutMs: command.timeoutMs });
  const { analyseInput } = await import('./pipeline');
  const report = withProgress(io, 'Classifying clauses', (update) =>
    analyseInput(
      input,
      (progress) => {
        if (progress.stage === 'classifying') update(progress.done, progress.total);
      },
      { group: command.group, laws: command.laws },
    ),
  );
  // The JSON carries the verdict itself (score.grade null, gradeWithheld "not-a-policy"); the summary refuses instead.
  if (!report.looksLikePolicy && !command.force && !command.json) {
    throw new CliError(EXIT.notPolicy, `${command.target} does not read like a privacy policy or terms; use --force to analyse it anyway.`);
  }
  const output = command.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report, styleFor(wantsColour(io.stdout.isTTY, io.env)));
  io.stdout.write(output);
}

async function readSentenceFile(file: string, io: CliIo): Promise<string> {
  const bytes = file === '-' ? await readStdinCapped(io.readStdin()) : await readLocalFile(file, { timeoutMs: DEFAULT_TIMEOUT_SECONDS * 1000 });
  return new TextDecoder('utf-8').decode(bytes);
}

async function sentences(file: string, io: CliIo): Promise<void> {
  const texts = parseSentenceLines(await readSentenceFile(file, io));
  const { classifyClause } = await import('./pipeline');
  io.stdout.write(withProgress(io, 'Classifying sentences', (update) => classifySentences(texts, classifyClause, update)));
}

function exitCodeOf(error: unknown): ExitCode {
  if (error instanceof CliError) return error.exitCode;
  if (error instanceof PolicyError) return error.code === 'unreadable' ? EXIT.unreadable : EXIT.unusable;
  return EXIT.internal;
}

function messageOf(error: unknown): string {
  if (error instanceof CliError || error instanceof PolicyError) return error.message;
  return `Internal error: ${error instanceof Error ? error.message : String(error)}`;
}

/** Runs one command line and returns the exit code; failures become one line on stderr. */
export async function runCli(argv: string[], io: CliIo): Promise<ExitCode> {
  try {
    const command = parseArgs(argv);
    if (command.command === 'help') io.stdout.write(HELP_TEXT);
    else if (command.command === 'sentences') await sentences(command.file, io);
    else await analyse(command, io);
    return EXIT.ok;
  } catch (error) {
    io.stderr.write(`policy-lens: ${messageOf(error).replace(/\s*\n\s*/g, ' ')}\n`);
    if (exitCodeOf(error) === EXIT.internal && io.env.DEBUG && error instanceof Error) io.stderr.write(`${error.stack}\n`);
    return exitCodeOf(error);
  }
}
