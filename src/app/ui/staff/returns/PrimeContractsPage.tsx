import { listExtensions, listPrimeContracts } from '../../../hub-api';
import type { RouteProps } from '../../routes';
import { Loaded } from '../components/Loaded';
import { StaffOnly } from '../components/StaffOnly';
import { count, day } from '../format';
import { useHubData } from '../useHubData';

/** "/hub/returns": choose a prime contract to see its returns grid. */
export function PrimeContractsPage(_props: RouteProps) {
  return (
    <StaffOnly>
      <PrimeContracts />
    </StaffOnly>
  );
}

function PrimeContracts() {
  const { result, reload } = useHubData(async (client) => {
    const [{ primeContracts }, { extensions }] = await Promise.all([
      listPrimeContracts(client),
      listExtensions(client, { state: 'requested' }),
    ]);
    return { primeContracts, waiting: extensions.length };
  }, 'prime-contracts');
  return (
    <>
      <h1 class="app-heading-l">Returns</h1>
      <Loaded data={result} retry={reload} what="the prime contracts">
        {({ primeContracts, waiting }) => (
          <>
            {waiting > 0 && (
              <div class="app-inset-text" data-testid="extensions-waiting">
                <a href="/hub/extensions">{count(waiting, 'extension request')} waiting for a decision</a>
              </div>
            )}
            <p>Choose a prime contract to see who is late, incomplete or inaccurate, quarter by quarter, or its performance in the latest quarter ended.</p>
            {primeContracts.length === 0 ? (
              <p>There are no prime contracts yet.</p>
            ) : (
              <table class="app-table" data-testid="prime-contracts-table">
                <caption class="app-table__caption">{count(primeContracts.length, 'prime contract')}</caption>
                <thead>
                  <tr>
                    <th scope="col">Prime contract</th>
                    <th scope="col">Commissioner</th>
                    <th scope="col">Runs</th>
                    <th scope="col" class="app-table__numeric">
                      Sub-contracts
                    </th>
                    <th scope="col">Performance</th>
                  </tr>
                </thead>
                <tbody>
                  {primeContracts.map((p) => (
                    <tr key={p.id}>
                      <th scope="row" id={`prime-contract-${p.id}`}>
                        <a href={`/hub/prime-contracts/${encodeURIComponent(p.id)}`}>{p.name}</a>
                      </th>
                      <td>{p.commissioner}</td>
                      <td>
                        {day(p.start)} to {day(p.end)}
                      </td>
                      <td class="app-table__numeric">{p.subContracts}</td>
                      <td>
                        {/* Described by the row's name, not named with it: "Riverside …" should find one link only. */}
                        <a href={`/hub/performance/${encodeURIComponent(p.id)}`} aria-describedby={`prime-contract-${p.id}`}>
                          Latest quarter
                        </a>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </>
        )}
      </Loaded>
    </>
  );
}
