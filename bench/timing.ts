import { performance } from 'node:perf_hooks';

export interface TimingStats {
  runs: number;
  /** Wall-clock time. */
  medianMs: number;
  p90Ms: number;
  minMs: number;
  /** CPU time of the process (user + system): less sensitive to other work on a busy machine. */
  cpuMedianMs: number;
}

/** The value at quantile `q` (0–1) of ascending `sorted`, nearest rank. */
export function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil(q * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))]!;
}

export function median(sorted: number[]): number {
  if (sorted.length === 0) return Number.NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Runs `fn` `warmup` times untimed (JIT, caches), then `runs` times timed. */
export function measure(fn: () => unknown, options: { warmup: number; runs: number }): TimingStats {
  for (let i = 0; i < options.warmup; i++) fn();
  const samples: number[] = [];
  const cpuSamples: number[] = [];
  for (let i = 0; i < options.runs; i++) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
    const cpu = process.cpuUsage(cpuStart);
    cpuSamples.push((cpu.user + cpu.system) / 1000);
  }
  samples.sort((a, b) => a - b);
  cpuSamples.sort((a, b) => a - b);
  const stats = { runs: samples.length, medianMs: median(samples), p90Ms: quantile(samples, 0.9), minMs: samples[0]! };
  return { ...stats, cpuMedianMs: median(cpuSamples) };
}
