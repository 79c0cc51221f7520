import { useState } from 'preact/hooks';
import { describeMoment } from '../../../core/time';
import { answerAsManager } from '../../state/returnsActions';
import { queryAnswerSchema, type QueryAnswerValues } from '../../state/returnsForms';
import { fieldLabel } from '../../state/returnsPaths';
import { CheckedForm } from '../components/CheckedForm';
import { ErrorSummary } from '../components/ErrorSummary';
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

/** Answer a hub query with a comment (figures that change go in a new version instead). */
export function QueryPage({ params }: RouteProps) {
  const work = useReturnWork(params.subContractId ?? '', params.quarter ?? '');
  const form = useForm(queryAnswerSchema, (): QueryAnswerValues => ({ comment: '' }));
  const [attempt, setAttempt] = useState(0);
  return (
    <ManagerOnly>
      {() => {
        const summary = work.summary.value;
        const query = summary?.queries.find((q) => q.id === params.queryId);
        if (!summary || !query) return <NoSuchReturn />;
        const submit = () =>
          queueForHub(form, {
            queue: (values) => answerAsManager(query.id, values.comment),
            what: 'Answer',
            back: summary.href,
            errorField: 'comment',
            refused: () => setAttempt((n) => n + 1),
          });
        return (
          <>
            <BackLink href={summary.href}>Back to the return</BackLink>
            <ErrorSummary items={form.summary.value} attempt={attempt} />
            <span class="app-caption">
              {summary.subContract.name} · {summary.quarterLabel}
            </span>
            <h1 class="app-heading-l">Answer the hub’s query</h1>
            <div class="app-query">
              <p class="app-query__meta">
                On <strong>{fieldLabel(query.path, work.basis.value)}</strong> · {query.raisedBy}, {describeMoment(query.raisedAt)}
              </p>
              <p>
                <strong>{query.question}</strong>
              </p>
            </div>
            <CheckedForm onSubmit={submit}>
              <Textarea
                {...textField(form, 'comment')}
                label="Your answer"
                hint="If a figure was wrong, say so here, then change the figures and resubmit the return."
                rows={6}
              />
              <SubmitOrCancel label="Send answer" cancel={summary.href} testId="send-answer" />
            </CheckedForm>
          </>
        );
      }}
    </ManagerOnly>
  );
}
