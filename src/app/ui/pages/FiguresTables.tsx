import { liveFigures, type FigureRow } from '../../state/figures';

const number = (n: number, unit: FigureRow['unit']) =>
  unit === 'hours' ? `${n.toLocaleString('en-GB', { maximumFractionDigits: 2 })} h` : n.toLocaleString('en-GB');

/** Running totals of the quarter against the profile, one table per sub-contract. */
export function FiguresTables({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const figures = liveFigures.value;
  if (figures.length === 0) return <p>Your organisation has no sub-contracts running this quarter.</p>;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <>
      {figures.map(({ subContract, rows }) => (
        <section key={subContract.id} aria-labelledby={`figures-${subContract.id}`} data-testid={`figures-${subContract.id}`}>
          <Heading class="app-heading-m" id={`figures-${subContract.id}`}>
            {subContract.name}
          </Heading>
          <table class="app-table">
            <thead>
              <tr>
                <th scope="col">Measure</th>
                <th scope="col" class="app-table__numeric">
                  So far
                </th>
                <th scope="col" class="app-table__numeric">
                  Target
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const share = row.target ? Math.min(100, Math.round((row.actual / row.target) * 100)) : null;
                return (
                  <tr key={row.key} data-testid={`figure-${row.key}`}>
                    <th scope="row">
                      {row.label}
                      {share !== null && (
                        <span class="app-meter" aria-hidden="true">
                          <span class="app-meter__bar" style={{ width: `${share}%` }} />
                        </span>
                      )}
                    </th>
                    <td class="app-table__numeric" data-testid="actual">
                      {number(row.actual, row.unit)}
                    </td>
                    <td class="app-table__numeric">
                      {row.target === null ? 'No target' : number(row.target, row.unit)}
                      {share !== null && <span class="app-visually-hidden"> ({share}% of target)</span>}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
      ))}
    </>
  );
}
