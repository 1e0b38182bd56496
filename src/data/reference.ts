import type { ReferencePolicy } from '../core/types';

// STUB: replaced by the reference set analysed at build time (src/data/reference-set.json).
export const referenceSet: ReferencePolicy[] = [];
