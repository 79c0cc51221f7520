import { isEnrolled, outboxCounts } from '../../state/appState';

/** The status bar's "items waiting to sync" (DESIGN §7), once the device is enrolled. */
export function WaitingStatus() {
  if (!isEnrolled.value) return null;
  const { pending, quarantined, conflict } = outboxCounts.value;
  const needPerson = quarantined + conflict;
  return (
    <span data-testid="waiting-count">
      {pending === 0 ? 'Nothing waiting to sync' : `${pending.toLocaleString('en-GB')} waiting to sync`}
      {needPerson > 0 && <strong>{`, ${needPerson} need${needPerson === 1 ? 's' : ''} checking`}</strong>}
    </span>
  );
}
