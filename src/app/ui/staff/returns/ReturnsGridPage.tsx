import type { ReturnsGrid } from '../../../../core/hub-api';
import { nextQuarter, previousQuarter, type QuarterId } from '../../../../core/time';
import { getReturnsGrid } from '../../../hub-api';
import type { RouteProps } from '../../routes';
import { BackLink } from '../../components/BackLink';
import { Loaded } from '../components/Loaded';
import { StaffOnly } from '../components/StaffOnly';
import { moment, quarterLabel, quarterParts } from '../format';
import { useHubData } from '../useHubData';
import { useSearch } from '../useSearch';
import { GridCell } from './GridCell';
import { RatesRows } from './RatesRows';

/** Members × quarters for one prime contract, with the reporting and on-time rates (T3, T4). */
export function ReturnsGridPage({ params }: RouteProps) {
  return (
    <StaffOnly>
      <Grid primeContractId={params.primeContractId ?? ''} />
    </StaffOnly>
  );
}

function shift(quarter: QuarterId, by: number): QuarterId {
  let q = quarter;
  for (let i = 0; i < Math.abs(by); i++) q = by < 0 ? previousQuarter(q) : nextQuarter(q);
  return q;
}

/** The quarters before or after those shown, as many as are shown. */
function rangeBeside(quarters: QuarterId[], direction: -1 | 1): { from: string; to: string } | null {
  const first = quarters[0];
  const last = quarters[quarters.length - 1];
  if (!first || !last) return null;
  const n = quarters.length;
  return direction < 0 ? { from: shift(first, -n), to: shift(first, -1) } : { from: shift(last, 1), to: shift(last, n) };
}

function Grid({ primeContractId }: { primeContractId: string }) {
  const [search, setSearch] = useSearch();
  const from = search.get('from') ?? undefined;
  const to = search.get('to') ?? undefined;
  const { result, reload } = useHubData(
    (client) => getReturnsGrid(client, primeContractId, { ...(from ? { from } : {}), ...(to ? { to } : {}) }),
    `${primeContractId}?${from}&${to}`,
  );
  const heading = result.state === 'ready' ? result.data.primeContract.name : 'Returns';
  return (
    <>
      <BackLink href="/hub/returns">All prime contracts</BackLink>
      <span class="app-caption">Returns grid</span>
      <h1 class="app-heading-l">{heading}</h1>
      <Loaded data={result} retry={reload} what="the returns">
        {(grid) => (
          <>
            <p>
              Commissioned by {grid.primeContract.commissioner}. As at {moment(grid.generatedAt)}. Choose a return to see
              its figures, findings and queries.
            </p>
            <p>
              <a href={`/hub/performance/${encodeURIComponent(grid.primeContract.id)}`} data-testid="performance-link">
                Performance in the latest quarter ended
              </a>{' '}
              <span class="app-hub-small">(delivery against the profiles, early warnings, claw back and the consolidated return)</span>
            </p>
            <RangeLinks grid={grid} go={(range) => setSearch(range)} />
            <GridTable grid={grid} />
          </>
        )}
      </Loaded>
    </>
  );
}

function RangeLinks({ grid, go }: { grid: ReturnsGrid; go: (range: { from: string; to: string }) => void }) {
  const links = ([-1, 1] as const).flatMap((direction) => {
    const range = rangeBeside(grid.quarters, direction);
    if (!range) return [];
    const label = direction < 0 ? 'Earlier quarters' : 'Later quarters';
    return [{ label, range }];
  });
  return (
    <ul class="app-hub-inline-links">
      {links.map(({ label, range }) => (
        <li key={label}>
          <a
            href={`?from=${range.from}&to=${range.to}`}
            onClick={(event) => {
              event.preventDefault();
              go(range);
            }}
          >
            {label}
            <span class="app-visually-hidden">
              {' '}
              ({quarterLabel(range.from)} to {quarterLabel(range.to)})
            </span>
          </a>
        </li>
      ))}
    </ul>
  );
}

function GridTable({ grid }: { grid: ReturnsGrid }) {
  const first = grid.quarters[0];
  const last = grid.quarters[grid.quarters.length - 1];
  if (!first || !last || grid.rows.length === 0) return <p>No returns are expected in these quarters.</p>;
  return (
    <div class="app-hub-scroll" role="region" aria-labelledby="grid-caption" tabIndex={0}>
      <table class="app-table app-hub-grid" data-testid="returns-grid">
        <caption class="app-table__caption" id="grid-caption">
          Returns by member, {quarterLabel(first)} to {quarterLabel(last)}
        </caption>
        <thead>
          <tr>
            <th scope="col">Member and sub-contract</th>
            {grid.quarters.map((q) => (
              <th scope="col" key={q}>
                {quarterParts(q).name}
                <span class="app-hub-small app-hub-block">{quarterParts(q).months}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.rows.map((row) => (
            <tr key={row.subContractId} data-testid="grid-row">
              <th scope="row">
                {row.memberName}
                <span class="app-hub-small app-hub-block">{row.subContractName}</span>
              </th>
              {row.cells.map((cell) => (
                <td key={cell.quarter}>
                  <GridCell cell={cell} subContractId={row.subContractId} who={`${row.memberName}, ${row.subContractName}`} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <RatesRows quarters={grid.quarters} rates={grid.rates} />
      </table>
    </div>
  );
}
