// The core in a module Web Worker, so the popup stays responsive on a big policy. Workers
// have no DOMParser: the page's HTML is parsed here with linkedom, which the CLI uses too
// (test/e2e/extract-browser.test.ts checks both read every fixture page alike).
import type { AnalysisProgress } from '../core/analyse';
import { extractPolicy } from '../core/extract';
import { hashText } from '../core/hash';
import { parseHtml } from '../node/parse-html';
import type { AnalysisReply, AnalysisRequest } from './analysis-messages';
import { analyseReading, analyseSource } from './analyse-html';
import { policyInput } from './extract-html';
import { takeReading, type LastReading } from './page-analyser';

/** Progress messages are cheap, but hundreds a second would only queue up in the popup. */
const PROGRESS_EVERY_MS = 50;

const reply = (message: AnalysisReply) => postMessage(message);

/** The page read for its hash, kept for the analysis that follows: each page is parsed once. */
const last: { current: LastReading | null } = { current: null };

function answer({ id, kind, source }: AnalysisRequest): AnalysisReply {
  if (kind === 'textHash') {
    const policy = extractPolicy(policyInput(source), parseHtml);
    last.current = { html: source.html, policy };
    return { id, kind, hash: hashText(policy.text) };
  }
  let lastProgress = 0;
  const onProgress = (progress: AnalysisProgress) => {
    const now = performance.now();
    if (progress.stage === 'classifying' && progress.done < progress.total && now - lastProgress < PROGRESS_EVERY_MS) return;
    lastProgress = now;
    reply({ id, kind: 'progress', progress });
  };
  const read = takeReading(last, source);
  const report = read ? analyseReading(read, source, { onProgress }) : analyseSource(source, { parseHtml, onProgress });
  return { id, kind, report };
}

addEventListener('message', (event: MessageEvent<AnalysisRequest>) => {
  try {
    reply(answer(event.data));
  } catch (error) {
    const { name, message, code }: Error & { code?: string } = error instanceof Error ? error : new Error(String(error));
    reply({ id: event.data.id, kind: 'error', name, message, ...(code ? { code } : {}) });
  }
});
