import { listDevices, revokeDevice } from '../../hub-api';
import { hubClient } from '../../state/hubSession';
import { showNotice } from '../../state/notice';
import { navigate } from '../../state/router';
import type { RouteProps } from '../routes';
import { BackLink } from '../components/BackLink';
import { Loaded } from './components/Loaded';
import { StaffOnly } from './components/StaffOnly';
import { moment } from './format';
import { useHubData } from './useHubData';
import { ConfirmAction } from './components/ConfirmAction';

/** "Are you sure?" before a device loses access: revoking cannot be undone. */
export function RevokeDevicePage({ params }: RouteProps) {
  return (
    <StaffOnly>
      <ConfirmRevoke memberId={params.memberId ?? ''} deviceId={params.deviceId ?? ''} />
    </StaffOnly>
  );
}

function ConfirmRevoke({ memberId, deviceId }: { memberId: string; deviceId: string }) {
  const memberPage = `/hub/members/${encodeURIComponent(memberId)}`;
  const { result, reload } = useHubData(
    async (client) => (await listDevices(client, memberId)).devices.find((d) => d.id === deviceId) ?? null,
    `${memberId}/${deviceId}`,
  );

  return (
    <>
      <BackLink href={memberPage}>Back to the member’s devices</BackLink>
      <Loaded data={result} retry={reload} what="the device">
        {(device) =>
          !device ? (
            <>
              <h1 class="app-heading-l">Device not found</h1>
              <p>This member has no such device. It may have been set up for another member.</p>
            </>
          ) : device.revoked ? (
            <>
              <h1 class="app-heading-l">{device.name} is already revoked</h1>
              <p>It was revoked {moment(device.revokedAt)}.</p>
            </>
          ) : (
            <ConfirmAction
              heading={`Revoke ${device.name}?`}
              warning="The device will no longer be able to send records or receive updates. This cannot be undone."
              after={
                <p>
                  Records on the device stay on it. Anything it has not sent yet reaches the hub only if the device is set up again
                  with a new enrolment code.
                </p>
              }
              button="Revoke this device"
              busyButton="Revoking…"
              cancel={memberPage}
              act={async () => {
                const revoked = await revokeDevice(hubClient, deviceId);
                showNotice({ message: `${revoked.name} has been revoked. It can no longer sync with the hub.`, path: memberPage });
                navigate(memberPage);
              }}
            >
              <p>
                It was set up {moment(device.enrolledAt)} and last synced {moment(device.lastSeenAt, 'never')}.
              </p>
            </ConfirmAction>
          )
        }
      </Loaded>
    </>
  );
}
