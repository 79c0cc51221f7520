import { useState } from 'preact/hooks';
import { describeDate } from '../../../core/time';
import { requestExtensionAsManager } from '../../state/returnsActions';
import { extensionSchema, type ExtensionValues } from '../../state/returnsForms';
import { CheckedForm } from '../components/CheckedForm';
import { ErrorSummary } from '../components/ErrorSummary';
import { DateInput } from '../components/DateInput';
import { Textarea } from '../components/Textarea';
import { useForm } from '../hooks/useForm';
import type { RouteProps } from '../routes';
import { ManagerOnly } from './ManagerOnly';
import { NoSuchReturn } from './ReturnFrame';
import { queueForHub } from './queueForHub';
import { useReturnWork } from './useReturnWork';
import { textField } from '../hooks/textField';
import { SubmitOrCancel } from '../components/SubmitOrCancel';
import { BackLink } from '../components/BackLink';

/** Ask the hub for a later due date for this return, with a reason; the answer comes back by sync. */
export function ExtensionPage({ params }: RouteProps) {
  const work = useReturnWork(params.subContractId ?? '', params.quarter ?? '');
  const due = () => work.summary.value?.timeliness.due.dueDate ?? '1970-01-01';
  const form = useForm(() => extensionSchema(due()), (): ExtensionValues => ({ requestedDueDate: '', reason: '' }));
  const [attempt, setAttempt] = useState(0);
  return (
    <ManagerOnly>
      {() => {
        const summary = work.summary.value;
        if (!summary) return <NoSuchReturn />;
        const submit = () =>
          queueForHub(form, {
            queue: (values) => requestExtensionAsManager({ subContractId: summary.subContract.id, quarter: summary.quarter, ...values }),
            what: 'Request',
            back: summary.href,
            refused: () => setAttempt((n) => n + 1),
          });
        return (
          <>
            <BackLink href={summary.href}>Back to the return</BackLink>
            <ErrorSummary items={form.summary.value} attempt={attempt} />
            <span class="app-caption">
              {summary.subContract.name} · {summary.quarterLabel}
            </span>
            <h1 class="app-heading-l">Ask for an extension</h1>
            <p>
              This return is due {describeDate(summary.timeliness.due.dueDate)}. The hub decides; until it agrees, the due date stays as it is.
            </p>
            <CheckedForm onSubmit={submit}>
              <DateInput
                {...textField(form, 'requestedDueDate')}
                legend="When could you send it?"
                hint={`A date after ${describeDate(summary.timeliness.due.dueDate)}, for example 27 3 2027`}
              />
              <Textarea
                {...textField(form, 'reason')}
                label="Why do you need more time?"
                rows={5}
              />
              <SubmitOrCancel label="Send request" cancel={summary.href} testId="request-extension" />
            </CheckedForm>
          </>
        );
      }}
    </ManagerOnly>
  );
}
