// A benchmark section measures one area and reports plain numbers. `run.ts`
// composes the sections; a new area (e.g. the browser) is one more module.

export interface BenchSection<Result = unknown> {
  /** Key of this section in the `--json` output. */
  id: string;
  title: string;
  /** Why the section cannot run here, or undefined when it can. */
  skipReason?(): string | undefined;
  run(): Promise<Result>;
  /** Human-readable lines for the result. */
  print(result: Result): string[];
}

/** Lets a list of differently typed sections share one array type. */
export function section<Result>(definition: BenchSection<Result>): BenchSection<unknown> {
  return definition as BenchSection<unknown>;
}

export function fixed(value: number, digits = 2): string {
  return value.toFixed(digits);
}

/** Milliseconds: two decimals below 1 ms, one below 100 ms, whole numbers above. */
export function ms(value: number): string {
  if (value < 1) return value.toFixed(2);
  return value < 100 ? value.toFixed(1) : Math.round(value).toString();
}

export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} KB`;
}

/** Right-aligned columns after a left-aligned first column. */
export function table(header: string[], rows: string[][]): string[] {
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((row) => (row[i] ?? '').length)));
  return all.map((row) =>
    `  ${row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ')}`.trimEnd(),
  );
}

/** "ok" or "MISS" against a lower bound, for reading targets at a glance. */
export function against(value: number, target: number, higherIsBetter = true): string {
  return (higherIsBetter ? value >= target : value <= target) ? 'ok' : 'MISS';
}
