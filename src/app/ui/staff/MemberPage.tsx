import { useState } from 'preact/hooks';
import type { DeviceSummary } from '../../../core/hub-api';
import { listDevices, listMembers } from '../../hub-api';
import { issueEnrolmentCode } from '../../state/hubEnrolment';
import { navigate } from '../../state/router';
import type { RouteProps } from '../routes';
import { BackLink } from '../components/BackLink';
import { Loaded } from './components/Loaded';
import { StaffOnly } from './components/StaffOnly';
import { count, moment } from './format';
import { asHubError, useHubData } from './useHubData';

/** One member: its devices (with Revoke), and "Create an enrolment code" for a new one. */
export function MemberPage({ params }: RouteProps) {
  return (
    <StaffOnly>
      <MemberDevices memberId={params.memberId ?? ''} />
    </StaffOnly>
  );
}

function MemberDevices({ memberId }: { memberId: string }) {
  const { result, reload } = useHubData(async (client) => {
    const [{ members }, { devices }] = await Promise.all([listMembers(client), listDevices(client, memberId)]);
    return { member: members.find((m) => m.id === memberId), devices };
  }, memberId);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const createCode = async () => {
    if (busy) return;
    setBusy(true);
    setProblem(null);
    try {
      await issueEnrolmentCode(memberId);
      navigate(`/hub/members/${encodeURIComponent(memberId)}/enrolment-code`);
    } catch (error) {
      setProblem(asHubError(error).message);
      setBusy(false);
    }
  };

  return (
    <>
      <BackLink href="/hub/members">All members</BackLink>
      <Loaded data={result} retry={reload} what="this member’s devices">
        {({ member, devices }) => (
          <>
            {problem && (
              <div class="app-error-summary" role="alert" tabIndex={-1}>
                <h2 class="app-error-summary__title">There is a problem</h2>
                <p>{problem}</p>
              </div>
            )}
            <span class="app-caption">Member</span>
            <h1 class="app-heading-l">{member?.name ?? 'Member'}</h1>
            <p>
              To set up a new tablet or phone for this member, create an enrolment code and give it to the person setting up
              the device. Each code works once, for 24 hours.
            </p>
            <button type="button" class="app-button" disabled={busy} onClick={() => void createCode()} data-testid="create-enrolment-code">
              {busy ? 'Creating a code…' : 'Create an enrolment code'}
            </button>
            <DevicesTable memberId={memberId} devices={devices} />
          </>
        )}
      </Loaded>
    </>
  );
}

function DevicesTable({ memberId, devices }: { memberId: string; devices: DeviceSummary[] }) {
  if (devices.length === 0) {
    return (
      <>
        <h2 class="app-heading-m">Devices</h2>
        <p data-testid="no-devices">No devices are set up for this member yet.</p>
      </>
    );
  }
  const active = devices.filter((d) => !d.revoked).length;
  return (
    <div class="app-hub-scroll" role="region" aria-labelledby="devices-caption" tabIndex={0}>
      <table class="app-table" data-testid="devices-table">
        <caption class="app-table__caption" id="devices-caption">
          Devices: {count(active, 'in use', 'in use')}
          {devices.length > active ? `, ${count(devices.length - active, 'revoked', 'revoked')}` : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col">Device</th>
            <th scope="col">Set up</th>
            <th scope="col">Last seen</th>
            <th scope="col">Status</th>
            <th scope="col">
              <span class="app-visually-hidden">Action</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {devices.map((d) => (
            <tr key={d.id} data-testid="device-row">
              <th scope="row">{d.name}</th>
              <td>{moment(d.enrolledAt)}</td>
              <td>{moment(d.lastSeenAt, 'Not synced yet')}</td>
              <td>
                {d.revoked ? (
                  <>
                    <span class="app-tag app-tag--grey">Revoked</span>
                    {d.revokedAt && <span class="app-hub-small"> {moment(d.revokedAt)}</span>}
                  </>
                ) : (
                  <span class="app-tag app-tag--green">In use</span>
                )}
              </td>
              <td>
                {!d.revoked && (
                  <a href={`/hub/members/${encodeURIComponent(memberId)}/devices/${encodeURIComponent(d.id)}/revoke`}>
                    Revoke<span class="app-visually-hidden"> {d.name}</span>
                  </a>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
