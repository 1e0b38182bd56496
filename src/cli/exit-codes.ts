/** Process exit codes of the CLI; each failure kind has its own, listed in `--help`. */
export const EXIT = {
  ok: 0,
  internal: 1,
  usage: 2,
  unreadable: 3,
  unusable: 4,
  notPolicy: 5,
  badSentence: 6,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A failure with a one-line message for stderr and the exit code it maps to. */
export class CliError extends Error {
  constructor(
    readonly exitCode: ExitCode,
    message: string,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
