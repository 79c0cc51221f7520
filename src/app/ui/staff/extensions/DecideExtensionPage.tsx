import { DeclineExtensionRequest, type ExtensionView } from '../../../../core/hub-api';
import { declineExtension, grantExtension, listExtensions } from '../../../hub-api';
import { hubClient } from '../../../state/hubSession';
import { showNotice } from '../../../state/notice';
import { navigate } from '../../../state/router';
import type { RouteProps } from '../../routes';
import { BackLink } from '../../components/BackLink';
import { Loaded } from '../components/Loaded';
import { StaffOnly } from '../components/StaffOnly';
import { day, moment, quarterLabel } from '../format';
import { useHubData } from '../useHubData';
import { ReasonForm } from '../components/ReasonForm';
import { GrantExtensionForm } from './grantForm';

type Decision = 'grant' | 'decline';

/** Grant (with a due date, which may differ from the one asked for) or decline an extension request. */
export function GrantExtensionPage({ params }: RouteProps) {
  return <Decide extensionId={params.extensionId ?? ''} decision="grant" />;
}

export function DeclineExtensionPage({ params }: RouteProps) {
  return <Decide extensionId={params.extensionId ?? ''} decision="decline" />;
}

function Decide({ extensionId, decision }: { extensionId: string; decision: Decision }) {
  return (
    <StaffOnly>
      <DecideInner extensionId={extensionId} decision={decision} />
    </StaffOnly>
  );
}

function DecideInner({ extensionId, decision }: { extensionId: string; decision: Decision }) {
  const { result, reload } = useHubData(
    async (client) => (await listExtensions(client)).extensions.find((e) => e.id === extensionId) ?? null,
    extensionId,
  );
  return (
    <>
      <BackLink href="/hub/extensions">All extension requests</BackLink>
      <Loaded data={result} retry={reload} what="the extension request">
        {(extension) =>
          !extension ? (
            <h1 class="app-heading-l">Extension request not found</h1>
          ) : extension.state !== 'requested' ? (
            <>
              <h1 class="app-heading-l">This request has already been {extension.state}</h1>
              <p>
                <a href="/hub/extensions">Back to the extension requests</a>
              </p>
            </>
          ) : (
            <DecisionForm extension={extension} decision={decision} />
          )
        }
      </Loaded>
    </>
  );
}

function DecisionForm({ extension: e, decision }: { extension: ExtensionView; decision: Decision }) {
  const done = (message: string) => {
    showNotice({ message, path: '/hub/extensions' });
    navigate('/hub/extensions');
  };
  const intro = (
    <>
      <span class="app-caption">
        {e.memberName} — {quarterLabel(e.quarter)}
      </span>
      <h1 class="app-heading-l">{decision === 'grant' ? 'Grant the extension' : 'Decline the extension'}</h1>
      <dl class="app-summary-list">
        <div class="app-summary-list__row">
          <dt class="app-summary-list__key">Asked for</dt>
          <dd class="app-summary-list__value">{day(e.requestedDueDate)}</dd>
        </div>
        <div class="app-summary-list__row">
          <dt class="app-summary-list__key">Their reason</dt>
          <dd class="app-summary-list__value">
            “{e.reason}”
            {e.requestedBy && (
              <span class="app-hub-small app-hub-block">
                {e.requestedBy}
                {e.requestedAt ? `, ${moment(e.requestedAt)}` : ''}
              </span>
            )}
          </dd>
        </div>
      </dl>
    </>
  );
  return decision === 'grant' ? (
    <ReasonForm
      schema={GrantExtensionForm}
      initialDueDate={e.requestedDueDate}
      label="Why are you granting it?"
      hint="The member sees this with the new due date."
      button="Grant the extension"
      busyButton="Granting…"
      cancel="/hub/extensions"
      send={async (answers) => {
        const granted = await grantExtension(hubClient, e.id, answers);
        done(`Extension granted to ${granted.memberName}: the return is now due ${day(granted.grantedDueDate ?? answers.dueDate)}.`);
      }}
    >
      {intro}
    </ReasonForm>
  ) : (
    <ReasonForm
      schema={DeclineExtensionRequest}
      label="Why are you declining it?"
      hint="The member sees this. The return stays due on its usual date."
      button="Decline the extension"
      busyButton="Declining…"
      warning
      cancel="/hub/extensions"
      send={async (answers) => {
        const declined = await declineExtension(hubClient, e.id, answers);
        done(`Extension declined for ${declined.memberName}.`);
      }}
    >
      {intro}
    </ReasonForm>
  );
}
