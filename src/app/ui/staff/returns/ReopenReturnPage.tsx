import { useState } from 'preact/hooks';
import { z } from 'zod';
import { ReopenReturnRequest, type ReturnDetail } from '../../../../core/hub-api';
import { reopenReturn } from '../../../hub-api';
import { hubClient } from '../../../state/hubSession';
import { showNotice } from '../../../state/notice';
import { navigate } from '../../../state/router';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Textarea } from '../../components/Textarea';
import { useForm } from '../../hooks/useForm';
import type { RouteProps } from '../../routes';
import { formErrorsFrom } from '../formProblem';
import { WithReturn } from './WithReturn';
import { returnHref } from './words';

const ReopenForm = z.object({ reason: ReopenReturnRequest.shape.reason });

/** Unlock an accepted return, with a reason that goes in the audit trail. */
export function ReopenReturnPage({ params }: RouteProps) {
  return (
    <WithReturn subContractId={params.subContractId ?? ''} quarter={params.quarter ?? ''}>
      {(detail) => <Reopen detail={detail} />}
    </WithReturn>
  );
}

function Reopen({ detail }: { detail: ReturnDetail }) {
  const form = useForm(() => ReopenForm, () => ({ reason: '' }));
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const back = returnHref(detail.subContractId, detail.quarter);
  const v = form.values.value;

  if (detail.state !== 'locked' && detail.state !== 'accepted') {
    return (
      <>
        <h1 class="app-heading-l">This return is not accepted</h1>
        <p>Only an accepted return can be reopened. This one is still open for queries and new versions.</p>
        <a class="app-button app-button--secondary" href={back}>
          Back to the return
        </a>
      </>
    );
  }

  const submit = async () => {
    if (busy) return;
    const answers = form.submit();
    if (!answers) return setAttempt((n) => n + 1);
    setBusy(true);
    try {
      await reopenReturn(hubClient, { subContractId: detail.subContractId, quarter: detail.quarter }, answers);
      form.reset(v);
      showNotice({ message: 'Return reopened. The member can send a new version.', path: back });
      navigate(back);
    } catch (error) {
      form.setExternalErrors(formErrorsFrom(error, ['reason']));
      setAttempt((n) => n + 1);
      setBusy(false);
    }
  };

  return (
    <>
      <ErrorSummary items={form.summary.value} attempt={attempt} />
      <h1 class="app-heading-l">Reopen this return</h1>
      <p>The return will no longer be accepted. The member can change it and send a new version, which you check again.</p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Textarea
          name="reason"
          label="Why are you reopening it?"
          hint="This goes in the return’s audit trail, and the member sees it."
          rows={4}
          value={v.reason}
          error={form.errors.value.reason}
          onInput={(x) => form.set('reason', x)}
          onBlur={() => form.blur('reason')}
        />
        <div class="app-button-group">
          <button type="submit" class="app-button app-button--warning" disabled={busy}>
            {busy ? 'Reopening…' : 'Reopen the return'}
          </button>
          <a href={back}>Cancel</a>
        </div>
      </form>
    </>
  );
}
