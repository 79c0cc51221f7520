import { z } from 'zod';
import { ReopenReturnRequest, type ReturnDetail } from '../../../../core/hub-api';
import { reopenReturn } from '../../../hub-api';
import { hubClient } from '../../../state/hubSession';
import { showNotice } from '../../../state/notice';
import { navigate } from '../../../state/router';
import type { RouteProps } from '../../routes';
import { ReasonForm } from '../components/ReasonForm';
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
  const back = returnHref(detail.subContractId, detail.quarter);
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
  return (
    <ReasonForm
      schema={ReopenForm}
      label="Why are you reopening it?"
      hint="This goes in the return’s audit trail, and the member sees it."
      button="Reopen the return"
      busyButton="Reopening…"
      warning
      cancel={back}
      send={async (answers) => {
        await reopenReturn(hubClient, { subContractId: detail.subContractId, quarter: detail.quarter }, answers);
        showNotice({ message: 'Return reopened. The member can send a new version.', path: back });
        navigate(back);
      }}
    >
      <h1 class="app-heading-l">Reopen this return</h1>
      <p>The return will no longer be accepted. The member can change it and send a new version, which you check again.</p>
    </ReasonForm>
  );
}
