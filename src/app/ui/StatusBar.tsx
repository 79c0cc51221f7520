import type { ComponentChildren } from 'preact';
import { isOnline } from '../state/connectivity';

export type StatusBarProps = {
  /** "Items waiting to sync" (filled by the sync client). */
  waiting?: ComponentChildren;
  /** "Last sync" (filled by the sync client). */
  lastSync?: ComponentChildren;
  /** "Next deadline" (filled once returns and deadlines exist). */
  nextDeadline?: ComponentChildren;
};

/**
 * Always visible (DESIGN §7): connection state now; the other slots render only when given.
 * State is said in words, never by colour alone.
 */
export function StatusBar({ waiting, lastSync, nextDeadline }: StatusBarProps) {
  const online = isOnline.value;
  return (
    <section class="app-status-bar" aria-label="Status">
      <ul class="app-width-container app-status-bar__list">
        <li class={`app-status-bar__item app-connection app-connection--${online ? 'online' : 'offline'}`}>
          <span class="app-connection__mark" aria-hidden="true" />
          <span aria-live="polite" data-testid="connection-status">
            <span class="app-visually-hidden">Connection: </span>
            {online ? 'Online' : 'Offline'}
          </span>
        </li>
        {waiting != null && <li class="app-status-bar__item">{waiting}</li>}
        {lastSync != null && <li class="app-status-bar__item">{lastSync}</li>}
        {nextDeadline != null && <li class="app-status-bar__item">{nextDeadline}</li>}
      </ul>
    </section>
  );
}
