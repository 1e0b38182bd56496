import type { CompareCell, CompareRow, CompareSection, ComparedPolicy } from '../../src/compare-view/compare';
import { EvidenceList } from '../../src/ui/EvidenceQuote';

function sourceNote(policy: ComparedPolicy): string {
  if (policy.source === 'reference') return 'Reference policy';
  return policy.outdated ? 'From your history, read by an earlier Policy Lens: open the page again to update it' : 'From your history';
}

function Cell({ cell }: { cell: CompareCell }) {
  return (
    <td class={cell.differs ? 'differs' : undefined}>
      {cell.differs && <span class="differs-tag">≠ Differs</span>}
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

/** The policies as columns; score, categories and facts as rows; differing cells marked in words too. */
export function CompareTable({ policies, sections, onlyDifferences }: Props) {
  return (
    <div class="table-scroll" role="region" aria-label="Side-by-side comparison" tabIndex={0}>
      <table class="compare" style={{ minWidth: `${12 + 14 * policies.length}rem` }}>
        <caption>Comparing {policies.length} policies; cells marked “≠ Differs” say something other than the rest of their row.</caption>
        <thead>
          <tr>
            <td />
            {policies.map((policy) => (
              <th scope="col" key={policy.id}>
                {policy.name}
                <span class="source">{sourceNote(policy)}</span>
              </th>
            ))}
          </tr>
        </thead>
        {sections.map((section) => {
          const rows = onlyDifferences ? section.rows.filter((r) => r.cells.some((c) => c.differs)) : section.rows;
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
  );
}
