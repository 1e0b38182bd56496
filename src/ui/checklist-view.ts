// Everything the checklist section needs beyond first paint: its component, the checklist
// data and the evaluator (for the reader's own law). The popup loads it on demand.
export { ChecklistSection } from './ChecklistSection';
export { reportChecklists } from '../present/reader-checklists';
