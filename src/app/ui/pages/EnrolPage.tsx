import { useState } from 'preact/hooks';
import { EnrolRequest } from '../../../core/sync';
import { device, reference } from '../../state/appState';
import { isOnline } from '../../state/connectivity';
import { enrolThisDevice } from '../../state/enrolment';
import { showNotice } from '../../state/notice';
import { navigate } from '../../state/router';
import { StorageFullError } from '../../store/errors';
import { EnrolError } from '../../sync/enrol';
import { ErrorSummary } from '../components/ErrorSummary';
import { TextInput } from '../components/TextInput';
import { useForm } from '../hooks/useForm';
import type { RouteProps } from '../routes';
import { textField } from '../hooks/textField';
import { CheckedForm } from '../components/CheckedForm';

/** Enrol this device with a one-time code from the hub: the only step that needs a connection. */
export function EnrolPage(_props: RouteProps) {
  const form = useForm(() => EnrolRequest, () => ({ code: '', deviceName: '' }));
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const v = form.values.value;
  const enrolledTo = device.value ? reference.value?.members.find((m) => m.id === device.value?.memberId)?.name : undefined;

  const submit = async () => {
    if (busy) return;
    if (!form.submit()) return setAttempt((n) => n + 1);
    setBusy(true);
    try {
      await enrolThisDevice(v);
    } catch (error) {
      if (error instanceof EnrolError) form.setExternalErrors({ [error.field ?? '']: error.message });
      else if (error instanceof StorageFullError) form.setExternalErrors({ '': error.message });
      else form.setExternalErrors({ '': 'Something went wrong setting up this device. Try again.' });
      setAttempt((n) => n + 1);
      return;
    } finally {
      setBusy(false);
    }
    form.reset(v);
    showNotice({ message: 'This device is set up. It now works offline too.', path: '/' });
    navigate('/');
  };

  return (
    <>
      <ErrorSummary items={form.summary.value} attempt={attempt} />
      <h1 class="app-heading-l">Set up this device</h1>
      {enrolledTo && (
        <div class="app-inset-text">
          This device is already set up for {enrolledTo}. Setting it up again keeps every record on it.
        </div>
      )}
      <p>Ask your consortium hub for an enrolment code. Each code works once, for 24 hours.</p>
      {!isOnline.value && (
        <div class="app-inset-text" data-testid="enrol-offline">
          You are offline. Enrolment needs an internet connection once; after that the app works offline.
        </div>
      )}
      <CheckedForm onSubmit={submit}>
        <TextInput
          {...textField(form, 'code')}
          label="Enrolment code"
          hint="8 letters and numbers, for example ABCD-EFGH"
          width="code"
          autoComplete="off"
        />
        <TextInput
          {...textField(form, 'deviceName')}
          label="Name this device"
          hint="So the hub can tell your devices apart, for example Hall tablet 1"
        />
        <button type="submit" class="app-button" disabled={busy} data-testid="enrol">
          {busy ? 'Setting up…' : 'Set up this device'}
        </button>
      </CheckedForm>
    </>
  );
}
