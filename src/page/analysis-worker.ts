// The core in a module Web Worker, so the popup stays responsive on a big policy. Workers
// have no DOMParser: the page's HTML is parsed here with linkedom, which the CLI uses too
// (test/e2e/extract-browser.test.ts checks both read every fixture page alike).
import { extractPolicy } from '../core/extract';
import { hashText } from '../core/hash';
import { parseHtml } from '../node/parse-html';
import type { AnalysisReply, AnalysisRequest } from './analysis-messages';
import { analyseSource } from './analyse-html';
import { policyInput } from './extract-html';

/** Progress messages are cheap, but hundreds a second would only queue up in the popup. */
const PROGRESS_EVERY_MS = 50;

const reply = (message: AnalysisReply) => postMessage(message);

function answer({ id, kind, source }: AnalysisRequest): AnalysisReply {
  if (kind === 'textHash') return { id, kind, hash: hashText(extractPolicy(policyInput(source), parseHtml).text) };
  let lastProgress = 0;
  const report = analyseSource(source, {
    parseHtml,
    onProgress: (progress) => {
      const now = performance.now();
      if (progress.stage === 'classifying' && progress.done < progress.total && now - lastProgress < PROGRESS_EVERY_MS) return;
      lastProgress = now;
      reply({ id, kind: 'progress', progress });
    },
  });
  return { id, kind, report };
}

addEventListener('message', (event: MessageEvent<AnalysisRequest>) => {
  try {
    reply(answer(event.data));
  } catch (error) {
    const { name, message } = error instanceof Error ? error : new Error(String(error));
    reply({ id: event.data.id, kind: 'error', name, message });
  }
});
