import { issuedEnrolmentCode } from '../../state/hubEnrolment';
import type { RouteProps } from '../routes';
import { BackLink } from '../components/BackLink';
import { StaffOnly } from './components/StaffOnly';
import { moment } from './format';

/** The code just created, large and clear, with what to do on the tablet. */
export function EnrolmentCodePage({ params }: RouteProps) {
  return (
    <StaffOnly>
      <ShowCode memberId={params.memberId ?? ''} />
    </StaffOnly>
  );
}

function ShowCode({ memberId }: { memberId: string }) {
  const memberPage = `/hub/members/${encodeURIComponent(memberId)}`;
  const issued = issuedEnrolmentCode.value;
  if (!issued || issued.memberId !== memberId) {
    // The hub keeps only a hash: a code is shown once, on the page that created it.
    return (
      <>
        <BackLink href={memberPage}>Back to the member’s devices</BackLink>
        <h1 class="app-heading-l">This enrolment code can no longer be shown</h1>
        <p>For safety, a code is shown only once, straight after it is created. Create a new one if you need it.</p>
        <a class="app-button" href={memberPage}>
          Go to the member’s devices
        </a>
      </>
    );
  }
  return (
    <>
      <div class="app-hub-panel">
        <h1 class="app-hub-panel__title">Enrolment code for {issued.memberName}</h1>
        <p class="app-hub-code" data-testid="enrolment-code">
          {issued.code}
        </p>
        <p class="app-hub-panel__body" data-testid="enrolment-code-expiry">
          It works once, until {moment(issued.expiresAt)}
        </p>
      </div>
      <h2 class="app-heading-m">What to do on the tablet</h2>
      <ol class="app-list app-list--number">
        <li>
          Connect the tablet to the internet and open <strong>{location.origin}</strong> in its browser.
        </li>
        <li>Choose “Set up this device”.</li>
        <li>
          Enter the enrolment code <strong>{issued.code}</strong>, and a name that tells the member’s devices apart, for
          example “Hall tablet 1”.
        </li>
        <li>Once set up, the tablet works offline too. It will show in this member’s list of devices.</li>
      </ol>
      <p>Give the code only to the person setting up the device. If it is lost or not used in time, create a new one.</p>
      <p>
        <a href={memberPage}>Back to {issued.memberName}’s devices</a>
      </p>
    </>
  );
}
