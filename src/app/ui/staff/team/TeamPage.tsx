import { listTeam } from '../../../hub-api';
import { staffSession } from '../../../state/hubSession';
import type { RouteProps } from '../../routes';
import { Loaded } from '../components/Loaded';
import { StaffOnly } from '../components/StaffOnly';
import { Tag } from '../components/Tag';
import { count, moment } from '../format';
import { useHubData } from '../useHubData';

/** The hub staff team: who can sign in, adding a colleague, resetting a password and removing access. */
export function TeamPage(_props: RouteProps) {
  return (
    <StaffOnly>
      <Team />
    </StaffOnly>
  );
}

function Team() {
  const { result, reload } = useHubData((client) => listTeam(client), 'team');
  const myId = staffSession.value?.user.id;
  return (
    <>
      <h1 class="app-heading-l">Team</h1>
      <p>Everyone who can sign in to the hub pages. People whose access has been removed stay listed, so that audit trails keep their names.</p>
      <div class="app-button-group">
        <a class="app-button" href="/hub/team/add">
          Add a colleague
        </a>
        <a href="/hub/team/password">Change your password</a>
      </div>
      <Loaded data={result} retry={reload} what="the team">
        {({ staff }) => (
          <div class="app-hub-scroll" role="region" aria-labelledby="team-caption" tabIndex={0}>
            <table class="app-table" data-testid="team-table">
              <caption class="app-table__caption" id="team-caption">
                {count(staff.filter((s) => s.canSignIn).length, 'person', 'people')} can sign in
              </caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Email address</th>
                  <th scope="col">Added</th>
                  <th scope="col">Access</th>
                  <th scope="col">
                    <span class="app-visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {staff.map((s) => (
                  <tr key={s.id} data-testid="team-row">
                    <th scope="row">
                      {s.displayName}
                      {s.id === myId && <span class="app-hub-small app-hub-block">(you)</span>}
                    </th>
                    <td>{s.email}</td>
                    <td>{moment(s.addedAt)}</td>
                    <td>
                      {s.canSignIn ? (
                        <Tag colour="green">Can sign in</Tag>
                      ) : (
                        <>
                          <Tag colour="grey">Removed</Tag>
                          <span class="app-hub-small app-hub-block">{moment(s.removedAt)}</span>
                        </>
                      )}
                    </td>
                    <td>
                      {s.canSignIn && s.id !== myId && (
                        <ul class="app-hub-inline-links">
                          <li>
                            <a href={`/hub/team/${encodeURIComponent(s.id)}/reset-password`}>
                              Reset password<span class="app-visually-hidden"> for {s.displayName}</span>
                            </a>
                          </li>
                          <li>
                            <a href={`/hub/team/${encodeURIComponent(s.id)}/remove`}>
                              Remove access<span class="app-visually-hidden"> for {s.displayName}</span>
                            </a>
                          </li>
                        </ul>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Loaded>
    </>
  );
}
