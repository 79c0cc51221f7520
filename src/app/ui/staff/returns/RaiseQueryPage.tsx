import { RaiseQueryRequest, type ReturnDetail } from '../../../../core/hub-api';
import { raiseQuery } from '../../../hub-api';
import { hubClient } from '../../../state/hubSession';
import { showNotice } from '../../../state/notice';
import { navigate } from '../../../state/router';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Select } from '../../components/Select';
import { Textarea } from '../../components/Textarea';
import { useForm } from '../../hooks/useForm';
import type { RouteProps } from '../../routes';
import { formErrorsFrom } from '../formProblem';
import { useHubSubmit } from '../useHubSubmit';
import { fieldLabel, queryableFields } from './fields';
import { WithReturn } from './WithReturn';
import { returnHref } from './words';
import { textField } from '../../hooks/textField';
import { CheckedForm } from '../../components/CheckedForm';
import { SubmitOrCancel } from '../../components/SubmitOrCancel';

/** Ask the member a question about one field of the return; it reaches their devices by sync. */
export function RaiseQueryPage({ params }: RouteProps) {
  const subContractId = params.subContractId ?? '';
  const quarter = params.quarter ?? '';
  return (
    <WithReturn subContractId={subContractId} quarter={quarter}>
      {(detail) => <QueryForm detail={detail} />}
    </WithReturn>
  );
}

function QueryForm({ detail }: { detail: ReturnDetail }) {
  const asked = new URLSearchParams(location.search).get('path') ?? '';
  const options = queryableFields(detail);
  if (asked && !options.some((o) => o.value === asked)) options.push({ value: asked, label: fieldLabel(detail, asked) });
  const form = useForm(() => RaiseQueryRequest, () => ({ path: asked, question: '' }));
  const v = form.values.value;
  const e = form.errors.value;
  const address = { subContractId: detail.subContractId, quarter: detail.quarter };
  const { submit, busy, attempt } = useHubSubmit(
    form,
    async (query) => {
      await raiseQuery(hubClient, address, query);
      form.reset(v);
      showNotice({ message: `Query sent to ${detail.memberName}. It reaches their devices when they next sync.`, path: returnHref(detail.subContractId, detail.quarter) });
      navigate(returnHref(detail.subContractId, detail.quarter));
    },
    (error) => formErrorsFrom(error, ['path', 'question']),
  );

  return (
    <>
      <ErrorSummary items={form.summary.value} attempt={attempt} />
      <h1 class="app-heading-l">Raise a query</h1>
      <p>
        Ask {detail.memberName} about one figure or answer in version {detail.currentVersion} of this return. They answer
        with a comment, and send a new version if a figure changes.
      </p>
      <CheckedForm onSubmit={submit}>
        <Select
          name="path"
          label="What is the query about?"
          placeholder="Choose a figure or answer"
          options={options}
          value={v.path}
          error={e.path}
          onChange={(x) => form.set('path', x)}
          onBlur={() => form.blur('path')}
        />
        <Textarea
          {...textField(form, 'question')}
          label="Your question"
          hint="Say what looks wrong and what you need from them, in plain words."
          rows={5}
        />
        <SubmitOrCancel label="Send the query" busyLabel="Sending…" busy={busy} cancel={returnHref(detail.subContractId, detail.quarter)} />
      </CheckedForm>
    </>
  );
}
