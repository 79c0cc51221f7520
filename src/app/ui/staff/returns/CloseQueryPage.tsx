import { CloseQueryRequest, type ReturnDetail } from '../../../../core/hub-api';
import { closeQuery } from '../../../hub-api';
import { hubClient } from '../../../state/hubSession';
import { showNotice } from '../../../state/notice';
import { navigate } from '../../../state/router';
import type { RouteProps } from '../../routes';
import { ReasonForm } from '../components/ReasonForm';
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
  const back = returnHref(detail.subContractId, detail.quarter);
  const query = detail.queries.find((q) => q.id === queryId);
  if (!query || query.state === 'closed') {
    return (
      <>
        <h1 class="app-heading-l">{query ? 'This query is already closed' : 'Query not found'}</h1>
        <a href={back}>Back to the return</a>
      </>
    );
  }
  return (
    <ReasonForm
      schema={CloseQueryRequest}
      text={{ name: 'note' }}
      label="Note (optional)"
      hint="For the audit trail, for example why the answer is enough."
      rows={3}
      button="Close the query"
      busyButton="Closing…"
      cancel={back}
      send={async (answers) => {
        await closeQuery(hubClient, queryId, answers.note);
        showNotice({ message: 'Query closed.', path: back });
        navigate(back);
      }}
    >
      <h1 class="app-heading-l">Close the query on {fieldLabel(detail, query.path)}</h1>
      <blockquote class="app-hub-quote">{query.question}</blockquote>
      <p>{query.answers.length === 0 ? 'The member has not answered yet.' : `The member answered: “${query.answers[query.answers.length - 1]?.comment}”`}</p>
    </ReasonForm>
  );
}
