import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { analyseLocal, type LocalResult } from '../../src/local-input/analyse-local';
import { pastedSource, readOpenedFile, type LocalSource, type OpenedFile } from '../../src/local-input/read-input';
import { progressStep } from '../../src/page/progress-step';
import { workerAnalyser } from '../../src/page/worker-analyser';
import type { History } from '../../src/storage/types';

export type LocalAnalysis =
  | { kind: 'idle' }
  | { kind: 'busy'; step: string }
  | { kind: 'problem'; message: string }
  | (LocalResult & { name: string });

function problemOf(error: unknown): string {
  if (error instanceof Error && error.name === 'PolicyError') return error.message;
  return `The analysis failed: ${error instanceof Error ? error.message : String(error)}`;
}

/** Reads a file or a paste and analyses it in the popup's worker; `onSaved` is told when the history changed. */
export function useLocalAnalysis(history: History, onSaved: () => void) {
  const [state, setState] = useState<LocalAnalysis>({ kind: 'idle' });
  const analyser = useMemo(() => workerAnalyser(), []);
  useEffect(() => () => analyser.terminate(), [analyser]);
  // Only the latest request is shown: one started while another runs replaces it.
  const latest = useRef(0);

  async function run(name: string, read: () => Promise<LocalSource> | LocalSource) {
    const request = ++latest.current;
    const show = (next: LocalAnalysis) => request === latest.current && setState(next);
    show({ kind: 'busy', step: `Reading “${name}”…` });
    try {
      const source = await read();
      const onProgress = (progress: Parameters<typeof progressStep>[0]) => show({ kind: 'busy', step: progressStep(progress) });
      const result = await analyseLocal(source, { history, analyser, onProgress });
      if (result.kind === 'report' && !result.fromHistory && !result.storageProblem) onSaved();
      show({ ...result, name });
    } catch (error) {
      show({ kind: 'problem', message: problemOf(error) });
    }
  }

  return {
    state,
    analyseFile: (file: OpenedFile) => run(file.name, () => readOpenedFile(file)),
    analyseText: (text: string) => run('the pasted text', () => pastedSource(text)),
  };
}
