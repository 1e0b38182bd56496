// The reader's answer to "Where do you live?", which brings that place's law into the
// jurisdiction checklists. One short string in the extension's own localStorage: no
// permission, shared by the popup and the options page, never sent anywhere.
import { RESIDENCES, type Residence } from '../core/checklists/applicable';

export const RESIDENCE_KEY = 'policy-lens:residence';

function store(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/** The saved answer; `undefined` when none was given or what is stored is not one (never throws). */
export function readResidence(storage = store()): Residence | undefined {
  try {
    const value = storage?.getItem(RESIDENCE_KEY);
    return (RESIDENCES as readonly string[]).includes(value ?? '') ? (value as Residence) : undefined;
  } catch {
    return undefined;
  }
}

/** Saves the answer, or forgets it (`undefined`); false when storage refused. */
export function saveResidence(residence: Residence | undefined, storage = store()): boolean {
  try {
    if (!storage) return false;
    if (residence === undefined) storage.removeItem(RESIDENCE_KEY);
    else storage.setItem(RESIDENCE_KEY, residence);
    return true;
  } catch {
    return false;
  }
}
