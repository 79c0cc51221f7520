import { useState } from 'preact/hooks';
import type { PasswordReset } from '../../../../core/hub-api';
import { resetPassword } from '../../../hub-api';
import { hubClient } from '../../../state/hubSession';
import type { RouteProps } from '../../routes';
import { StaffOnly } from '../components/StaffOnly';
import { moment } from '../format';
import { TemporaryPassword } from './TemporaryPassword';
import { ConfirmAction } from '../components/ConfirmAction';
import { WithColleague } from './WithColleague';

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
  return (
    <WithColleague userId={userId}>
      {(person, isMe) =>
        isMe ? (
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
          <ConfirmAction
            heading={`Reset ${person.displayName}’s password?`}
            warning="They will be signed out everywhere and need the new temporary password to sign in."
            after={<p>The new temporary password is shown on the next page, once. Give it to them yourself.</p>}
            button="Reset password"
            busyButton="Resetting…"
            cancel="/hub/team"
            act={async () => {
              onReset(await resetPassword(hubClient, userId));
            }}
          >
            <p>{person.email}</p>
          </ConfirmAction>
        )
      }
    </WithColleague>
  );
}
