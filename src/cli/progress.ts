/** Where the bar is drawn: stderr, which is a terminal or not. */
export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

export interface ProgressBar {
  update(done: number, total: number): void;
  /** Erases the bar, if one was drawn, so the terminal is left as it was. */
  finish(): void;
}

/** Work this short finishes before a bar would help, so small inputs never flash one. */
export const PROGRESS_DELAY_MS = 250;
const WIDTH = 24;

const NO_BAR: ProgressBar = { update: () => {}, finish: () => {} };

/**
 * A one-line progress bar, redrawn in place with a carriage return. Only on a terminal (a
 * pipe or a log file gets nothing) and only once the work has run PROGRESS_DELAY_MS.
 */
export function progressBar(stream: ProgressStream, label: string, now: () => number = () => performance.now()): ProgressBar {
  if (!stream.isTTY) return NO_BAR;
  const start = now();
  let drawn = '';
  return {
    update(done, total) {
      if (total <= 0 || now() - start < PROGRESS_DELAY_MS) return;
      const filled = Math.round((WIDTH * done) / total);
      const line = `${label} [${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${Math.floor((100 * done) / total)}% ${done}/${total}`;
      if (line === drawn) return;
      stream.write(`\r${line}`);
      drawn = line;
    },
    finish() {
      if (drawn) stream.write('\r\u001b[2K');
      drawn = '';
    },
  };
}

/** Runs `work` with a bar that is erased afterwards, even when the work throws. */
export function withProgress<T>(
  io: { stderr: ProgressStream; clock?: () => number },
  label: string,
  work: (update: ProgressBar['update']) => T,
): T {
  const bar = progressBar(io.stderr, label, io.clock);
  try {
    return work((done, total) => bar.update(done, total));
  } finally {
    bar.finish();
  }
}
