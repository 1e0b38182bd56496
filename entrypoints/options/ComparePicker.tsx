import type { CompareChoice } from '../../src/compare-view/choices';
import { GradeBadge } from '../../src/ui/GradeBadge';

interface Props {
  available: CompareChoice[];
  selected: string[];
  onToggle(id: string): void;
}

function Choice({ policy, checked, onToggle }: { policy: CompareChoice; checked: boolean; onToggle(id: string): void }) {
  return (
    <li>
      <label>
        <input type="checkbox" checked={checked} onChange={() => onToggle(policy.id)} />
        <span class="choice-name">{policy.name}</span> <GradeBadge grade={policy.grade} small />
      </label>
    </li>
  );
}

function Group({ legend, policies, selected, onToggle }: { legend: string; policies: CompareChoice[] } & Omit<Props, 'available'>) {
  if (policies.length === 0) return null;
  return (
    <fieldset>
      <legend>{legend}</legend>
      <ul class="choices">
        {policies.map((policy) => (
          <Choice key={policy.id} policy={policy} checked={selected.includes(policy.id)} onToggle={onToggle} />
        ))}
      </ul>
    </fieldset>
  );
}

/** Checkboxes for every comparable policy, grouped by where it comes from. */
export function ComparePicker({ available, selected, onToggle }: Props) {
  return (
    <div class="picker">
      <Group legend="Your history" policies={available.filter((p) => p.source === 'history')} selected={selected} onToggle={onToggle} />
      <Group
        legend="Reference policies"
        policies={available.filter((p) => p.source === 'reference')}
        selected={selected}
        onToggle={onToggle}
      />
    </div>
  );
}
