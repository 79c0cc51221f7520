import { describeMoment } from '../../../core/time';
import { isEnrolled, outboxCounts } from '../../state/appState';
import { isOnline } from '../../state/connectivity';
import { clockSkewMs, lastSyncAt, requestSync, syncClock, syncProblem, syncProgress, syncRetryAt, syncRunning } from '../../state/sync';
import { NoticeBanner } from '../components/NoticeBanner';
import type { RouteProps } from '../routes';
import { ChangesNeedingPerson } from './ChangesNeedingPerson';
import { SyncProgressBar } from './SyncProgressBar';
import { plural, problemSentence, timeAgo } from './syncWords';
import './sync.css';

/** /sync — what is waiting, when the device last synced, what went wrong, and "Sync now". */
export function SyncPage(_props: RouteProps) {
  if (!isEnrolled.value) {
    return (
      <>
        <h1 class="app-heading-l">Sync</h1>
        <p>This device is not set up yet, so it has nothing to send.</p>
        <a href="/enrol" class="app-button app-sync-button-link">
          Set up this device
        </a>
      </>
    );
  }
  const now = syncClock.value;
  const { pending, quarantined, conflict } = outboxCounts.value;
  const last = lastSyncAt.value;
  const problem = syncProblem.value;
  const running = syncRunning.value;
  const rows: [string, string, string][] = [
    ['Waiting to sync', pending === 0 ? 'Nothing' : plural(pending, 'change'), 'sync-waiting'],
    ['Need checking', quarantined + conflict === 0 ? 'None' : plural(quarantined + conflict, 'change'), 'sync-need-checking'],
    ['Last synced', last ? `${timeAgo(last, now)} (${describeMoment(last)})` : 'Not yet', 'sync-last'],
    ['Status', running ? 'Syncing now' : problem ? problemSentence(problem, syncRetryAt.value, now, isOnline.value) : 'Working normally', 'sync-state'],
  ];
  const skew = clockSkewMs.value;
  if (skew !== null && Math.abs(skew) >= 60_000) {
    rows.push(['This device’s clock', `${plural(Math.round(Math.abs(skew) / 60_000), 'minute')} ${skew > 0 ? 'fast' : 'slow'}`, 'sync-clock']);
  }
  return (
    <>
      <NoticeBanner />
      <h1 class="app-heading-l">Sync</h1>
      <p>
        What you record is kept on this device and sent to the hub whenever there is a connection, without you doing
        anything. You can carry on working while it happens.
      </p>
      <dl class="app-summary-list">
        {rows.map(([key, value, id]) => (
          <div class="app-summary-list__row" key={key}>
            <dt class="app-summary-list__key">{key}</dt>
            <dd class="app-summary-list__value" data-testid={id}>
              {value}
            </dd>
          </div>
        ))}
      </dl>
      <SyncProgressBar progress={syncProgress.value} />
      {problem?.kind === 'needs-enrolment' ? (
        <a href="/enrol" class="app-button app-sync-button-link">
          Set up this device again
        </a>
      ) : (
        <button type="button" class="app-button" disabled={running} aria-disabled={running} onClick={() => requestSync('person')}>
          Sync now
        </button>
      )}
      <ChangesNeedingPerson />
    </>
  );
}
