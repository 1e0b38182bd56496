import type { AnalysisProgress } from '../core/analyse';
import type { PolicyReport } from '../core/types';
import type { PageSource } from './extract-html';

/** What the popup asks the analysis worker. */
export type AnalysisRequest = { id: number; kind: 'textHash' | 'analyse'; source: PageSource };

/** What the worker answers: progress while it works, then one result or one error per request. */
export type AnalysisReply =
  | { id: number; kind: 'progress'; progress: AnalysisProgress }
  | { id: number; kind: 'textHash'; hash: string }
  | { id: number; kind: 'analyse'; report: PolicyReport & { url: string } }
  /** `name` and `code` keep a PolicyError recognisable across the thread boundary. */
  | { id: number; kind: 'error'; name: string; message: string; code?: string };
