import { ChangePasswordRequest, MIN_PASSWORD_LENGTH } from '../../../../core/hub-api';
import { changePassword } from '../../../hub-api';
import { hubClient } from '../../../state/hubSession';
import { showNotice } from '../../../state/notice';
import { navigate } from '../../../state/router';
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
import { SubmitOrCancel } from '../../components/SubmitOrCancel';

/** The signed-in person changes their own password; their other sessions are signed out. */
export function ChangePasswordPage(_props: RouteProps) {
  return (
    <StaffOnly>
      <ChangePasswordForm />
    </StaffOnly>
  );
}

function ChangePasswordForm() {
  const form = useForm(() => ChangePasswordRequest, () => ({ currentPassword: '', newPassword: '', confirmPassword: '' }));
  const { submit, busy, attempt } = useHubSubmit(
    form,
    async (request) => {
      await changePassword(hubClient, request);
      form.reset();
      showNotice({ message: 'Your password has been changed. You have been signed out everywhere else.', path: '/hub/team' });
      navigate('/hub/team');
    },
    (error) => formErrorsFrom(error, ['currentPassword', 'newPassword', 'confirmPassword']),
  );
  return (
    <div class="app-hub-narrow">
      <BackLink href="/hub/team">Back to the team</BackLink>
      <ErrorSummary items={form.summary.value} attempt={attempt} />
      <h1 class="app-heading-l">Change your password</h1>
      <p>You stay signed in here. Anywhere else you are signed in, you will need to sign in again with the new password.</p>
      <CheckedForm onSubmit={submit}>
        <TextInput {...textField(form, 'currentPassword')} label="Current password" type="password" autoComplete="current-password" />
        <TextInput
          {...textField(form, 'newPassword')}
          label="New password"
          hint={`At least ${MIN_PASSWORD_LENGTH} characters. A few unrelated words make a strong password that is easy to remember.`}
          type="password"
          autoComplete="new-password"
        />
        <TextInput {...textField(form, 'confirmPassword')} label="Confirm new password" type="password" autoComplete="new-password" />
        <SubmitOrCancel label="Change password" busyLabel="Changing…" busy={busy} cancel="/hub/team" />
      </CheckedForm>
    </div>
  );
}
