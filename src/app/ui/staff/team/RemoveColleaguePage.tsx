import { useState } from 'preact/hooks';
import { listTeam, removeColleague } from '../../../hub-api';
import { hubClient, staffSession } from '../../../state/hubSession';
import { showNotice } from '../../../state/notice';
import { navigate } from '../../../state/router';
import type { RouteProps } from '../../routes';
import { BackLink } from '../components/BackLink';
import { Loaded } from '../components/Loaded';
import { StaffOnly } from '../components/StaffOnly';
import { moment } from '../format';
import { asHubError, useHubData } from '../useHubData';

/** "Are you sure?" before a colleague loses access to the hub. */
export function RemoveColleaguePage({ params }: RouteProps) {
  return (
    <StaffOnly>
      <ConfirmRemove userId={params.userId ?? ''} />
    </StaffOnly>
  );
}

function ConfirmRemove({ userId }: { userId: string }) {
  const { result, reload } = useHubData(async (client) => (await listTeam(client)).staff.find((s) => s.id === userId) ?? null, userId);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const isMe = staffSession.value?.user.id === userId;

  const remove = async () => {
    if (busy) return;
    setBusy(true);
    try {
      const removed = await removeColleague(hubClient, userId);
      showNotice({ message: `${removed.displayName}’s access has been removed. They can no longer sign in.`, path: '/hub/team' });
      navigate('/hub/team');
    } catch (error) {
      setProblem(asHubError(error).message);
      setBusy(false);
    }
  };

  return (
    <>
      <BackLink href="/hub/team">Back to the team</BackLink>
      <Loaded data={result} retry={reload} what="the team">
        {(person) =>
          !person ? (
            <>
              <h1 class="app-heading-l">Not on the team</h1>
              <p>There is no such person on the hub team. Check the address, or go back to the team.</p>
            </>
          ) : isMe ? (
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
            <>
              {problem && (
                <div class="app-error-summary" role="alert">
                  <h2 class="app-error-summary__title">There is a problem</h2>
                  <p>{problem}</p>
                </div>
              )}
              <h1 class="app-heading-l">Remove {person.displayName}’s access?</h1>
              <p>
                {person.email}, added {moment(person.addedAt)}.
              </p>
              <div class="app-hub-warning">
                <strong>
                  <span class="app-visually-hidden">Warning: </span>
                  They will be signed out at once and will no longer be able to sign in. This cannot be undone.
                </strong>
              </div>
              <p>Their name stays in the audit trails of what they did.</p>
              <div class="app-button-group">
                <button type="button" class="app-button app-button--warning" disabled={busy} onClick={() => void remove()}>
                  {busy ? 'Removing…' : 'Remove access'}
                </button>
                <a href="/hub/team">Cancel</a>
              </div>
            </>
          )
        }
      </Loaded>
    </>
  );
}
