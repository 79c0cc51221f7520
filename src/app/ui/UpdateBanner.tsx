import { applyUpdate, updateReady, updateRefusalReasons } from '../sw-bridge';

/** GOV.UK notification banner offering the waiting version; it never reloads by itself. */
export function UpdateBanner() {
  if (!updateReady.value) return null;
  const reasons = updateRefusalReasons.value;
  return (
    <div class="app-notification-banner" role="region" aria-labelledby="app-update-banner-title">
      <div class="app-notification-banner__header">
        <h2 class="app-notification-banner__title" id="app-update-banner-title">
          Important
        </h2>
      </div>
      <div class="app-notification-banner__content">
        <p class="app-notification-banner__heading">A new version is ready</p>
        <p>Reload the app to start using it. The app reloads only when you choose.</p>
        <div role="alert">
          {reasons.length > 0 && (
            <div class="app-update-blocked">
              <p>You cannot update yet:</p>
              <ul class="app-list app-list--bullet">
                {reasons.map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
              <p>Try again when this is sorted.</p>
            </div>
          )}
        </div>
        <button type="button" class="app-button" onClick={() => applyUpdate()}>
          Reload to update
        </button>
      </div>
    </div>
  );
}
