import type { CompareChoice } from '../../src/compare-view/choices';
import type { PickerLists } from '../../src/compare-view/reference-copies';
import { GradeBadge } from '../../src/ui/GradeBadge';

interface Props {
  lists: PickerLists;
  selected: string[];
  onToggle(id: string): void;
}

type Choice = CompareChoice & { copyOf?: string };

function Choice({ policy, checked, onToggle }: { policy: Choice; checked: boolean; onToggle(id: string): void }) {
  return (
    <li>
      <label>
        <input type="checkbox" checked={checked} onChange={() => onToggle(policy.id)} />
        <span class="choice-name">
          {policy.name} <GradeBadge grade={policy.grade} small />
          <span class="choice-details">
            {policy.details}
            {policy.copyOf && ` · the reference policy of ${policy.copyOf}`}
          </span>
        </span>
      </label>
    </li>
  );
}

function Group({ legend, policies, selected, onToggle }: { legend: string; policies: Choice[] } & Omit<Props, 'lists'>) {
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

/** Checkboxes for every comparable policy, grouped by where it comes from, each told apart by its site and date or its kind and country. */
export function ComparePicker({ lists, selected, onToggle }: Props) {
  return (
    <div class="picker">
      <Group legend="Your history" policies={lists.history} selected={selected} onToggle={onToggle} />
      <Group legend="Reference policies" policies={lists.references} selected={selected} onToggle={onToggle} />
    </div>
  );
}
