import type { ComponentChildren } from 'preact';
import type { z } from 'zod';
import { ErrorSummary } from '../../components/ErrorSummary';
import { DateInput } from '../../components/DateInput';
import { Textarea } from '../../components/Textarea';
import { useForm } from '../../hooks/useForm';
import { formErrorsFrom } from '../formProblem';
import { useHubSubmit } from '../useHubSubmit';
import { CheckedForm } from '../../components/CheckedForm';
import { SubmitOrCancel } from '../../components/SubmitOrCancel';

type TextName = 'reason' | 'note';
type Answers = { dueDate?: string } & Partial<Record<TextName, string>>;

/**
 * The form behind every hub decision that needs words for the audit trail — granting (new due
 * date + reason), declining, reopening, closing a query (note): one primary button, and an error
 * summary for our checks and the hub's at the top of the page, above `children` (the heading and
 * what the person needs to know).
 */
export function ReasonForm<Out extends Answers>({
  schema,
  text = { name: 'reason' },
  initialDueDate,
  label,
  hint,
  rows = 4,
  button,
  busyButton,
  warning,
  cancel,
  send,
  children,
}: {
  schema: z.ZodType<Out>;
  /** The words' field and its starting value; a due date field is shown when `initialDueDate` is given. */
  text?: { name: TextName; initial?: string };
  initialDueDate?: string;
  label: string;
  hint: string;
  rows?: number;
  button: string;
  busyButton: string;
  warning?: boolean;
  cancel: string;
  send: (answers: Out) => Promise<void>;
  children?: ComponentChildren;
}) {
  const withDueDate = initialDueDate !== undefined;
  const form = useForm(
    () => schema,
    () => ({ ...(withDueDate ? { dueDate: initialDueDate } : {}), [text.name]: text.initial ?? '' }) as Record<string, string>,
  );
  const v = form.values.value;
  const e = form.errors.value;
  const { submit, busy, attempt } = useHubSubmit(
    form,
    async (answers) => {
      await send(answers);
      form.reset(v);
    },
    (error) => formErrorsFrom(error, ['dueDate', text.name]),
  );
  return (
    <>
      <ErrorSummary items={form.summary.value} attempt={attempt} />
      {children}
      <CheckedForm onSubmit={submit}>
        {withDueDate && (
          <DateInput
            name="dueDate"
            legend="New due date"
            hint="The return is on time if it reaches the hub by the end of this day. For example, 27 3 2027"
            value={v.dueDate ?? ''}
            error={e.dueDate}
            onInput={(x) => form.set('dueDate', x)}
            onBlur={() => form.blur('dueDate')}
          />
        )}
        <Textarea
          name={text.name}
          label={label}
          hint={hint}
          rows={rows}
          value={v[text.name] ?? ''}
          error={e[text.name]}
          onInput={(x) => form.set(text.name, x)}
          onBlur={() => form.blur(text.name)}
        />
        <SubmitOrCancel label={button} busyLabel={busyButton} busy={busy} warning={warning} cancel={cancel} />
      </CheckedForm>
    </>
  );
}
