import type { SubContractRow } from './words';

/** P3 in GOV.UK warning text: each reason the sub-contract is flagged, in the hub's words. */
export function EarlyWarning({ warning }: { warning: SubContractRow['earlyWarning'] }) {
  if (!warning.warning) return <p data-testid="early-warning">No early warning.</p>;
  return (
    <div class="app-hub-warning app-hub-warning--list" data-testid="early-warning">
      <strong>
        <span class="app-visually-hidden">Warning: </span>
        Early warning
      </strong>
      <ul class="app-list app-list--bullet">
        {warning.reasons.map((reason) => (
          <li key={`${reason.rule}-${reason.indicatorId}`}>{reason.message}</li>
        ))}
      </ul>
    </div>
  );
}
