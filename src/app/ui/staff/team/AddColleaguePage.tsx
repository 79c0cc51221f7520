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
import { BackLink } from '../../components/BackLink';
import { StaffOnly } from '../components/StaffOnly';
import { formErrorsFrom } from '../formProblem';
import { useHubSubmit } from '../useHubSubmit';
import { TemporaryPassword } from './TemporaryPassword';
import { SubmitOrCancel } from '../../components/SubmitOrCancel';

/** Name and email address of a new colleague; then their temporary password, shown once. */
export function AddColleaguePage(_props: RouteProps) {
  const [added, setAdded] = useState<ColleagueAdded | null>(null);
  return (
    <StaffOnly>
      {added ? <TemporaryPassword title={`${added.member.displayName} has been added`} shown={added} /> : <AddForm onAdded={setAdded} />}
    </StaffOnly>
  );
}

function AddForm({ onAdded }: { onAdded: (added: ColleagueAdded) => void }) {
  const form = useForm(() => AddColleagueRequest, () => ({ displayName: '', email: '' }));
  const { submit, busy, attempt } = useHubSubmit(
    form,
    async (request) => {
      const added = await addColleague(hubClient, request);
      form.reset();
      onAdded(added);
    },
    (error) => formErrorsFrom(error, ['displayName', 'email']),
  );
  return (
    <div class="app-hub-narrow">
      <BackLink href="/hub/team">Back to the team</BackLink>
      <ErrorSummary items={form.summary.value} attempt={attempt} />
      <h1 class="app-heading-l">Add a colleague</h1>
      <p>They will be able to sign in to the hub pages and do everything you can, including managing the team.</p>
      <CheckedForm onSubmit={submit}>
        <TextInput {...textField(form, 'displayName')} label="Full name" hint="As it should appear in audit trails." spellcheck={false} />
        <TextInput {...textField(form, 'email')} label="Email address" hint="They sign in with this address." type="email" />
        <SubmitOrCancel label="Add colleague" busyLabel="Adding…" busy={busy} cancel="/hub/team" />
      </CheckedForm>
    </div>
  );
}
