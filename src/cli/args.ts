import type { GroupChoice } from '../core/compare-group';
import { CHECKLIST_LAWS, PROVIDER_KINDS, type ChecklistLaw, type ProviderKind } from '../core/types';
import { CliError, EXIT } from './exit-codes';

export const DEFAULT_TIMEOUT_SECONDS = 15;
/** Longer waits are mistakes, and past 24.8 days Node's timers overflow and fire at once. */
export const MAX_TIMEOUT_SECONDS = 3600;

export type CliCommand =
  | { command: 'help' }
  | { command: 'analyse'; target: string; json: boolean; force: boolean; timeoutMs: number; group: GroupChoice; laws?: ChecklistLaw[] }
  | { command: 'sentences'; file: string };

interface Flags {
  json: boolean;
  force: boolean;
  help: boolean;
  sentences?: string;
  timeout?: string;
  kind?: string;
  country?: string;
  laws?: string;
}

const BOOLEAN_FLAGS = { '--json': 'json', '--force': 'force', '--help': 'help', '-h': 'help' } as const;
const VALUE_FLAGS = { '--sentences': 'sentences', '--timeout': 'timeout', '--kind': 'kind', '--country': 'country', '--laws': 'laws' } as const;

function usageError(message: string): CliError {
  return new CliError(EXIT.usage, `${message} Run with --help for usage.`);
}

function isFlagName<T extends object>(table: T, name: string): name is Extract<keyof T, string> {
  return Object.hasOwn(table, name);
}

/** `--name=value` → [name, value]; `--name` → [name, undefined]. */
function splitFlag(arg: string): [string, string | undefined] {
  const eq = arg.indexOf('=');
  return eq === -1 ? [arg, undefined] : [arg.slice(0, eq), arg.slice(eq + 1)];
}

/** Splits argv into flags and positionals; `--name=value` and `--name value` both work. */
function scan(argv: string[]): { flags: Flags; positionals: string[] } {
  const flags: Flags = { json: false, force: false, help: false };
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const [name, inlineValue] = splitFlag(arg);
    if (isFlagName(BOOLEAN_FLAGS, name)) {
      if (inlineValue !== undefined) throw usageError(`Option ${name} takes no value.`);
      flags[BOOLEAN_FLAGS[name]] = true;
    } else if (isFlagName(VALUE_FLAGS, name)) {
      // `--sentences --json` means a forgotten value, not a file called "--json".
      const value = inlineValue ?? (argv[i + 1]?.startsWith('--') ? undefined : argv[++i]);
      if (!value) throw usageError(`Option ${name} needs a value.`);
      flags[VALUE_FLAGS[name]] = value;
    } else {
      throw usageError(`Unknown option ${name}.`);
    }
  }
  return { flags, positionals };
}

function parseTimeout(raw: string | undefined): number {
  if (raw === undefined) return DEFAULT_TIMEOUT_SECONDS * 1000;
  const seconds = Number(raw);
  if (!Number.isFinite(seconds) || seconds <= 0) throw usageError(`--timeout must be a positive number of seconds, not "${raw}".`);
  if (seconds > MAX_TIMEOUT_SECONDS) throw usageError(`--timeout must be at most ${MAX_TIMEOUT_SECONDS} seconds (an hour), not "${raw}".`);
  return Math.round(seconds * 1000);
}

/** `gdpr,popia` or `all` → the checklists asked for, in their usual order; `undefined` (the laws that apply) when not given. */
function parseLaws(raw: string | undefined): ChecklistLaw[] | undefined {
  if (raw === undefined) return undefined;
  const names = raw.split(',').map((name) => name.trim().toLowerCase());
  if (names.length === 1 && names[0] === 'all') return [...CHECKLIST_LAWS];
  const unknown = names.find((name) => !(CHECKLIST_LAWS as readonly string[]).includes(name));
  if (unknown !== undefined) throw usageError(`--laws takes ${CHECKLIST_LAWS.join(', ')} (comma-separated) or all, not "${unknown}".`);
  return CHECKLIST_LAWS.filter((law) => names.includes(law));
}

/** `--kind hosting` ranks among hosting providers, `--kind all` among all; absent, the detected kind. */
function parseKind(raw: string | undefined): ProviderKind | null | undefined {
  if (raw === undefined) return undefined;
  const kind = raw.toLowerCase();
  if (kind === 'all') return null;
  if ((PROVIDER_KINDS as readonly string[]).includes(kind)) return kind as ProviderKind;
  throw usageError(`--kind must be one of ${PROVIDER_KINDS.join(', ')} or all, not "${raw}".`);
}

/** `--country gb` ranks among providers based in the UK (ISO 3166-1 alpha-2), `--country all` among all. */
function parseCountry(raw: string | undefined): string | null | undefined {
  if (raw === undefined) return undefined;
  if (raw.toLowerCase() === 'all') return null;
  if (/^[a-z]{2}$/i.test(raw)) return raw.toUpperCase();
  throw usageError(`--country must be a two-letter country code (e.g. GB, US, ZA) or all, not "${raw}".`);
}

function groupChoice(flags: Flags): GroupChoice {
  const kind = parseKind(flags.kind);
  const country = parseCountry(flags.country);
  return { ...(kind !== undefined ? { kind } : {}), ...(country !== undefined ? { country } : {}) };
}

/** Turns the command line (without `node` and the script) into one command, or throws a usage `CliError`. */
export function parseArgs(argv: string[]): CliCommand {
  const { flags, positionals } = scan(argv);
  if (flags.help) return { command: 'help' };
  if (flags.sentences !== undefined) {
    if (positionals.length > 0) throw usageError('--sentences reads its own file; give no other input.');
    if (flags.json || flags.force || flags.timeout !== undefined || flags.kind !== undefined || flags.country !== undefined || flags.laws !== undefined) {
      throw usageError('--sentences cannot be combined with --json, --force, --timeout, --kind, --country or --laws.');
    }
    return { command: 'sentences', file: flags.sentences };
  }
  if (positionals.length === 0) throw usageError('Give a file or an http(s) URL to analyse.');
  if (positionals.length > 1) throw usageError(`Give one input, not ${positionals.length}.`);
  const { json, force } = flags;
  const laws = parseLaws(flags.laws);
  const timeoutMs = parseTimeout(flags.timeout);
  return { command: 'analyse', target: positionals[0]!, json, force, timeoutMs, group: groupChoice(flags), ...(laws && { laws }) };
}
