import { isEnrolled } from '../../state/appState';
import { isOnline } from '../../state/connectivity';
import { lastSyncAt, syncClock, syncProblem, syncProgress, syncRetryAt, syncRunning } from '../../state/sync';
import { SyncProgressBar } from './SyncProgressBar';
import { problemSentence, timeAgo } from './syncWords';
import './sync.css';

/**
 * The status bar's sync item (DESIGN §7), always visible once the device is enrolled: when it
 * last synced, what went wrong in plain English, and a progress bar while many changes go up.
 */
export function SyncStatus() {
  if (!isEnrolled.value) return null;
  const now = syncClock.value;
  const last = lastSyncAt.value;
  const problem = syncProblem.value;
  return (
    <span class="app-sync-status" data-testid="sync-status">
      <span data-testid="last-sync">{syncRunning.value ? 'Syncing…' : last ? `Last synced ${timeAgo(last, now)}` : 'Not synced yet'}</span>
      {problem && (
        <span class="app-sync-status__problem" data-testid="sync-problem">
          {problemSentence(problem, syncRetryAt.value, now, isOnline.value)}
        </span>
      )}
      <SyncProgressBar progress={syncProgress.value} compact />
      <a href="/sync" class="app-sync-status__link">
        Sync details
      </a>
      {/* Announced once per kind of problem, not at every tick of the countdown. */}
      <span class="app-visually-hidden" aria-live="polite">
        {problem ? (problem.kind === 'needs-enrolment' ? 'This device needs to be set up again.' : 'Sync is not working at the moment.') : ''}
      </span>
    </span>
  );
}
