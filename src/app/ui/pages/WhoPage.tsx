import { signal } from '@preact/signals';
import { useMemo, useState } from 'preact/hooks';
import { describeMoment } from '../../../core/time';
import { fieldId } from '../../state/form';
import { unlockSchema, type UnlockValues } from '../../state/forms/unlockForm';
import { currentPath, navigate } from '../../state/router';
import { devicePeople, pinHoldersQuery, setFirstPin, unlock } from '../../state/session';
import { StoreError } from '../../store/errors';
import { ErrorSummary } from '../components/ErrorSummary';
import { Radios } from '../components/Radios';
import { TextInput } from '../components/TextInput';
import { useForm } from '../hooks/useForm';
import { useLive } from '../hooks/useLive';
import type { RouteProps } from '../routes';
import { textField } from '../hooks/textField';
import { CheckedForm } from '../components/CheckedForm';

const ROLE = { manager: 'Manager', staff: 'Staff', volunteer: 'Volunteer' } as const;

/** Who is using this device: choose yourself, then your PIN (or set one, the first time here). */
export function WhoPage(_props: RouteProps) {
  const loaded = useLive(pinHoldersQuery, [], null as string[] | null);
  // The schema is made once: it reads who has a PIN through a signal, never a stale copy.
  const pinHolders = useMemo(() => signal<string[]>([]), []);
  pinHolders.value = loaded ?? [];
  const holders = pinHolders.value;
  const people = devicePeople.value;
  const form = useForm(
    () => unlockSchema(() => devicePeople.value.map((p) => p.id), (id) => pinHolders.value.includes(id)),
    (): UnlockValues => ({ personId: '', pin: '', confirm: '' }),
  );
  const [attempt, setAttempt] = useState(0);
  const v = form.values.value;
  const e = form.errors.value;
  const first = v.personId !== '' && !holders.includes(v.personId);

  const pinFields = (
    <>
      <TextInput
        {...textField(form, 'pin')}
        type="password"
        inputMode="numeric"
        autoComplete="off"
        width="10"
        label={first ? 'Create a PIN' : 'PIN'}
        hint={first ? 'This is your first time on this device. Choose 4 to 8 numbers you will remember.' : undefined}
      />
      {first && (
        <TextInput
          {...textField(form, 'confirm')}
          type="password"
          inputMode="numeric"
          autoComplete="off"
          width="10"
          label="Type the PIN again"
        />
      )}
    </>
  );

  const submit = async () => {
    if (loaded === null) return; // still reading who has a PIN on this device
    if (!form.submit()) return setAttempt((n) => n + 1);
    try {
      if (first) await setFirstPin(v.personId, v.pin);
      else {
        const result = await unlock(v.personId, v.pin);
        if (!result.ok) {
          const message =
            result.reason === 'wrong'
              ? `The PIN is not right. ${result.attemptsLeft === 1 ? '1 more try' : `${result.attemptsLeft} more tries`} before a 5 minute wait.`
              : result.reason === 'locked'
                ? `Too many wrong PINs. Try again after ${describeMoment(result.until)}, or ask a manager to reset your PIN.`
                : 'Set a PIN first.';
          form.set('pin', '');
          form.setExternalErrors({ pin: message });
          return setAttempt((n) => n + 1);
        }
      }
    } catch (error) {
      form.setExternalErrors({ pin: error instanceof StoreError ? error.message : 'Could not unlock. Try again.' });
      return setAttempt((n) => n + 1);
    }
    form.reset({ personId: '', pin: '', confirm: '' });
    if (currentPath.value === '/who') navigate('/', { replace: true });
  };

  return (
    <>
      <ErrorSummary items={form.summary.value} attempt={attempt} />
      <CheckedForm onSubmit={submit}>
        <Radios
          name="personId"
          legend="Who is using this device?"
          legendSize="l"
          hint="Choose your name. Each person has their own PIN on this device."
          value={v.personId}
          error={e.personId}
          options={people.map((p) => ({
            value: p.id,
            label: p.displayName,
            hint: ROLE[p.role],
            conditional: pinFields,
          }))}
          onChange={(x) => {
            form.set('personId', x);
            form.set('pin', '');
            form.set('confirm', '');
            setTimeout(() => document.getElementById(fieldId('pin'))?.focus(), 0);
          }}
          onBlur={() => form.blur('personId')}
        />
        <button type="submit" class="app-button" data-testid="unlock">
          Continue
        </button>
      </CheckedForm>
    </>
  );
}
