import { grantExtensionUnrequested } from '../../../hub-api';
import { hubClient } from '../../../state/hubSession';
import { showNotice } from '../../../state/notice';
import { navigate } from '../../../state/router';
import type { RouteProps } from '../../routes';
import { day } from '../format';
import { WithReturn } from '../returns/WithReturn';
import { returnHref } from '../returns/words';
import { ReasonForm } from '../components/ReasonForm';
import { GrantExtensionForm } from './grantForm';

/** Hub staff give one return a new due date without a request (e.g. after a phone call). */
export function GrantUnrequestedPage({ params }: RouteProps) {
  return (
    <WithReturn subContractId={params.subContractId ?? ''} quarter={params.quarter ?? ''}>
      {(detail) => {
        const back = returnHref(detail.subContractId, detail.quarter);
        return (
          <ReasonForm
            schema={GrantExtensionForm}
            initialDueDate=""
            label="Why are you granting it?"
            hint="The member sees this with the new due date."
            button="Grant the extension"
            busyButton="Granting…"
            cancel={back}
            send={async (answers) => {
              const granted = await grantExtensionUnrequested(hubClient, detail, answers);
              showNotice({ message: `Extension granted: the return is now due ${day(granted.grantedDueDate ?? answers.dueDate)}.`, path: back });
              navigate(back);
            }}
          >
            <h1 class="app-heading-l">Grant an extension</h1>
            <p>
              The return is due {day(detail.timeliness.due.dueDate)}. A new due date replaces it, and the return counts as on
              time if it reaches the hub by then.
            </p>
          </ReasonForm>
        );
      }}
    </WithReturn>
  );
}
