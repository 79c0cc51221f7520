import { useEffect } from 'preact/hooks';
import { SignInRequest } from '../../../core/hub-api';
import { HubApiError } from '../../hub-api';
import { checkStaffSession, signInNotice, signInStaff, staffSession } from '../../state/hubSession';
import { navigate } from '../../state/router';
import { ErrorSummary } from '../components/ErrorSummary';
import { TextInput } from '../components/TextInput';
import { useForm } from '../hooks/useForm';
import type { RouteProps } from '../routes';
import { textField } from '../hooks/textField';
import { CheckedForm } from '../components/CheckedForm';
import { useHubSubmit } from './useHubSubmit';

/** Where to go after signing in: the hub page that sent the person here, never another site. */
function nextPage(): string {
  const next = new URLSearchParams(location.search).get('next') ?? '';
  return next.startsWith('/hub/') && !next.startsWith('/hub/sign-in') ? next : '/hub/returns';
}

/** Hub staff sign in with their email address and password (DESIGN §6). */
export function SignInPage(_props: RouteProps) {
  const form = useForm(() => SignInRequest, () => ({ email: '', password: '' }));
  const v = form.values.value;
  const notice = signInNotice.value;

  useEffect(() => {
    // Someone already signed in (another tab, an earlier visit) goes straight on.
    if (staffSession.value === undefined) checkStaffSession().catch(() => undefined);
    else if (staffSession.value) navigate(nextPage(), { replace: true });
  }, [staffSession.value]);

  const { submit, busy, attempt } = useHubSubmit(
    form,
    async (credentials) => {
      await signInStaff(credentials);
      form.reset({ email: v.email, password: '' });
      navigate(nextPage());
    },
    (error) => {
      const message = error instanceof HubApiError ? error.message : 'Something went wrong signing you in. Try again.';
      // Wrong details point at the email address, GOV.UK style; anything else is about no one field.
      const field = error instanceof HubApiError && error.kind === 'sign-in-failed' ? 'email' : '';
      return { [field]: message };
    },
  );

  return (
    <div class="app-hub-narrow">
      <ErrorSummary items={form.summary.value} attempt={attempt} />
      {notice && !form.submitted.value && (
        <div class="app-inset-text" role="status" data-testid="sign-in-notice">
          {notice}
        </div>
      )}
      <span class="app-caption">Hub staff</span>
      <h1 class="app-heading-l">Sign in to the hub</h1>
      <p>For the consortium’s hub team: see members’ returns, raise queries, accept returns and set up devices.</p>
      <CheckedForm onSubmit={submit}>
        <TextInput
          {...textField(form, 'email')}
          label="Email address"
          type="email"
          autoComplete="username"
        />
        <TextInput
          {...textField(form, 'password')}
          label="Password"
          type="password"
          autoComplete="current-password"
        />
        <button type="submit" class="app-button" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </CheckedForm>
      <p>
        Working for a member organisation? <a href="/">Go to the member app</a> to record your work and send returns.
      </p>
    </div>
  );
}
