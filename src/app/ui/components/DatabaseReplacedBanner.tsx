import { databaseReplaced } from '../../state/appState';

/** Another tab upgraded the app's database: this tab has let go of it and must reload. */
export function DatabaseReplacedBanner() {
  if (!databaseReplaced.value) return null;
  return (
    <div class="app-notification-banner" role="alert" aria-labelledby="db-replaced-title">
      <div class="app-notification-banner__header">
        <h2 class="app-notification-banner__title" id="db-replaced-title">
          Important
        </h2>
      </div>
      <div class="app-notification-banner__content">
        <p class="app-notification-banner__heading">The app was updated in another tab or window</p>
        <p>Reload this page to keep working. Everything you saved is kept.</p>
        <button type="button" class="app-button" onClick={() => window.location.reload()}>
          Reload
        </button>
      </div>
    </div>
  );
}
