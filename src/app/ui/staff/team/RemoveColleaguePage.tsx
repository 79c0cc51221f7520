import { removeColleague } from '../../../hub-api';
import { hubClient } from '../../../state/hubSession';
import { showNotice } from '../../../state/notice';
import { navigate } from '../../../state/router';
import type { RouteProps } from '../../routes';
import { StaffOnly } from '../components/StaffOnly';
import { moment } from '../format';
import { ConfirmAction } from '../components/ConfirmAction';
import { WithColleague } from './WithColleague';

/** "Are you sure?" before a colleague loses access to the hub. */
export function RemoveColleaguePage({ params }: RouteProps) {
  return (
    <StaffOnly>
      <ConfirmRemove userId={params.userId ?? ''} />
    </StaffOnly>
  );
}

function ConfirmRemove({ userId }: { userId: string }) {
  return (
    <WithColleague userId={userId}>
      {(person, isMe) =>
        isMe ? (
          <>
            <h1 class="app-heading-l">You cannot remove your own access</h1>
            <p>Ask another member of the hub team to do it, so that someone can always sign in.</p>
          </>
        ) : !person.canSignIn ? (
          <>
            <h1 class="app-heading-l">{person.displayName}’s access is already removed</h1>
            <p>It was removed {moment(person.removedAt)}.</p>
          </>
        ) : (
          <ConfirmAction
            heading={`Remove ${person.displayName}’s access?`}
            warning="They will be signed out at once and will no longer be able to sign in. This cannot be undone."
            after={<p>Their name stays in the audit trails of what they did.</p>}
            button="Remove access"
            busyButton="Removing…"
            cancel="/hub/team"
            act={async () => {
              const removed = await removeColleague(hubClient, userId);
              showNotice({ message: `${removed.displayName}’s access has been removed. They can no longer sign in.`, path: '/hub/team' });
              navigate('/hub/team');
            }}
          >
            <p>
              {person.email}, added {moment(person.addedAt)}.
            </p>
          </ConfirmAction>
        )
      }
    </WithColleague>
  );
}
