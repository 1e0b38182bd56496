import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { analyseTab, type LensResult } from '../../src/page/analyse-tab';
import { openHistory } from '../../src/storage/history';
import { Notice } from '../../src/ui/Notice';
import { NoPolicy } from './NoPolicy';
import { ReportScreen } from './ReportScreen';
import { Skeleton } from './Skeleton';

type PopupState = { kind: 'loading'; step: string } | LensResult;

const history = openHistory();

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
    setState(await analyseTab(tabId, { history, pageItself, onStep }));
  }

  useEffect(() => {
    void run();
  }, []);

  return (
    <main class="popup">
      <h1 class="popup-title">Policy Lens</h1>
      {state.kind === 'loading' && <Skeleton step={state.step} />}
      {state.kind === 'error' && <Notice tone="error">{state.message}</Notice>}
      {state.kind === 'no-policy' && <NoPolicy result={state} onAnalysePage={() => void run(true)} />}
      {state.kind === 'report' && <ReportScreen result={state} onAnalysePage={() => void run(true)} />}
    </main>
  );
}
