import { ATTRIBUTIONS, PROJECT_LICENCE } from '../../src/present/attributions';
import { fontLicenceUrl } from '../../src/pdf/fonts-bundled';

/** Licence and the notices the data sources ask for. */
export function About({ referenceCount }: { referenceCount: number }) {
  return (
    <section aria-labelledby="about-heading" class="about">
      <h2 id="about-heading">About</h2>
      <p>
        Policy Lens is free software under the GNU General Public License, version 3 or later ({PROJECT_LICENCE}). Its clause model was
        trained on the data below; nothing of it, and nothing you analyse, leaves this device. Comparisons rank a policy among the
        policies of {referenceCount} real providers, analysed when this version was built: only what was derived from them (facts,
        scores, short quotes) is bundled, each with its source, never the texts.
      </p>
      <ul>
        {ATTRIBUTIONS.map((a) => (
          <li key={a.what}>
            <strong>{a.what}.</strong> {a.notice} <a href={a.url}>Source</a>
          </li>
        ))}
        <li>
          <strong>PDF font.</strong> PDF exports are set in DejaVu Sans (<a href={fontLicenceUrl}>font licence</a>).
        </li>
      </ul>
    </section>
  );
}
