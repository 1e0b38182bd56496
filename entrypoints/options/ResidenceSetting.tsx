import { useState } from 'preact/hooks';
import { RESIDENCES, RESIDENCE_LAW, type Residence } from '../../src/core/checklists/residence';
import { CHECKLISTS } from '../../src/core/checklists/index';
import { RESIDENCE_WORDS } from '../../src/present/checklists';

/** "Where do you live?": brings that place's law into every report's checklists. Kept on this device. */
export function ResidenceSetting({ residence, onChange }: { residence?: Residence; onChange: (residence: Residence | undefined) => boolean }) {
  const [status, setStatus] = useState<string>();
  function change(value: string) {
    const next = (RESIDENCES as readonly string[]).includes(value) ? (value as Residence) : undefined;
    const law = next ? RESIDENCE_LAW[next] : null;
    if (!onChange(next)) setStatus('Could not save this choice: the browser refused to store it.');
    else setStatus(law ? `Saved: reports will also show the ${CHECKLISTS[law].name} checklist.` : 'Saved.');
  }
  return (
    <section aria-labelledby="settings-heading">
      <h2 id="settings-heading">Settings</h2>
      <label class="setting">
        Where do you live?{' '}
        <select value={residence ?? ''} onChange={(event) => change(event.currentTarget.value)}>
          <option value="">Not said</option>
          {RESIDENCES.map((r) => (
            <option key={r} value={r}>
              {RESIDENCE_WORDS[r]}
            </option>
          ))}
        </select>
      </label>
      <p class="hint">
        Reports list what the law of the place you live in says a privacy notice must tell you, besides the laws the policy names and the law of
        the country the provider is registered in. Your answer stays on this device.
      </p>
      {/* Announced, but not a second role="status": the page's one status line is the history's. */}
      <p class="status" aria-live="polite" data-testid="residence-status">
        {status}
      </p>
    </section>
  );
}
