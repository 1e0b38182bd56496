import type { AnalysisProgress } from '../core/analyse';
import type { AnalysisReply, AnalysisRequest } from './analysis-messages';
import type { PageSource } from './extract-html';
import type { PageAnalyser } from './page-analyser';

export interface WorkerAnalyser extends PageAnalyser {
  /** Stops the work under way (the popup closing); pending calls fail with an AbortError. */
  terminate(): void;
}

interface Pending {
  resolve(reply: AnalysisReply): void;
  reject(error: Error): void;
  onProgress?: (progress: AnalysisProgress) => void;
}

function replyError(reply: Extract<AnalysisReply, { kind: 'error' }>): Error {
  return Object.assign(new Error(reply.message), { name: reply.name, ...(reply.code ? { code: reply.code } : {}) });
}

/** The core in a module worker, started on first use; `makeWorker` is for tests. */
export function workerAnalyser(
  makeWorker: () => Worker = () => new Worker(new URL('./analysis-worker.ts', import.meta.url), { type: 'module' }),
): WorkerAnalyser {
  let worker: Worker | undefined;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  function failAll(error: Error) {
    for (const call of pending.values()) call.reject(error);
    pending.clear();
  }

  function started(): Worker {
    if (worker) return worker;
    worker = makeWorker();
    worker.addEventListener('message', (event: MessageEvent<AnalysisReply>) => {
      const reply = event.data;
      const call = pending.get(reply.id);
      if (!call) return;
      if (reply.kind === 'progress') {
        call.onProgress?.(reply.progress);
        return;
      }
      pending.delete(reply.id);
      if (reply.kind === 'error') call.reject(replyError(reply));
      else call.resolve(reply);
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      failAll(new Error(`The analysis worker failed: ${event.message || 'it could not start'}`));
      worker?.terminate();
      worker = undefined;
    });
    return worker;
  }

  function request(kind: AnalysisRequest['kind'], source: PageSource, onProgress?: Pending['onProgress']): Promise<AnalysisReply> {
    const id = nextId++;
    const { html, url, title, unreadFrames, kind: format } = source;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject, onProgress });
      started().postMessage({ id, kind, source: { html, url, title, unreadFrames, kind: format } } satisfies AnalysisRequest);
    });
  }

  return {
    async textHash(source) {
      const reply = await request('textHash', source);
      if (reply.kind !== 'textHash') throw new Error(`Unexpected reply ${reply.kind}`);
      return reply.hash;
    },
    async analyse(source, onProgress) {
      const reply = await request('analyse', source, onProgress);
      if (reply.kind !== 'analyse') throw new Error(`Unexpected reply ${reply.kind}`);
      return reply.report;
    },
    terminate() {
      worker?.terminate();
      worker = undefined;
      failAll(Object.assign(new Error('The analysis was cancelled.'), { name: 'AbortError' }));
    },
  };
}
