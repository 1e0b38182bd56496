import { useState } from 'preact/hooks';
import type { Residence } from '../core/checklists/residence';
import { readResidence, saveResidence } from '../storage/residence';

/** The reader's "Where do you live?" answer, read once per page and saved when changed. */
export function useResidence(): [Residence | undefined, (residence: Residence | undefined) => boolean] {
  const [residence, setResidence] = useState(readResidence);
  return [
    residence,
    (next) => {
      setResidence(next);
      return saveResidence(next);
    },
  ];
}
