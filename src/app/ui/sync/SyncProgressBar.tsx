import type { SyncProgress } from '../../sync/syncOnce';

/** Below this many changes a sync is over before a bar could say anything. */
export const PROGRESS_FROM = 20;

/** "Sending 120 of 500 changes" with a <progress> bar, while many changes go up. */
export function SyncProgressBar({ progress, compact = false }: { progress: SyncProgress | null; compact?: boolean }) {
  if (!progress || progress.phase !== 'pushing' || progress.total < PROGRESS_FROM) return null;
  const id = compact ? 'app-sync-progress-bar' : 'app-sync-progress-page';
  const label = `Sending ${progress.sent.toLocaleString('en-GB')} of ${progress.total.toLocaleString('en-GB')} changes`;
  return (
    <span class={`app-sync-progress${compact ? ' app-sync-progress--compact' : ''}`} data-testid="sync-progress">
      <label for={id}>{label}</label>
      <progress id={id} max={progress.total} value={progress.sent}>
        {label}
      </progress>
    </span>
  );
}
