import { useState } from 'preact/hooks';
import type { PasswordReset } from '../../../../core/hub-api';
import { listTeam, resetPassword } from '../../../hub-api';
import { hubClient, staffSession } from '../../../state/hubSession';
import type { RouteProps } from '../../routes';
import { BackLink } from '../components/BackLink';
import { Loaded } from '../components/Loaded';
import { StaffOnly } from '../components/StaffOnly';
import { moment } from '../format';
import { asHubError, useHubData } from '../useHubData';
import { TemporaryPassword } from './TemporaryPassword';

/** "Are you sure?" before a colleague gets a new temporary password; then that password, shown once. */
export function ResetPasswordPage({ params }: RouteProps) {
  const [reset, setReset] = useState<PasswordReset | null>(null);
  return (
    <StaffOnly>
      {reset ? (
        <TemporaryPassword title={`${reset.member.displayName}’s password has been reset`} shown={reset} />
      ) : (
        <ConfirmReset userId={params.userId ?? ''} onReset={setReset} />
      )}
    </StaffOnly>
  );
}

function ConfirmReset({ userId, onReset }: { userId: string; onReset: (reset: PasswordReset) => void }) {
  const { result, reload } = useHubData(async (client) => (await listTeam(client)).staff.find((s) => s.id === userId) ?? null, userId);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const isMe = staffSession.value?.user.id === userId;

  const reset = async () => {
    if (busy) return;
    setBusy(true);
    try {
      onReset(await resetPassword(hubClient, userId));
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
              <h1 class="app-heading-l">You cannot reset your own password</h1>
              <p>
                <a href="/hub/team/password">Change your password</a> instead.
              </p>
            </>
          ) : !person.canSignIn ? (
            <>
              <h1 class="app-heading-l">{person.displayName}’s access has been removed</h1>
              <p>It was removed {moment(person.removedAt)}, so their password cannot be reset.</p>
            </>
          ) : (
            <>
              {problem && (
                <div class="app-error-summary" role="alert">
                  <h2 class="app-error-summary__title">There is a problem</h2>
                  <p>{problem}</p>
                </div>
              )}
              <h1 class="app-heading-l">Reset {person.displayName}’s password?</h1>
              <p>{person.email}</p>
              <div class="app-hub-warning">
                <strong>
                  <span class="app-visually-hidden">Warning: </span>
                  They will be signed out everywhere and need the new temporary password to sign in.
                </strong>
              </div>
              <p>The new temporary password is shown on the next page, once. Give it to them yourself.</p>
              <div class="app-button-group">
                <button type="button" class="app-button app-button--warning" disabled={busy} onClick={() => void reset()}>
                  {busy ? 'Resetting…' : 'Reset password'}
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
