import { useState } from 'preact/hooks';
import type { FieldErrors, Form } from '../../state/form';

/**
 * Submitting a hub staff form: `submit` checks the answers and hands them to `send` (which talks
 * to the hub, then resets the form and moves on). Any problem, the form's or the hub's
 * (`errorsOf`), shows in the error summary, which `attempt` re-announces; `busy` is true while the
 * hub is asked, so a second tap sends nothing twice.
 */
export function useHubSubmit<V extends Record<string, unknown>, Out>(
  form: Form<V, Out>,
  send: (answers: Out) => Promise<void>,
  errorsOf: (error: unknown) => FieldErrors,
) {
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    if (busy) return;
    const answers = form.submit();
    if (!answers) return setAttempt((n) => n + 1);
    setBusy(true);
    try {
      await send(answers);
    } catch (error) {
      form.setExternalErrors(errorsOf(error));
      setAttempt((n) => n + 1);
      setBusy(false);
    }
  };
  return { submit, busy, attempt };
}
