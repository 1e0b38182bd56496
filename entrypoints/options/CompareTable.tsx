import type { CellVerdict } from '../../src/compare-view/cell-verdict';
import type { CompareCell, CompareRow, CompareSection, ComparedPolicy } from '../../src/compare-view/compare';
import { NOT_STATED } from '../../src/present/facts';
import { EvidenceList } from '../../src/ui/EvidenceQuote';
import { GradeBadge } from '../../src/ui/GradeBadge';

function sourceNote(policy: ComparedPolicy): string {
  if (policy.source === 'reference') return `Reference policy: ${policy.details}`;
  const from = `From your history: ${policy.details}`;
  return policy.outdated ? `${from}; read by an earlier Policy Lens: open the page again to update it` : from;
}

/** The mark each verdict carries in words and a symbol, so colour is never the only sign. */
const VERDICT_TAGS: Record<Exclude<CellVerdict, 'current'>, string> = {
  better: '▲ Better',
  worse: '▼ Worse',
  same: '= Same',
  'not-stated': '? Not stated',
};

function tagOf(cell: CompareCell): string | undefined {
  if (cell.verdict === 'current') return undefined;
  // The value already says it.
  if (cell.verdict === 'not-stated' && cell.lines.join('') === NOT_STATED) return undefined;
  return VERDICT_TAGS[cell.verdict];
}

function Cell({ cell }: { cell: CompareCell }) {
  const tag = tagOf(cell);
  return (
    <td class={cell.verdict}>
      {tag && <span class="verdict-tag">{tag}</span>}
      {cell.lines.length === 1 ? (
        <span class="value">{cell.lines[0]}</span>
      ) : (
        <ul class="lines">
          {cell.lines.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
      <EvidenceList evidence={cell.evidence} />
    </td>
  );
}

function Row({ row }: { row: CompareRow }) {
  return (
    <tr data-row={row.key}>
      <th scope="row">{row.label}</th>
      {row.cells.map((cell, i) => (
        <Cell key={i} cell={cell} />
      ))}
    </tr>
  );
}

interface Props {
  policies: ComparedPolicy[];
  sections: CompareSection[];
  onlyDifferences: boolean;
}

function skipPastTable(event: MouseEvent) {
  event.preventDefault();
  document.getElementById('compare-end')?.focus();
}

/** The policies as columns, the first the one the others are judged against; score, categories and facts as rows. */
export function CompareTable({ policies, sections, onlyDifferences }: Props) {
  const [first] = policies;
  return (
    <>
      {/* Focused by hand: following the link would put its target in the address, which names the compared policies. */}
      <a class="skip-link" href="#compare-end" onClick={skipPastTable}>
        Skip past the comparison table
      </a>
      <div class="table-scroll" role="region" aria-label="Side-by-side comparison" tabIndex={0}>
        <table class="compare" style={{ minWidth: `${12 + 14 * policies.length}rem` }}>
          <caption>
            Comparing {policies.length} policies with the first, “{first?.name}”: each cell of the others is marked better, worse or the
            same by the points the score gives it, or not stated when the policy does not say.
          </caption>
          <thead>
            <tr>
              <td />
              {policies.map((policy) => (
                <th scope="col" key={policy.id}>
                  <span class="column-name">{policy.name}</span> <GradeBadge grade={policy.grade} small />
                  <span class="source">{sourceNote(policy)}</span>
                </th>
              ))}
            </tr>
          </thead>
          {sections.map((section) => {
            const rows = onlyDifferences ? section.rows.filter((r) => r.differs) : section.rows;
            return (
              <tbody key={section.id} data-section={section.id}>
                <tr>
                  <th scope="colgroup" colSpan={policies.length + 1} class="section">
                    {section.title}
                  </th>
                </tr>
                {rows.map((row) => (
                  <Row key={row.key} row={row} />
                ))}
                {rows.length === 0 && (
                  <tr>
                    <td colSpan={policies.length + 1} class="no-differences">
                      No differences here.
                    </td>
                  </tr>
                )}
              </tbody>
            );
          })}
        </table>
      </div>
      <p id="compare-end" class="compare-end" tabIndex={-1}>
        End of the comparison table.
      </p>
    </>
  );
}
