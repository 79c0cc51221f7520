import { useState } from 'preact/hooks';
import type { z } from 'zod';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextInput } from '../../components/TextInput';
import { Textarea } from '../../components/Textarea';
import { useForm } from '../../hooks/useForm';
import { formErrorsFrom } from '../formProblem';

type Answers = { dueDate?: string; reason: string };

/**
 * The form behind granting (new due date + reason) and declining (reason): one primary button,
 * an error summary for our checks and the hub's.
 */
export function ReasonForm<Out extends Answers>({
  schema,
  initial,
  withDueDate,
  reasonLabel,
  reasonHint,
  button,
  busyButton,
  warning,
  cancel,
  send,
}: {
  schema: z.ZodType<Out>;
  initial: { dueDate: string; reason: string };
  withDueDate: boolean;
  reasonLabel: string;
  reasonHint: string;
  button: string;
  busyButton: string;
  warning?: boolean;
  cancel: string;
  send: (answers: Out) => Promise<void>;
}) {
  const form = useForm(() => schema, () => (withDueDate ? initial : { reason: initial.reason }) as Record<string, string>);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const v = form.values.value;
  const e = form.errors.value;
  const submit = async () => {
    if (busy) return;
    const answers = form.submit();
    if (!answers) return setAttempt((n) => n + 1);
    setBusy(true);
    try {
      await send(answers);
      form.reset(v);
    } catch (error) {
      form.setExternalErrors(formErrorsFrom(error, ['dueDate', 'reason']));
      setAttempt((n) => n + 1);
      setBusy(false);
    }
  };
  return (
    <>
      <ErrorSummary items={form.summary.value} attempt={attempt} />
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        {withDueDate && (
          <TextInput
            name="dueDate"
            label="New due date"
            hint="The return is on time if it reaches the hub by the end of this day."
            type="date"
            width="10"
            value={v.dueDate ?? ''}
            error={e.dueDate}
            onInput={(x) => form.set('dueDate', x)}
            onBlur={() => form.blur('dueDate')}
          />
        )}
        <Textarea
          name="reason"
          label={reasonLabel}
          hint={reasonHint}
          rows={4}
          value={v.reason ?? ''}
          error={e.reason}
          onInput={(x) => form.set('reason', x)}
          onBlur={() => form.blur('reason')}
        />
        <div class="app-button-group">
          <button type="submit" class={`app-button${warning ? ' app-button--warning' : ''}`} disabled={busy}>
            {busy ? busyButton : button}
          </button>
          <a href={cancel}>Cancel</a>
        </div>
      </form>
    </>
  );
}
