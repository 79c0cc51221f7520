import type { ExtensionView } from '../../../../core/hub-api';
import { listExtensions } from '../../../hub-api';
import type { RouteProps } from '../../routes';
import { Loaded } from '../components/Loaded';
import { StaffOnly } from '../components/StaffOnly';
import { count, day, moment, quarterLabel } from '../format';
import { returnHref } from '../returns/words';
import { useHubData } from '../useHubData';
import { useSearch } from '../useSearch';

const TABS = [
  { state: 'requested', label: 'Waiting for a decision' },
  { state: 'granted', label: 'Granted' },
  { state: 'declined', label: 'Declined' },
] as const;
type TabState = (typeof TABS)[number]['state'];

/** Extension requests to decide, and the decisions made. */
export function ExtensionsPage(_props: RouteProps) {
  return (
    <StaffOnly>
      <Extensions />
    </StaffOnly>
  );
}

function Extensions() {
  const [search, setSearch] = useSearch();
  const state: TabState = TABS.find((t) => t.state === search.get('state'))?.state ?? 'requested';
  const { result, reload } = useHubData((client) => listExtensions(client, { state }), state);
  const tab = TABS.find((t) => t.state === state)!;
  return (
    <>
      <h1 class="app-heading-l">Extensions</h1>
      <p>
        An extension gives one return a new due date. Members ask from their devices; you can also grant one without a
        request from the return’s page.
      </p>
      <ul class="app-tabs">
        {TABS.map((t) => (
          <li key={t.state}>
            <a
              class="app-tabs__link"
              href={`/hub/extensions?state=${t.state}`}
              aria-current={t.state === state ? 'page' : undefined}
              onClick={(event) => {
                event.preventDefault();
                setSearch({ state: t.state });
              }}
            >
              {t.label}
            </a>
          </li>
        ))}
      </ul>
      <Loaded data={result} retry={reload} what="the extensions">
        {({ extensions }) =>
          extensions.length === 0 ? (
            <p data-testid="no-extensions">There are none {state === 'requested' ? 'waiting for a decision' : tab.label.toLowerCase()}.</p>
          ) : (
            <ExtensionsTable extensions={extensions} caption={`${tab.label}: ${count(extensions.length, 'extension')}`} state={state} />
          )
        }
      </Loaded>
    </>
  );
}

function ExtensionsTable({ extensions, caption, state }: { extensions: ExtensionView[]; caption: string; state: TabState }) {
  return (
    <div class="app-hub-scroll" role="region" aria-labelledby="extensions-caption" tabIndex={0}>
      <table class="app-table" data-testid="extensions-table">
        <caption class="app-table__caption" id="extensions-caption">
          {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">Return</th>
            <th scope="col">{state === 'granted' ? 'Due date' : 'Asked for'}</th>
            <th scope="col">Reason</th>
            <th scope="col">{state === 'requested' ? 'Decision' : 'Decided'}</th>
          </tr>
        </thead>
        <tbody>
          {extensions.map((e) => (
            <tr key={e.id} data-testid="extension-row">
              <th scope="row">
                <a href={returnHref(e.subContractId, e.quarter)}>
                  {e.memberName}
                  <span class="app-hub-block">{quarterLabel(e.quarter)}</span>
                </a>
              </th>
              <td>{state === 'granted' && e.grantedDueDate ? day(e.grantedDueDate) : day(e.requestedDueDate)}</td>
              <td>
                {e.requestedBy ? `“${e.reason}”` : 'Granted without a request'}
                {e.requestedBy && (
                  <span class="app-hub-small app-hub-block">
                    {e.requestedBy}
                    {e.requestedAt ? `, ${moment(e.requestedAt)}` : ''}
                  </span>
                )}
              </td>
              <td>
                {state === 'requested' ? (
                  <ul class="app-hub-inline-links">
                    <li>
                      <a href={`/hub/extensions/${encodeURIComponent(e.id)}/grant`}>
                        Grant<span class="app-visually-hidden"> the extension for {e.memberName}, {quarterLabel(e.quarter)}</span>
                      </a>
                    </li>
                    <li>
                      <a href={`/hub/extensions/${encodeURIComponent(e.id)}/decline`}>
                        Decline<span class="app-visually-hidden"> the extension for {e.memberName}, {quarterLabel(e.quarter)}</span>
                      </a>
                    </li>
                  </ul>
                ) : (
                  <>
                    {e.decidedBy ?? ''}
                    {e.decidedAt && <span class="app-hub-block">{moment(e.decidedAt)}</span>}
                    {e.decisionReason && <span class="app-hub-small app-hub-block">“{e.decisionReason}”</span>}
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
