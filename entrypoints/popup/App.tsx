import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { AnalysisProgress } from '../../src/core/analyse';
import type { LensResult } from '../../src/page/analyse-tab';
import { progressStep } from '../../src/page/progress-step';
import { workerAnalyser } from '../../src/page/worker-analyser';
import { openHistory } from '../../src/storage/history';
import { Notice } from '../../src/ui/Notice';
import { lazyComponent } from '../../src/ui/lazy';
import { AnalyseLink } from './AnalyseLink';
import { ReportScreen } from './ReportScreen';
import { Skeleton } from './Skeleton';

/** Only for a page with no policy (it reads the history for the site's earlier one): its code loads when needed. */
const NoPolicy = lazyComponent(async () => (await import('./NoPolicy')).NoPolicy);

const ANALYSIS_START = 'policy-lens:analysis-start';
const ANALYSIS_END = 'policy-lens:analysis-end';

type PopupState = { kind: 'loading'; step: string } | LensResult;

const history = openHistory();
const analyser = workerAnalyser();
// Closing the popup stops the analysis with it.
addEventListener('pagehide', () => analyser.terminate());

/** `popup.html?tabId=N` targets tab N (tests open the popup in a tab); otherwise the active tab. */
async function targetTabId(): Promise<number | undefined> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** Lets the skeleton paint before any heavy work starts (or goes on after 100 ms where frames are paused: hidden tabs). */
const afterPaint = () =>
  new Promise<void>((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 100);
  });

export function App() {
  const [state, setState] = useState<PopupState>({ kind: 'loading', step: 'Reading the page…' });

  async function run(pageItself = false) {
    setState({ kind: 'loading', step: 'Reading the page…' });
    await afterPaint();
    const tabId = await targetTabId();
    if (tabId === undefined) {
      setState({ kind: 'error', message: 'There is no tab to analyse.' });
      return;
    }
    const onStep = async (step: string) => {
      setState({ kind: 'loading', step });
      await afterPaint();
    };
    const onProgress = (progress: AnalysisProgress) => setState({ kind: 'loading', step: progressStep(progress) });
    // Marks for the e2e tests and the bench, which measure the main thread in between.
    performance.mark(ANALYSIS_START);
    // Reading the tab is the work after first paint: its code loads then, not before the skeleton shows.
    const { analyseTab } = await import('../../src/page/analyse-tab');
    const result = await analyseTab(tabId, { history, pageItself, onStep, onProgress, analyser });
    performance.mark(ANALYSIS_END);
    setState(result);
  }

  useEffect(() => {
    void run();
  }, []);

  return (
    <main class="popup">
      <h1 class="popup-title">Policy Lens</h1>
      {state.kind === 'loading' && <Skeleton step={state.step} />}
      {state.kind === 'error' && (
        <Notice tone="error">
          {state.message}
          {state.opensAsFile && (
            <p>
              <AnalyseLink>Open “Analyse a policy” in a new tab</AnalyseLink>
            </p>
          )}
        </Notice>
      )}
      {state.kind === 'no-policy' && <NoPolicy result={state} history={history} onAnalysePage={() => void run(true)} onOpenStored={setState} />}
      {state.kind === 'report' && <ReportScreen result={state} onAnalysePage={() => void run(true)} />}
    </main>
  );
}
