import { describeDate, describeMoment, londonDateOf } from '../../../core/time';
import type { ReturnSummary } from '../../state/returnsSummary';

/** What has become of the latest version: waiting to send, sent, refused, received, accepted and locked. */
export function ReturnStatusBanners({ summary }: { summary: ReturnSummary }) {
  const { latest, stage } = summary;
  const seal = latest?.seal ?? null;
  if (stage === 'accepted') {
    const at = summary.latestRow?.hub?.acceptedAt ?? latest?.updatedAt ?? null;
    return (
      <div class="app-notification-banner" role="region" aria-labelledby="locked-title" data-testid="return-locked">
        <div class="app-notification-banner__header">
          <h2 class="app-notification-banner__title" id="locked-title">
            Locked
          </h2>
        </div>
        <div class="app-notification-banner__content">
          <p class="app-notification-banner__heading">
            Accepted by the hub{at ? ` on ${describeDate(londonDateOf(at))}` : ''}; this return is locked.
          </p>
        </div>
      </div>
    );
  }
  if (stage === 'refused') {
    return (
      <div class="app-error-summary" role="alert" aria-labelledby="refused-title" data-testid="return-refused">
        <h2 class="app-error-summary__title" id="refused-title">
          The hub could not accept this return
        </h2>
        <ul class="app-error-summary__list">
          {(summary.waiting?.findings ?? []).map((f) => (
            <li key={f.ruleId + f.path}>{f.message}</li>
          ))}
        </ul>
        <p>Start a new version to put it right.</p>
      </div>
    );
  }
  if (!seal || summary.draft) return null;
  const sealedLine = (
    <p>
      Sealed by {seal.managerName} on {describeMoment(seal.sealedAtDevice)} by this device’s clock
      {describeMoment(seal.sealedAtCorrected) !== describeMoment(seal.sealedAtDevice) ? ` (${describeMoment(seal.sealedAtCorrected)} by the hub’s clock)` : ''}.
    </p>
  );
  const heading =
    stage === 'waiting to send' ? 'Sealed — it will be sent when you are online' : stage === 'sent' ? 'Sealed and sent' : summary.stageLabel;
  return (
    <div class="app-notification-banner app-notification-banner--success" role="region" aria-labelledby="sealed-title" data-testid="return-sealed">
      <div class="app-notification-banner__header">
        <h2 class="app-notification-banner__title" id="sealed-title">
          Version {latest!.version}
        </h2>
      </div>
      <div class="app-notification-banner__content">
        <p class="app-notification-banner__heading" aria-live="polite" data-testid="sealed-heading">
          {heading}
        </p>
        {sealedLine}
      </div>
    </div>
  );
}
