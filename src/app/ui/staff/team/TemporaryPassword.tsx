import type { ColleagueAdded } from '../../../../core/hub-api';

/**
 * A colleague's temporary password, just made by adding them or resetting theirs: shown this
 * once, since the hub keeps only a scrambled form of it.
 */
export function TemporaryPassword({ title, shown: { member, temporaryPassword } }: { title: string; shown: ColleagueAdded }) {
  return (
    <>
      <div class="app-hub-panel">
        <h1 class="app-hub-panel__title">{title}</h1>
        <p class="app-hub-panel__body">Their temporary password is</p>
        <p class="app-hub-code app-hub-code--password" data-testid="temporary-password">
          {temporaryPassword}
        </p>
      </div>
      <div class="app-hub-warning">
        <strong>
          <span class="app-visually-hidden">Warning: </span>
          Give this to {member.displayName}; it is shown only once. They should change it after signing in.
        </strong>
      </div>
      <p>
        They sign in at <strong>{location.origin}/hub/sign-in</strong> with <strong>{member.email}</strong> and this password, then
        choose “Change your password” on the Team page. The hub keeps only a scrambled form of it, so it cannot be shown again.
      </p>
      <p>
        <a href="/hub/team">Back to the team</a>
      </p>
    </>
  );
}
