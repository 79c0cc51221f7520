import { useState } from 'preact/hooks';
import { CloseQueryRequest, type ReturnDetail } from '../../../../core/hub-api';
import { closeQuery } from '../../../hub-api';
import { hubClient } from '../../../state/hubSession';
import { showNotice } from '../../../state/notice';
import { navigate } from '../../../state/router';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Textarea } from '../../components/Textarea';
import { useForm } from '../../hooks/useForm';
import type { RouteProps } from '../../routes';
import { formErrorsFrom } from '../formProblem';
import { fieldLabel } from './fields';
import { WithReturn } from './WithReturn';
import { returnHref } from './words';

/** Hub staff are satisfied by the answer: close the query, with an optional note. */
export function CloseQueryPage({ params }: RouteProps) {
  return (
    <WithReturn subContractId={params.subContractId ?? ''} quarter={params.quarter ?? ''}>
      {(detail) => <Close detail={detail} queryId={params.queryId ?? ''} />}
    </WithReturn>
  );
}

function Close({ detail, queryId }: { detail: ReturnDetail; queryId: string }) {
  const form = useForm(() => CloseQueryRequest, () => ({ note: '' }));
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const back = returnHref(detail.subContractId, detail.quarter);
  const query = detail.queries.find((q) => q.id === queryId);
  const v = form.values.value;
  if (!query || query.state === 'closed') {
    return (
      <>
        <h1 class="app-heading-l">{query ? 'This query is already closed' : 'Query not found'}</h1>
        <a href={back}>Back to the return</a>
      </>
    );
  }
  const submit = async () => {
    if (busy) return;
    const answers = form.submit();
    if (!answers) return setAttempt((n) => n + 1);
    setBusy(true);
    try {
      await closeQuery(hubClient, queryId, answers.note);
      form.reset(v);
      showNotice({ message: 'Query closed.', path: back });
      navigate(back);
    } catch (error) {
      form.setExternalErrors(formErrorsFrom(error, ['note']));
      setAttempt((n) => n + 1);
      setBusy(false);
    }
  };
  return (
    <>
      <ErrorSummary items={form.summary.value} attempt={attempt} />
      <h1 class="app-heading-l">Close the query on {fieldLabel(detail, query.path)}</h1>
      <blockquote class="app-hub-quote">{query.question}</blockquote>
      <p>{query.answers.length === 0 ? 'The member has not answered yet.' : `The member answered: “${query.answers[query.answers.length - 1]?.comment}”`}</p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Textarea
          name="note"
          label="Note (optional)"
          hint="For the audit trail, for example why the answer is enough."
          rows={3}
          value={v.note}
          error={form.errors.value.note}
          onInput={(x) => form.set('note', x)}
          onBlur={() => form.blur('note')}
        />
        <div class="app-button-group">
          <button type="submit" class="app-button" disabled={busy}>
            {busy ? 'Closing…' : 'Close the query'}
          </button>
          <a href={back}>Cancel</a>
        </div>
      </form>
    </>
  );
}
