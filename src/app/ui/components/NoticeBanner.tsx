import { useEffect, useState } from 'preact/hooks';
import { clearNotice, notice } from '../../state/notice';
import { currentPath } from '../../state/router';

/**
 * GOV.UK success banner for the last action ("Contact saved"), announced by screen readers
 * (aria-live). It belongs to the page it was shown on and goes when the person moves on.
 */
export function NoticeBanner() {
  const current = notice.value;
  const path = currentPath.value;
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (current && current.path !== path) clearNotice();
  }, [path]);
  return (
    <div aria-live="polite" data-testid="notice">
      {current && current.path === path && (
        <div class="app-notification-banner app-notification-banner--success" role="region" aria-labelledby="notice-title">
          <div class="app-notification-banner__header">
            <h2 class="app-notification-banner__title" id="notice-title">
              Success
            </h2>
          </div>
          <div class="app-notification-banner__content">
            <p class="app-notification-banner__heading">{current.message}</p>
            {current.undo && (
              <div class="app-notification-banner__actions">
                <button
                  type="button"
                  class="app-button app-button--secondary app-button--small"
                  disabled={busy}
                  onClick={async () => {
                    setBusy(true);
                    try {
                      await current.undo!.run();
                    } finally {
                      setBusy(false);
                    }
                  }}
                >
                  {current.undo.label}
                </button>
              </div>
            )}
          </div>
        </div>
      )}
    </div>
  );
}
