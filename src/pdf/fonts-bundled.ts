// Browser only: the font files are emitted as extension assets and fetched on first export.
import boldUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url';
import regularUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';
import type { FontBytes } from './fonts';

/** The DejaVu licence (a copy of the package's LICENSE), shipped beside the fonts as it requires. */
export { default as fontLicenceUrl } from './dejavu-font-licence.txt?url';

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load the PDF font (${response.status}).`);
  return new Uint8Array(await response.arrayBuffer());
}

export async function loadBundledFonts(): Promise<FontBytes> {
  const [regular, bold] = await Promise.all([fetchBytes(regularUrl), fetchBytes(boldUrl)]);
  return { regular, bold };
}
