import { SYNC_WAKE } from '../../sw/messages';

/**
 * The service worker's Background Sync event only wakes the app (DESIGN §5): it posts
 * { type: 'SYNC_WAKE', tag } to open pages, and the sync client subscribes here to push its
 * outbox. Nothing is queued in the service worker itself.
 */
export type SyncWakeListener = (tag: string) => void;

const listeners = new Set<SyncWakeListener>();

/** Calls `listener` each time the service worker wakes the app. Returns an unsubscribe function. */
export function onSyncWake(listener: SyncWakeListener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Forwards SYNC_WAKE messages arriving on `container` (navigator.serviceWorker) to the listeners. */
export function listenForSyncWake(container: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>): () => void {
  const handle = (event: Event) => {
    const data: unknown = (event as MessageEvent).data;
    if (typeof data !== 'object' || data === null) return;
    const { type, tag } = data as { type?: unknown; tag?: unknown };
    if (type !== SYNC_WAKE) return;
    for (const listener of [...listeners]) listener(typeof tag === 'string' ? tag : '');
  };
  container.addEventListener('message', handle);
  return () => container.removeEventListener('message', handle);
}
