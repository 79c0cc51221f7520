import { listMembers } from '../../hub-api';
import type { RouteProps } from '../routes';
import { Loaded } from './components/Loaded';
import { StaffOnly } from './components/StaffOnly';
import { count } from './format';
import { useHubData } from './useHubData';

/** Every member of the consortium, with how many devices each has enrolled. */
export function MembersPage(_props: RouteProps) {
  return (
    <StaffOnly>
      <MembersList />
    </StaffOnly>
  );
}

function MembersList() {
  const { result, reload } = useHubData((client) => listMembers(client), 'members');
  return (
    <>
      <h1 class="app-heading-l">Members and devices</h1>
      <p>Choose a member to see its devices, revoke one, or create an enrolment code to set up a new tablet.</p>
      <Loaded data={result} retry={reload} what="the members">
        {({ members }) =>
          members.length === 0 ? (
            <p>There are no members yet.</p>
          ) : (
            <table class="app-table" data-testid="members-table">
              <caption class="app-table__caption">{count(members.length, 'member')}</caption>
              <thead>
                <tr>
                  <th scope="col">Member</th>
                  <th scope="col">Membership</th>
                  <th scope="col" class="app-table__numeric">
                    Devices
                  </th>
                </tr>
              </thead>
              <tbody>
                {members.map((m) => (
                  <tr key={m.id}>
                    <th scope="row">
                      <a href={`/hub/members/${encodeURIComponent(m.id)}`}>{m.name}</a>
                      {!m.active && <span class="app-tag app-tag--grey app-hub-tag-after">Not active</span>}
                    </th>
                    <td>{m.kind === 'full' ? 'Full member' : m.kind === 'associate' ? 'Associate member' : m.kind}</td>
                    <td class="app-table__numeric">{m.devices}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </Loaded>
    </>
  );
}
