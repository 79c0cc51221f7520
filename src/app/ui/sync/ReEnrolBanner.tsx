import { syncProblem } from '../../state/sync';
import './sync.css';

/**
 * Shown on every screen when the hub refused this device's token (401): the device must be set
 * up again with a new code. Its records stay on it and are sent once it is.
 */
export function ReEnrolBanner() {
  if (syncProblem.value?.kind !== 'needs-enrolment') return null;
  return (
    <div class="app-notification-banner app-re-enrol" role="region" aria-labelledby="app-re-enrol-title" data-testid="re-enrol">
      <div class="app-notification-banner__header">
        <h2 class="app-notification-banner__title" id="app-re-enrol-title">
          Important
        </h2>
      </div>
      <div class="app-notification-banner__content">
        <p class="app-notification-banner__heading">Set this device up again to keep sending your work</p>
        <p>
          The hub no longer recognises this device, so nothing can be sent to it. Nothing you recorded is lost: it stays
          on this device and is sent once it is set up again.
        </p>
        <a href="/enrol" class="app-button app-sync-button-link">
          Set up this device again
        </a>
      </div>
    </div>
  );
}
