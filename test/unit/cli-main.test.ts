import { execFile, execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from '../../scripts/build-cli';
import { EXIT } from '../../src/cli/exit-codes';
import { ANALYSER_VERSION } from '../../src/core/analyser-version';
import { classifyClause } from '../../src/core/classify';
import { CATEGORIES, type PolicyReport } from '../../src/core/types';
import { isGradable } from '../../src/core/gradable';
import { referenceSet } from '../../src/data/reference';

// End to end: the compiled CLI in a child process, as `npm run analyse` and `bin` run it
// (built here from the current source, the same way `npm install` builds it).
const root = join(import.meta.dirname, '../..');
const pages = join(root, 'test/fixtures/pages');
const policies = join(root, 'src/data/policies');
const scratch = mkdtempSync(join(tmpdir(), 'policy-lens-cli-'));
let compiled: string;

beforeAll(async () => {
  compiled = await buildCli(join(scratch, 'compiled'));
}, 60_000);

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function cli(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    // Killed after 25 s, so a CLI that reads for ever fails its test instead of hanging the run.
    const options = { cwd: root, env: { ...process.env, ...env }, timeout: 25_000, maxBuffer: 64 * 1024 * 1024 };
    execFile(process.execPath, [compiled, ...args], options, (error, stdout, stderr) => {
      resolve({ code: error ? (error.killed ? -1 : Number(error.code)) : 0, stdout, stderr });
    });
  });
}

function scratchFile(name: string, content: string | Uint8Array): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}

const labelledTexts = readFileSync(join(root, 'test/fixtures/labels.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => (JSON.parse(line) as { text: string }).text);

describe('npm run analyse', { timeout: 30_000 }, () => {
  it('summarises a plain-text policy without colour when stdout is a pipe', async () => {
    const run = await cli([join(policies, 'imaginet.txt')], { FORCE_COLOR: '1' });
    expect(run).toMatchObject({ code: EXIT.ok, stderr: '' });
    expect(run.stdout).toMatch(/^imaginet\.txt\n/);
    expect(run.stdout).toMatch(/\nScore \d+\/100 {2}grade [A-E] {2}coverage \d+% of the score table\n/);
    expect(run.stdout).toContain('\nFindings\n');
    expect(run.stdout).toMatch(/\nCompared with similar providers: Better than \d+ of \d+ [a-z -]+\.\n {2}Ranked \d+ of \d+ by score among /);
    expect(run.stdout).not.toContain('\u001b[');
  });

  it('summarises an HTML page under its own title', async () => {
    const run = await cli([join(pages, 'privacy.html')]);
    expect(run).toMatchObject({ code: EXIT.ok, stderr: '' });
    expect(run.stdout).toMatch(/^Privacy Policy – Imaginet\n/);
    expect(run.stdout).not.toMatch(/<\/?(p|div|script|nav)\b/);
  });

  it('prints the full report as JSON with --json', async () => {
    const run = await cli([join(pages, 'privacy.html'), '--json']);
    expect(run.code).toBe(EXIT.ok);
    const report = JSON.parse(run.stdout) as PolicyReport;
    expect(report).toMatchObject({ version: 1, analyserVersion: ANALYSER_VERSION, title: 'Privacy Policy – Imaginet', looksLikePolicy: true, language: 'en' });
    expect(report.textHash).toMatch(/^[0-9a-f]{16}$/);
    expect(report.clauses.length).toBeGreaterThan(20);
    for (const clause of report.clauses) expect(clause.text.length).toBe(clause.end - clause.start);
    expect(report.categories.map((c) => c.category)).toEqual([...CATEGORIES]);
    expect(report.score.grade).toMatch(/^[A-E]$/);
    // privacy.html is the Imaginet reference policy as a web page: it is not ranked against itself.
    expect(report.comparison?.against).toHaveLength(referenceSet.length - 1);
    expect(report.comparison?.against.map((r) => r.id)).not.toContain('imaginet');
    // A local file names no site and the text no kind clearly: ranked among all graded providers.
    expect(report.comparison).toMatchObject({ group: { kind: null, country: null }, detectedKind: null });
    expect(report.comparison?.of).toBe(1 + report.comparison!.against.filter((r) => r.grade !== null).length);
  });

  it('ranks within the group --kind and --country choose, and lists every reference with what it is (--json contract)', async () => {
    const run = await cli([join(pages, 'privacy.html'), '--json', '--kind', 'hosting', '--country', 'gb']);
    expect(run.code).toBe(EXIT.ok);
    const { comparison, score } = JSON.parse(run.stdout) as PolicyReport;
    expect(comparison?.group).toEqual({ kind: 'hosting', country: 'GB' });
    const group = referenceSet.filter((r) => r.kind === 'hosting' && r.country === 'GB' && isGradable(r.report));
    expect(group.map((r) => r.id).sort()).toEqual(['fasthosts', 'ionos-uk', 'mythic-beasts']);
    expect(comparison?.of).toBe(group.length + 1);
    expect(comparison?.rank).toBe(1 + group.filter((r) => r.report.score.score > score.score).length);
    expect(comparison?.against).toHaveLength(referenceSet.length - 1);
    for (const entry of comparison!.against) {
      expect(Object.keys(entry)).toEqual(expect.arrayContaining(['id', 'name', 'country', 'kind', 'score', 'grade', 'policyDate']));
      expect(entry.country).toMatch(/^[A-Z]{2}$/);
    }
    expect(comparison?.against.find((r) => r.id === 'orange-fr')).toMatchObject({ grade: null, notGraded: 'not in English (French)' });
  });

  it('gives a German policy no grade in --json, says why, and prints no findings or letter in text', async () => {
    const json = await cli([join(pages, 'german-policy.html'), '--json']);
    expect(json.code).toBe(EXIT.ok);
    const report = JSON.parse(json.stdout) as PolicyReport;
    expect(report.score.grade).toBeNull();
    expect(report.score.gradeWithheld).toEqual({ reason: 'not-english', message: "Policy Lens can't read German policies yet" });
    expect(report.comparison).toBeUndefined();
    const text = await cli([join(pages, 'german-policy.html')]);
    expect(text.stdout).toContain("\nNot graded: Policy Lens can't read German policies yet\n");
    expect(text.stdout).not.toMatch(/grade [A-E]|Score \d+|Findings|Not stated|Does not say/);
  });

  it('gives a page that is not a policy, analysed with --force, no grade and no rank', async () => {
    const json = await cli([join(pages, 'not-a-policy.html'), '--force', '--json']);
    const report = JSON.parse(json.stdout) as PolicyReport;
    expect(report.score).toMatchObject({ grade: null, gradeWithheld: { reason: 'not-a-policy', message: 'Not enough information to grade' } });
    expect(report.comparison).toBeUndefined();
    const text = await cli([join(pages, 'not-a-policy.html'), '--force']);
    expect(text.stdout).toMatch(/\nNot graded: Not enough information to grade {2}coverage \d+% of the score table\n/);
    expect(text.stdout).not.toMatch(/grade [A-E]|Score \d+\/100|ranked/);
  });

  it('refuses a page that is not a policy unless --force or --json is given', async () => {
    const refused = await cli([join(pages, 'not-a-policy.html')]);
    expect(refused.code).toBe(EXIT.notPolicy);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toMatch(/^policy-lens: .*not-a-policy\.html does not read like a privacy policy or terms; use --force to analyse it anyway\.\n$/);
    const forced = await cli([join(pages, 'not-a-policy.html'), '--force']);
    expect(forced.code).toBe(EXIT.ok);
    expect(forced.stdout).toContain('! This does not read like a privacy policy');
    const json = await cli([join(pages, 'not-a-policy.html'), '--json']);
    expect(json.code).toBe(EXIT.ok);
    expect(json.stderr).toBe('');
    const report = JSON.parse(json.stdout) as PolicyReport;
    expect(report.looksLikePolicy).toBe(false);
    expect(report.score).toMatchObject({ grade: null, gradeWithheld: { reason: 'not-a-policy' } });
  });

  it.each([
    ['a missing file', EXIT.unreadable, () => [join(scratch, 'missing.txt')], /File not found: .*missing\.txt/],
    ['a directory', EXIT.unreadable, () => [scratch], /is a directory, not a file/],
    ['an empty file', EXIT.unusable, () => [scratchFile('empty.txt', '\n \n')], /empty\.txt is empty/],
    ['a PDF', EXIT.unusable, () => [scratchFile('policy.pdf', '%PDF-1.4\n%âãÏÓ\n')], /policy\.pdf is a PDF/],
    ['a binary file', EXIT.unusable, () => [scratchFile('blob.bin', Uint8Array.from([1, 0, 2, 0, 3]))], /blob\.bin is a binary file/],
    ['an unknown flag', EXIT.usage, () => ['--colour', 'x.txt'], /Unknown option --colour\. Run with --help for usage\./],
    ['no input', EXIT.usage, () => [], /Give a file or an http\(s\) URL/],
    ['an ftp URL', EXIT.usage, () => ['ftp://example.org/policy.txt'], /Only http:\/\/ and https:\/\/ URLs/],
    ['a timeout of a thousand years', EXIT.usage, () => ['http://127.0.0.1:9/', '--timeout', String(1000 * 365 * 86_400)], /--timeout must be at most 3600 seconds/],
  ])('fails on %s with exit code %i and one line on stderr', async (_name, code, args, message) => {
    const run = await cli(args());
    expect(run.code).toBe(code);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('documents every exit code in --help', async () => {
    const run = await cli(['--help']);
    expect(run.code).toBe(EXIT.ok);
    for (const code of Object.values(EXIT)) expect(run.stdout).toMatch(new RegExp(`^ {2}${code} {2}\\S`, 'm'));
  });
});

describe('the compiled CLI', () => {
  it('is plain JavaScript that Node runs without a TypeScript loader', () => {
    const files = readdirSync(join(scratch, 'compiled'));
    expect(files.filter((name) => /\.(ts|tsx)$/.test(name))).toEqual([]);
    expect(readFileSync(compiled, 'utf8')).toMatch(/^#!\/usr\/bin\/env node\n/);
    expect(statSync(compiled).mode & 0o111).not.toBe(0);
  });

  it('answers --help and usage errors without the analysis pipeline, which is a separate chunk', async () => {
    const lean = join(scratch, 'lean');
    cpSync(join(scratch, 'compiled'), lean, { recursive: true });
    for (const name of readdirSync(lean)) if (name.startsWith('pipeline-')) rmSync(join(lean, name));
    const run = (args: string[]) =>
      new Promise<Run>((resolve) => {
        execFile(process.execPath, [join(lean, 'policy-lens.mjs'), ...args], (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }));
      });
    expect((await run(['--help'])).code).toBe(EXIT.ok);
    expect((await run(['--colour'])).code).toBe(EXIT.usage);
    expect((await run([join(policies, 'imqs.txt')])).code).toBe(EXIT.internal);
  });

  it('is what package.json runs for `npm run analyse` and installs as `policy-lens`', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { bin: Record<string, string>; scripts: Record<string, string> };
    expect(manifest.bin['policy-lens']).toBe('dist/cli/policy-lens.mjs');
    expect(manifest.scripts.analyse).toBe('node dist/cli/policy-lens.mjs');
    expect(manifest.scripts.prepare).toBe('npm run build:cli');
    expect(Object.values(manifest.scripts).join(' ')).not.toMatch(/tsx src\/cli/);
  });
});

describe('npm run analyse on devices, pipes and endless input', { timeout: 30_000 }, () => {
  const fifo = (name: string) => {
    const path = join(scratch, name);
    execFileSync('mkfifo', [path]);
    return path;
  };

  it('refuses a device such as /dev/zero at once instead of reading it for ever', async () => {
    const run = await cli(['/dev/zero']);
    expect(run.code).toBe(EXIT.unreadable);
    expect(run.stderr).toBe('policy-lens: /dev/zero is a device, not a file.\n');
  });

  it('gives up on a named pipe nobody writes to after --timeout', async () => {
    const started = Date.now();
    const run = await cli([fifo('silent.fifo'), '--timeout', '0.5']);
    expect(run.code).toBe(EXIT.unreadable);
    expect(run.stderr).toMatch(/^policy-lens: Nothing arrived from .*silent\.fifo for 0\.5 s\.\n$/);
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it('reads a policy written into a named pipe', async () => {
    const path = fifo('policy.fifo');
    const [run] = await Promise.all([cli([path]), writeFile(path, readFileSync(join(policies, 'imqs.txt')))]);
    expect(run).toMatchObject({ code: EXIT.ok, stderr: '' });
    expect(run.stdout).toMatch(/^policy\.fifo\n/);
  });

  it('stops reading a pipe past 10 MB', async () => {
    const path = fifo('endless.fifo');
    const writer = spawn('sh', ['-c', `exec cat /dev/zero | tr '\\0' 'a' > '${path}'`]);
    const run = await cli([path]);
    writer.kill();
    expect(run.code).toBe(EXIT.unusable);
    expect(run.stderr).toMatch(/^policy-lens: .*endless\.fifo is larger than 10 MB; refusing to read it\.\n$/);
  });

  it('stops reading --sentences from stdin past 10 MB, with its own exit code rather than an internal error', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', '--sentences', '-'], { cwd: root, timeout: 25_000 });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdin.on('error', () => {}); // the CLI stops reading: writes after that fail
    const line = Buffer.from('{"text": "We collect your name."}\n'.repeat(30_000));
    const pump = () => {
      while (!child.stdin.destroyed && child.stdin.write(line));
    };
    child.stdin.on('drain', pump);
    pump();
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(EXIT.unusable);
    expect(stderr).toBe('policy-lens: The input on stdin is larger than 10 MB; refusing to read it.\n');
  });
});

describe('npm run analyse -- --sentences', { timeout: 30_000 }, () => {
  it('prints one classification per input line, the same as classifyClause', async () => {
    const texts = labelledTexts.slice(40, 60);
    const file = scratchFile('items.jsonl', texts.map((text) => JSON.stringify({ text })).join('\n'));
    const run = await cli(['--sentences', file]);
    expect(run).toMatchObject({ code: EXIT.ok, stderr: '' });
    const lines = run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as unknown);
    expect(lines).toEqual(texts.map((text) => {
      const { labels, negated } = classifyClause(text);
      return { labels, negated };
    }));
  });

  it('reads a file that starts with a UTF-8 byte order mark, line 1 included', async () => {
    const file = scratchFile('bom.jsonl', '\ufeff{"text": "We collect your e-mail address."}\n{"text": "Hello."}\n');
    const run = await cli(['--sentences', file]);
    expect(run).toMatchObject({ code: EXIT.ok, stderr: '' });
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(2);
  });

  it('names the bad line and prints nothing else', async () => {
    const file = scratchFile('bad.jsonl', '{"text": "We collect your name."}\n{"text": unquoted}\n');
    const run = await cli(['--sentences', file]);
    expect(run).toMatchObject({ code: EXIT.badSentence, stdout: '' });
    expect(run.stderr).toBe('policy-lens: Line 2: not valid JSON; expected {"text": "..."}.\n');
  });
});

describe('npm run analyse -- <url>', { timeout: 30_000 }, () => {
  let server: Server;
  let base: string;
  const privacyHtml = readFileSync(join(pages, 'privacy.html'));

  beforeAll(async () => {
    server = createServer((request, response) => {
      if (request.url === '/privacy') {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(privacyHtml);
      } else if (request.url === '/moved') {
        response.writeHead(302, { location: '/policy%0AScore%20100%20%2F%20100%0AGrade%20A' }).end();
      } else if (request.url === '/policy%0AScore%20100%20%2F%20100%0AGrade%20A') {
        response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(readFileSync(join(policies, 'imaginet.txt')));
      } else if (request.url === '/slow') {
        setTimeout(() => response.writeHead(200, { 'content-type': 'text/plain' }).end('late'), 5_000);
      } else {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('not here');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('fetches and analyses a page the same way as the saved file', async () => {
    const [fromUrl, fromFile] = await Promise.all([cli([`${base}/privacy`, '--json']), cli([join(pages, 'privacy.html'), '--json'])]);
    expect(fromUrl.code).toBe(EXIT.ok);
    const urlReport = JSON.parse(fromUrl.stdout) as PolicyReport;
    const fileReport = JSON.parse(fromFile.stdout) as PolicyReport;
    expect(urlReport.url).toBe(`${base}/privacy`);
    expect(urlReport.textHash).toBe(fileReport.textHash);
    expect(urlReport.score).toEqual(fileReport.score);
  });

  it('names a page after its URL on one line, even when the URL path holds line breaks', async () => {
    const run = await cli([`${base}/moved`]);
    expect(run.code).toBe(EXIT.ok);
    const [title, source] = run.stdout.split('\n');
    expect(title).toBe('policy Score 100 / 100 Grade A');
    expect(source).toMatch(/^Source: http:\/\/127\.0\.0\.1:\d+\/policy%0AScore%20100%20%2F%20100%0AGrade%20A$/);
  });

  it.each([
    ['an HTTP error', '/missing', [], /Could not fetch http:\/\/127\.0\.0\.1:\d+\/missing: HTTP 404 Not Found/],
    ['a server that does not answer in time', '/slow', ['--timeout', '0.5'], /\/slow did not answer within 0\.5 s/],
  ])('fails on %s with exit code 3', async (_name, path, extra, message) => {
    const run = await cli([`${base}${path}`, ...extra]);
    expect(run.code).toBe(EXIT.unreadable);
    expect(run.stderr).toMatch(message);
  });
});
