import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { ANALYSE_SECTION, ANALYSE_SECTION_TITLE } from '../../src/local-input/section';
import type { History } from '../../src/storage/types';
import { AnalysedReport } from './AnalysedReport';
import styles from './AnalyseSection.module.css';
import { useLocalAnalysis, type LocalAnalysis } from './use-local-analysis';

const ACCEPTED = '.txt,.text,.md,.markdown,.html,.htm,.xhtml,.pdf,text/plain,text/markdown,text/html,application/pdf';

/** Focuses the section's heading when the page is opened, or its hash changed, to `#analyse` (the popup links there). */
function useSectionTarget(heading: { current: HTMLElement | null }) {
  useEffect(() => {
    const goThere = () => location.hash === `#${ANALYSE_SECTION}` && heading.current?.focus();
    goThere();
    addEventListener('hashchange', goThere);
    return () => removeEventListener('hashchange', goThere);
  }, [heading]);
}

function Outcome({ state }: { state: LocalAnalysis }) {
  if (state.kind === 'problem') {
    return (
      <p class="error" role="alert" data-testid="analyse-problem">
        {state.message}
      </p>
    );
  }
  if (state.kind === 'not-a-policy') {
    return (
      <p class="error" role="alert" data-testid="analyse-problem">
        “{state.title || state.name}” does not read like a privacy policy or terms of service, so it was not graded or saved to your history.
        Open or paste the policy itself.
      </p>
    );
  }
  return state.kind === 'report' ? <AnalysedReport result={state} /> : null;
}

/** Paste a policy's text, or open (or drop) a .txt, .html or .pdf file: analysed here and kept in the history. */
export function AnalyseSection({ history, onSaved }: { history: History; onSaved: () => void }) {
  const { state, analyseFile, analyseText } = useLocalAnalysis(history, onSaved);
  const [text, setText] = useState('');
  const [dropping, setDropping] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const id = useId();
  useSectionTarget(heading);
  const busy = state.kind === 'busy';

  function drop(event: DragEvent) {
    event.preventDefault();
    setDropping(false);
    const file = event.dataTransfer?.files[0];
    if (file) void analyseFile(file);
  }

  return (
    <section
      id={ANALYSE_SECTION}
      aria-labelledby={`${id}-heading`}
      class={dropping ? styles.dropping : undefined}
      onDragOver={(event) => (event.preventDefault(), setDropping(true))}
      onDragLeave={(event) => !event.currentTarget.contains(event.relatedTarget as Node | null) && setDropping(false)}
      onDrop={drop}
    >
      <h2 id={`${id}-heading`} ref={heading} tabIndex={-1}>
        {ANALYSE_SECTION_TITLE}
      </h2>
      <p>
        Paste the text of a privacy policy, or open one saved as a file: text (.txt or Markdown .md), a web page (.html) or a PDF (.pdf). It is read on this device,
        and the report is kept in your history, where you can compare it.
      </p>
      <div class={styles.ways}>
        <form onSubmit={(event) => (event.preventDefault(), void analyseText(text))}>
          <label class={styles.label} for={`${id}-text`}>
            Policy text
          </label>
          <textarea id={`${id}-text`} rows={8} value={text} onInput={(event) => setText(event.currentTarget.value)} />
          <button type="submit">
            Analyse the pasted text
          </button>
        </form>
        <div>
          <label class={styles.label} for={`${id}-file`}>
            Open a policy file
          </label>
          <input
            id={`${id}-file`}
            type="file"
            accept={ACCEPTED}
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              event.currentTarget.value = ''; // the same file can be opened again
              if (file) void analyseFile(file);
            }}
          />
          <p class="hint">Or drop the file anywhere in this section.</p>
        </div>
      </div>
      {/* A live region, not role="status": the history section below has the page's status line. */}
      <p class="status" aria-live="polite" data-testid="analyse-step">
        {busy ? state.step : ''}
      </p>
      <Outcome state={state} />
    </section>
  );
}
