// The reader's answer to "Where do you live?", which brings that place's law into the
// jurisdiction checklists. One short string in the extension's own localStorage: no
// permission, shared by the popup and the options page, never sent anywhere.
import { RESIDENCES, type Residence } from '../core/checklists/residence';

export const RESIDENCE_KEY = 'policy-lens:residence';

// Not named `storage`: WXT's build still injects its own storage module (superlock, dequal)
// for an identifier of that name, 10 KB more in the popup's first paint.
function localArea(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/** The saved answer; `undefined` when none was given or what is stored is not one (never throws). */
export function readResidence(area = localArea()): Residence | undefined {
  try {
    const value = area?.getItem(RESIDENCE_KEY);
    return (RESIDENCES as readonly string[]).includes(value ?? '') ? (value as Residence) : undefined;
  } catch {
    return undefined;
  }
}

/** Saves the answer, or forgets it (`undefined`); false when storage refused. */
export function saveResidence(residence: Residence | undefined, area = localArea()): boolean {
  try {
    if (!area) return false;
    if (residence === undefined) area.removeItem(RESIDENCE_KEY);
    else area.setItem(RESIDENCE_KEY, residence);
    return true;
  } catch {
    return false;
  }
}
