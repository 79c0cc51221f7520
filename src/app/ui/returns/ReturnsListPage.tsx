import { memberReturns } from '../../state/returnsList';
import type { RouteProps } from '../routes';
import { ManagerOnly } from './ManagerOnly';
import { StateTag } from './StateTag';

/** The manager's returns: per sub-contract, this quarter and the last, and any still open, with where each stands and when it is due. */
export function ReturnsListPage(_props: RouteProps) {
  return (
    <ManagerOnly>
      {() => {
        const groups = memberReturns.value;
        return (
          <>
            <h1 class="app-heading-l">Quarterly returns</h1>
            <p class="app-lead">Prepare, check and seal your organisation’s return for each sub-contract. You can work offline: a sealed return is sent when the device is next online.</p>
            {groups.length === 0 && <p>Your organisation has no sub-contracts running this quarter.</p>}
            {groups.map(({ subContract, returns }) => (
              <section key={subContract.id} class="app-returns-sub-contract" aria-labelledby={`returns-${subContract.id}`}>
                <h2 class="app-heading-m" id={`returns-${subContract.id}`}>
                  {subContract.name}
                </h2>
                <ul class="app-task-list">
                  {returns.map((r) => (
                    <li key={r.key} class="app-task-list__item" data-testid={`return-${r.key}`}>
                      <span class="app-task-list__name">
                        <a href={r.href} aria-describedby={`status-${r.key}`}>
                          {r.quarterLabel}
                        </a>
                        <span class="app-task-list__hint">{r.timelinessLabel}</span>
                        {r.wouldBeLate && <strong class="app-task-list__hint">Would be late — it is past its due date</strong>}
                        {r.openQueries.length > 0 && (
                          <strong class="app-task-list__hint">
                            {r.openQueries.length === 1 ? '1 query from the hub to answer' : `${r.openQueries.length} queries from the hub to answer`}
                          </strong>
                        )}
                      </span>
                      <span class="app-task-list__status" id={`status-${r.key}`}>
                        <StateTag summary={r} />
                      </span>
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </>
        );
      }}
    </ManagerOnly>
  );
}
