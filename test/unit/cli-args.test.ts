import { describe, expect, it } from 'vitest';
import { DEFAULT_TIMEOUT_SECONDS, parseArgs } from '../../src/cli/args';
import { CliError, EXIT } from '../../src/cli/exit-codes';
import type { GroupChoice } from '../../src/core/compare-group';

type Extra = Partial<{ json: boolean; force: boolean; timeoutMs: number; group: GroupChoice; laws: string[] }>;

const analyse = (target: string, extra: Extra = {}) => ({
  command: 'analyse',
  target,
  json: false,
  force: false,
  timeoutMs: DEFAULT_TIMEOUT_SECONDS * 1000,
  group: {},
  ...extra,
});

describe('parseArgs', () => {
  it.each([
    [['policy.txt'], analyse('policy.txt')],
    [['page.html', '--json'], analyse('page.html', { json: true })],
    [['--force', 'page.html'], analyse('page.html', { force: true })],
    [['https://example.org/privacy', '--timeout', '2.5'], analyse('https://example.org/privacy', { timeoutMs: 2500 })],
    [['--timeout=3', 'a.txt'], analyse('a.txt', { timeoutMs: 3000 })],
    [['--timeout=3600', 'a.txt'], analyse('a.txt', { timeoutMs: 3_600_000 })],
    [['--', '--odd-name.txt'], analyse('--odd-name.txt')],
    [['a.txt', '--laws', 'popia'], analyse('a.txt', { laws: ['popia'] })],
    // Given in any order and case, kept in the usual order.
    [['a.txt', '--laws=CCPA,gdpr, uk-gdpr'], analyse('a.txt', { laws: ['gdpr', 'uk-gdpr', 'ccpa'] })],
    [['a.txt', '--laws', 'all'], analyse('a.txt', { laws: ['gdpr', 'uk-gdpr', 'popia', 'pipeda', 'ccpa'] })],
    [['a.txt', '--kind', 'hosting'], analyse('a.txt', { group: { kind: 'hosting' } })],
    [['a.txt', '--kind=VPN', '--country', 'gb'], analyse('a.txt', { group: { kind: 'vpn', country: 'GB' } })],
    [['a.txt', '--kind', 'all', '--country=all'], analyse('a.txt', { group: { kind: null, country: null } })],
    [['--country', 'za', 'a.txt', '--json'], analyse('a.txt', { json: true, group: { country: 'ZA' } })],
    // The checklists and the comparison group are chosen independently.
    [['a.txt', '--laws', 'gdpr,popia', '--kind', 'isp', '--country', 'za'], analyse('a.txt', { laws: ['gdpr', 'popia'], group: { kind: 'isp', country: 'ZA' } })],
    [['--sentences', 'items.jsonl'], { command: 'sentences', file: 'items.jsonl' }],
    [['--sentences=-'], { command: 'sentences', file: '-' }],
    [['--help'], { command: 'help' }],
    [['-h', 'anything'], { command: 'help' }],
    [['a.txt', '--json', '--help'], { command: 'help' }],
  ])('%j → %j', (argv, expected) => {
    expect(parseArgs(argv)).toEqual(expected);
  });

  it.each([
    [[], /Give a file or an http\(s\) URL/],
    [['a.txt', 'b.txt'], /Give one input, not 2/],
    [['--bogus', 'a.txt'], /Unknown option --bogus/],
    [['a.txt', '--timeout'], /--timeout needs a value/],
    [['a.txt', '--timeout', 'soon'], /--timeout must be a positive number of seconds, not "soon"/],
    [['a.txt', '--timeout', '0'], /--timeout must be a positive number/],
    [['a.txt', '--timeout', '3601'], /--timeout must be at most 3600 seconds \(an hour\), not "3601"/],
    [['a.txt', '--timeout', '1e300'], /--timeout must be at most 3600 seconds/],
    [['a.txt', '--json=yes'], /--json takes no value/],
    [['--sentences'], /--sentences needs a value/],
    [['--sentences', '--json'], /--sentences needs a value/],
    [['--sentences', 'x.jsonl', 'a.txt'], /give no other input/],
    [['--sentences', 'x.jsonl', '--json'], /cannot be combined/],
    [['--sentences', 'x.jsonl', '--laws', 'gdpr'], /cannot be combined/],
    [['a.txt', '--laws', 'hipaa'], /--laws takes gdpr, uk-gdpr, popia, pipeda, ccpa \(comma-separated\) or all, not "hipaa"/],
    [['a.txt', '--laws', 'gdpr,all'], /not "all"/],
    [['a.txt', '--laws'], /--laws needs a value/],
    [['--sentences', 'x.jsonl', '--kind', 'isp'], /cannot be combined/],
    [['a.txt', '--kind', 'bakery'], /--kind must be one of isp, mobile, hosting, cloud, registrar, email, vpn, other or all, not "bakery"/],
    [['a.txt', '--kind'], /--kind needs a value/],
    [['a.txt', '--country', 'Britain'], /--country must be a two-letter country code .* not "Britain"/],
    [['a.txt', '--country', '--json'], /--country needs a value/],
  ])('%j is a usage error: %s', (argv, message) => {
    let thrown: unknown;
    try {
      parseArgs(argv);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(CliError);
    expect((thrown as CliError).exitCode).toBe(EXIT.usage);
    expect((thrown as CliError).message).toMatch(message);
    expect((thrown as CliError).message).toMatch(/Run with --help for usage\.$/);
  });
});
