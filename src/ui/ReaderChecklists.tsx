import { useEffect, useState } from 'preact/hooks';
import type { Checklist, PolicyReport } from '../core/types';
import type { ChecklistSection } from './ChecklistSection';
import { useResidence } from './use-residence';

interface Loaded {
  Section: typeof ChecklistSection;
  checklists: Checklist[];
}

/**
 * The report's checklists for the reader's "Where do you live?" answer. The section, its
 * data and the evaluator load after first paint; until then the place is marked busy.
 */
export function ReaderChecklists({ report, headingClass }: { report: PolicyReport; headingClass?: string }) {
  const [residence] = useResidence();
  const [loaded, setLoaded] = useState<Loaded>();
  useEffect(() => {
    let current = true;
    void import('./checklist-view').then(({ ChecklistSection, reportChecklists }) => {
      if (current) setLoaded({ Section: ChecklistSection, checklists: reportChecklists(report, residence) });
    });
    return () => {
      current = false;
    };
  }, [report, residence]);
  if (!loaded) return <div aria-busy="true" />;
  return <loaded.Section checklists={loaded.checklists} headingClass={headingClass} />;
}
