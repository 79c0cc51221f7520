import { useState } from 'preact/hooks';
import { AddColleagueRequest, type ColleagueAdded } from '../../../../core/hub-api';
import { addColleague } from '../../../hub-api';
import { hubClient } from '../../../state/hubSession';
import { CheckedForm } from '../../components/CheckedForm';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextInput } from '../../components/TextInput';
import { textField } from '../../hooks/textField';
import { useForm } from '../../hooks/useForm';
import type { RouteProps } from '../../routes';
import { BackLink } from '../components/BackLink';
import { StaffOnly } from '../components/StaffOnly';
import { formErrorsFrom } from '../formProblem';

/** Name and email address of a new colleague; then their temporary password, shown once. */
export function AddColleaguePage(_props: RouteProps) {
  const [added, setAdded] = useState<ColleagueAdded | null>(null);
  return <StaffOnly>{added ? <TemporaryPassword added={added} /> : <AddForm onAdded={setAdded} />}</StaffOnly>;
}

function AddForm({ onAdded }: { onAdded: (added: ColleagueAdded) => void }) {
  const form = useForm(() => AddColleagueRequest, () => ({ displayName: '', email: '' }));
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    if (busy) return;
    const request = form.submit();
    if (!request) return setAttempt((n) => n + 1);
    setBusy(true);
    try {
      const added = await addColleague(hubClient, request);
      form.reset();
      onAdded(added);
    } catch (error) {
      form.setExternalErrors(formErrorsFrom(error, ['displayName', 'email']));
      setAttempt((n) => n + 1);
      setBusy(false);
    }
  };
  return (
    <div class="app-hub-narrow">
      <BackLink href="/hub/team">Back to the team</BackLink>
      <ErrorSummary items={form.summary.value} attempt={attempt} />
      <h1 class="app-heading-l">Add a colleague</h1>
      <p>They will be able to sign in to the hub pages and do everything you can, including managing the team.</p>
      <CheckedForm onSubmit={submit}>
        <TextInput {...textField(form, 'displayName')} label="Full name" hint="As it should appear in audit trails." spellcheck={false} />
        <TextInput {...textField(form, 'email')} label="Email address" hint="They sign in with this address." />
        <div class="app-button-group">
          <button type="submit" class="app-button" disabled={busy}>
            {busy ? 'Adding…' : 'Add colleague'}
          </button>
          <a href="/hub/team">Cancel</a>
        </div>
      </CheckedForm>
    </div>
  );
}

function TemporaryPassword({ added: { member, temporaryPassword } }: { added: ColleagueAdded }) {
  return (
    <>
      <div class="app-hub-panel">
        <h1 class="app-hub-panel__title">{member.displayName} has been added</h1>
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
