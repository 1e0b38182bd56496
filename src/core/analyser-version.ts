// Kept apart from analyse.ts so the popup can read the version without loading the pipeline.
import data from '../data/analyser-version.json';

/**
 * A hash of everything that decides a report (src/core, the model, the extraction library's
 * version), written by scripts/analyser-version.ts. A stored report made under another
 * version is analysed again rather than shown as it was.
 */
export const ANALYSER_VERSION: string = data.analyserVersion;
