import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AnalysisProgress } from '../../src/core/analyse';
import { parseHtml } from '../../src/node/parse-html';
import type { AnalysisReply, AnalysisRequest } from '../../src/page/analysis-messages';
import { analyseSource } from '../../src/page/analyse-html';
import { workerAnalyser } from '../../src/page/worker-analyser';

// The real worker module, run in this thread: its `message` listener and `postMessage` are
// wired to a stand-in Worker that delivers messages asynchronously, as a browser does.
let workerListener: (event: { data: AnalysisRequest }) => void;

beforeAll(async () => {
  vi.stubGlobal('addEventListener', (type: string, listener: typeof workerListener) => {
    if (type === 'message') workerListener = listener;
  });
  vi.stubGlobal('postMessage', (reply: AnalysisReply) => fake.deliver(reply));
  await import('../../src/page/analysis-worker');
});

const fake = {
  deliver: (_reply: AnalysisReply) => {},
  terminated: 0,
};

function stubWorker(): Worker {
  const listeners = new Map<string, ((event: unknown) => void)[]>();
  fake.deliver = (reply) => setTimeout(() => listeners.get('message')?.forEach((l) => l({ data: structuredClone(reply) })));
  return {
    addEventListener: (type: string, listener: (event: unknown) => void) => listeners.set(type, [...(listeners.get(type) ?? []), listener]),
    postMessage: (request: AnalysisRequest) => setTimeout(() => workerListener({ data: structuredClone(request) })),
    terminate: () => {
      fake.terminated++;
      fake.deliver = () => {};
    },
  } as unknown as Worker;
}

const html = readFileSync(new URL('../fixtures/pages/privacy.html', import.meta.url), 'utf8');
const source = { html, url: 'https://isp.example/privacy', title: 'Privacy' };

afterEach(() => {
  fake.terminated = 0;
});

describe('workerAnalyser', () => {
  it('gives the same report as the core in this thread, with progress on the way', async () => {
    const progress: AnalysisProgress[] = [];
    const report = await workerAnalyser(stubWorker).analyse(source, (p) => progress.push(p));
    expect(report).toEqual(analyseSource(source, { parseHtml }));
    expect(progress[0]?.stage).toBe('extracting');
    expect(progress.some((p) => p.stage === 'classifying' && p.done === p.total && p.total === report.clauses.length)).toBe(true);
  });

  it('hashes the text the report will carry', async () => {
    const analyser = workerAnalyser(stubWorker);
    const [hash, report] = await Promise.all([analyser.textHash(source), analyser.analyse(source)]);
    expect(hash).toBe(report.textHash);
  });

  it('keeps a PolicyError recognisable across the thread boundary', async () => {
    const error = await workerAnalyser(stubWorker).analyse({ ...source, html: '<html><body> </body></html>' }).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ name: 'PolicyError', code: 'empty' });
  });

  it('keeps the code of a PolicyError, so the popup can link a PDF to “Analyse a policy”', async () => {
    const embedded = '<html><body><embed src="/p.pdf" type="application/pdf"></body></html>';
    const error = await workerAnalyser(stubWorker).textHash({ ...source, html: embedded }).catch((e: Error) => e);
    expect(error).toMatchObject({ name: 'PolicyError', code: 'pdf' });
  });

  it('reads plain text as text, not as a page', async () => {
    const text = 'Privacy Policy\n\nWe collect your name and email address when you sign up.\nWe never sell your data.';
    const report = await workerAnalyser(stubWorker).analyse({ ...source, html: text, kind: 'text' });
    expect(report).toEqual(analyseSource({ ...source, html: text, kind: 'text' }, { parseHtml }));
    expect(report.clauses.map((c) => c.text)).toContain('We never sell your data.');
  });

  it('terminates the worker and fails the pending call when cancelled', async () => {
    const analyser = workerAnalyser(stubWorker);
    const pending = analyser.analyse(source);
    analyser.terminate();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(fake.terminated).toBe(1);
  });

  it('starts its worker only when first asked', () => {
    const make = vi.fn(stubWorker);
    const analyser = workerAnalyser(make);
    expect(make).not.toHaveBeenCalled();
    const calls = [analyser.textHash(source), analyser.textHash(source)];
    expect(make).toHaveBeenCalledTimes(1);
    analyser.terminate();
    return expect(Promise.allSettled(calls)).resolves.toHaveLength(2);
  });
});
