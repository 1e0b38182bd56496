import type { ReferencePolicy } from '../core/types';
import referenceData from './reference-set.json';

/**
 * The bundled reference policies, analysed at build time by scripts/build-reference.ts
 * (`npm run reference`); a unit test fails when this file is stale. Reports carry no
 * clause list (see the script).
 */
export const referenceSet: ReferencePolicy[] = referenceData as unknown as ReferencePolicy[];
