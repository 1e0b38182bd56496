// `npm run bench`: prints accuracy, speed, bundle and in-browser numbers (asserts nothing).
// `npm run bench -- --json` prints the same numbers as one JSON object.
import os from 'node:os';
import { accuracySection } from './accuracy';
import { browserSection } from './browser';
import { bundleSection } from './bundle';
import { checklistSection } from './checklists';
import { classifierSection } from './classifier';
import { cliSection } from './cli';
import { factSheetsSection } from './fact-sheets';
import type { BenchSection } from './section';
import { speedSection } from './speed';
import { stagesSection } from './stages';

const SECTIONS: BenchSection[] = [classifierSection, checklistSection, accuracySection, factSheetsSection, speedSection, stagesSection, cliSection, bundleSection, browserSection];

interface SectionOutcome {
  skipped?: string;
  failed?: string;
  result?: unknown;
}

function environment() {
  return {
    node: process.version,
    platform: `${os.platform()} ${os.arch()}`,
    cpus: os.cpus().length,
    cpu: os.cpus()[0]?.model ?? 'unknown',
    /** 1-minute load average at the start: above the CPU count, timings are inflated by other work. */
    loadAverage: Number(os.loadavg()[0]!.toFixed(2)),
    date: new Date().toISOString(),
  };
}

async function runSection(section: BenchSection, log: (line: string) => void): Promise<SectionOutcome> {
  const skipped = section.skipReason?.();
  if (skipped) {
    log(`\n== ${section.title}: skipped (${skipped})`);
    return { skipped };
  }
  log(`\n== ${section.title}`);
  try {
    const result = await section.run();
    for (const line of section.print(result)) log(line);
    return { result };
  } catch (error) {
    // One broken area (a failed build, a browser crash) must not hide the other numbers.
    const failed = error instanceof Error ? error.message : String(error);
    process.stderr.write(`bench: ${section.title} failed: ${failed}\n`);
    return { failed };
  }
}

async function main(argv: string[]): Promise<void> {
  const json = argv.includes('--json');
  const unknown = argv.filter((arg) => arg !== '--json');
  if (unknown.length > 0) {
    process.stderr.write(`bench: unknown argument ${unknown[0]}; the only option is --json\n`);
    process.exitCode = 2;
    return;
  }
  const log = json ? () => {} : (line: string) => console.log(line);
  const env = environment();
  log(`Policy Lens benchmark: Node ${env.node}, ${env.platform}, ${env.cpus} x ${env.cpu}, load average ${env.loadAverage}`);
  if (env.loadAverage > env.cpus) log('Note: the machine is busy (load above the CPU count); timings will be inflated and noisy.');
  const sections: Record<string, SectionOutcome> = {};
  for (const section of SECTIONS) sections[section.id] = await runSection(section, log);
  if (json) process.stdout.write(`${JSON.stringify({ environment: env, sections }, null, 2)}\n`);
}

await main(process.argv.slice(2));
