import type { PrimeContractPerformance } from '../../../../core/hub-api';
import { QuarterId } from '../../../../core/time';
import type { RouteProps } from '../../routes';
import { BackLink } from '../../components/BackLink';
import { Loaded } from '../components/Loaded';
import { StaffOnly } from '../components/StaffOnly';
import { count, quarterLabel } from '../format';
import { useHubData } from '../useHubData';
import { useSearch } from '../useSearch';
import { ConsolidatedReturn } from './ConsolidatedReturn';
import { getPerformance } from './performanceApi';
import { SubContractSection } from './SubContractSection';
import { sectionId, subContractTitle } from './words';

/**
 * "/hub/performance/:primeContractId?quarter=2026-Q2": for the report to the commissioner, is
 * each member delivering what its sub-contract promised (DESIGN §4, P1–P6)? Without a quarter,
 * the hub answers for the latest quarter that has ended.
 */
export function PerformancePage({ params }: RouteProps) {
  return (
    <StaffOnly>
      <Performance primeContractId={params.primeContractId ?? ''} />
    </StaffOnly>
  );
}

function Performance({ primeContractId }: { primeContractId: string }) {
  const [search, setSearch] = useSearch();
  const quarter = search.get('quarter') ?? undefined;
  const { result, reload } = useHubData((client) => getPerformance(client, primeContractId, quarter ? { quarter } : {}), `${primeContractId}?${quarter}`);
  const ready = result.state === 'ready' ? result.data : null;
  return (
    <>
      <BackLink href={`/hub/prime-contracts/${encodeURIComponent(primeContractId)}`}>Returns grid</BackLink>
      <span class="app-caption" data-testid="performance-quarter">
        {ready ? ready.quarterLabel : quarter && QuarterId.safeParse(quarter).success ? quarterLabel(quarter) : 'Latest quarter ended'}
      </span>
      <h1 class="app-heading-l">{ready ? `Performance: ${ready.primeContract.name}` : 'Performance'}</h1>
      <Loaded data={result} retry={reload} what="the performance">
        {(performance) => (
          <>
            <QuarterLinks performance={performance} go={(q) => setSearch({ quarter: q })} />
            <Summary performance={performance} />
            {performance.subContracts.map((row) => (
              <SubContractSection key={row.subContractId} row={row} performance={performance} />
            ))}
            <ConsolidatedReturn performance={performance} />
          </>
        )}
      </Loaded>
    </>
  );
}

/** The quarters either side, within the prime contract's term. */
function QuarterLinks({ performance, go }: { performance: PrimeContractPerformance; go: (quarter: string) => void }) {
  const links = [
    { label: 'Previous quarter', quarter: performance.previousQuarter },
    { label: 'Next quarter', quarter: performance.nextQuarter },
  ].flatMap(({ label, quarter }) => (quarter ? [{ label, quarter }] : []));
  if (links.length === 0) return null;
  return (
    <ul class="app-hub-inline-links" data-testid="quarter-links">
      {links.map(({ label, quarter }) => (
        <li key={label}>
          <a
            href={`?quarter=${quarter}`}
            onClick={(event) => {
              event.preventDefault();
              go(quarter);
            }}
          >
            {label}: {quarterLabel(quarter)}
          </a>
        </li>
      ))}
    </ul>
  );
}

/** How many sub-contracts are flagged (P3), with a way to each of them. */
function Summary({ performance }: { performance: PrimeContractPerformance }) {
  const rows = performance.subContracts;
  const flagged = rows.filter((row) => row.earlyWarning.warning);
  if (rows.length === 0) {
    return <p data-testid="performance-summary">No sub-contract of this prime contract is active in {performance.quarterLabel}.</p>;
  }
  return (
    <div class="app-inset-text">
      <p class="app-hub-no-margin" data-testid="performance-summary">
        {flagged.length === 0
          ? rows.length === 1
            ? 'The sub-contract has no early warning.'
            : `None of the ${count(rows.length, 'sub-contract')} has an early warning.`
          : `${flagged.length} of ${count(rows.length, 'sub-contract')} ${flagged.length === 1 ? 'has' : 'have'} an early warning:`}
      </p>
      {flagged.length > 0 && (
        <ul class="app-list app-list--bullet app-hub-no-margin">
          {flagged.map((row) => (
            <li key={row.subContractId}>
              <a href={`#${sectionId(row.subContractId)}`}>{subContractTitle(row)}</a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
