import type { ReturnDetail } from '../../../../core/hub-api';
import { returnHref } from './words';

/** What hub staff can do next: one primary action, and the others as links. */
export function ReturnActions({ detail }: { detail: ReturnDetail }) {
  const href = (rest: string) => returnHref(detail.subContractId, detail.quarter, rest);
  const locked = detail.state === 'locked' || detail.state === 'accepted';
  if (detail.state === null) {
    return (
      <div class="app-hub-actions" data-testid="return-actions">
        <p>The hub has not received this return yet.</p>
        <a class="app-button" href={href('/extension')}>
          Grant an extension
        </a>
      </div>
    );
  }
  if (locked) {
    return (
      <div class="app-hub-actions" data-testid="return-actions">
        <p>This return is accepted and locked: the member cannot change it.</p>
        <a class="app-button app-button--secondary" href={href('/reopen')}>
          Reopen this return
        </a>
      </div>
    );
  }
  return (
    <div class="app-hub-actions" data-testid="return-actions">
      {detail.canAccept ? (
        <a class="app-button" href={href('/accept')}>
          Accept this return
        </a>
      ) : (
        <div class="app-inset-text" data-testid="accept-blockers">
          <p>
            <strong>You cannot accept this return yet:</strong>
          </p>
          <ul class="app-list app-list--bullet">
            {detail.acceptBlockers.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </div>
      )}
      <ul class="app-hub-inline-links">
        <li>
          <a href={href('/query')}>Raise a query</a>
        </li>
        {!detail.firstCompleteReceivedAt && (
          <li>
            <a href={href('/extension')}>Grant an extension</a>
          </li>
        )}
      </ul>
    </div>
  );
}
