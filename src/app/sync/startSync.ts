import { effect } from '@preact/signals';
import { liveQuery } from 'dexie';
import { device } from '../state/appState';
import { clockSkewMs, lastSyncAt, setSyncRequester, syncClock, syncProblem, syncProgress, syncRetryAt, syncRunning } from '../state/sync';
import type { AppDb } from '../store/db';
import { onSyncWake } from '../sync-wake';
import { dexieSyncStore, readSyncMeta } from './dexieSyncStore';
import { SyncScheduler, type SchedulerOptions } from './scheduler';
import { syncOnce } from './syncOnce';
import { fetchTransport } from './transport';
import type { Transport } from './types';

export type StartSyncOptions = {
  transport?: Transport;
  /** Background Sync registration (sw-bridge's), to be woken after saves where supported. */
  registration?: () => ServiceWorkerRegistration | undefined;
  scheduler?: Partial<SchedulerOptions>;
};

/** The tag the app registers; the service worker's `sync` event only wakes the app with it. */
export const SYNC_TAG = 'outbox';

/**
 * Starts the sync client in the app (DESIGN §5): a scheduler that syncs at start-up, when the
 * device comes online, when the app becomes visible, a few seconds after saves, every few
 * minutes, when the service worker wakes it, and when the person asks — one sync at a time.
 * Keeps the sync signals up to date. Returns a function that stops it all.
 */
export function startSync(db: AppDb, options: StartSyncOptions = {}): () => void {
  const store = dexieSyncStore(db);
  const transport = options.transport ?? fetchTransport();
  const stops: (() => void)[] = [];

  const refreshMeta = async () => {
    const meta = await readSyncMeta(db);
    lastSyncAt.value = meta.lastSyncAt;
    syncProblem.value = meta.problem;
    clockSkewMs.value = meta.clockSkewMs;
  };
  const scheduler = new SyncScheduler({
    run: async () => {
      try {
        return await syncOnce({ store, transport, onProgress: (progress) => (syncProgress.value = progress) });
      } finally {
        syncProgress.value = null;
        await refreshMeta().catch(() => undefined);
      }
    },
    onState: (state) => {
      syncRunning.value = state.running;
      syncRetryAt.value = state.retryAt;
    },
    ...options.scheduler,
  });
  void refreshMeta();
  setSyncRequester((trigger) => scheduler.request(trigger));
  stops.push(() => setSyncRequester(null));

  // A save adds to the outbox: sync a little later, and ask the browser to wake us if the page goes.
  let lastPending = -1;
  const watch = liveQuery(() => db.outbox.where('status').equals('pending').count()).subscribe({
    next: (pending) => {
      if (lastPending >= 0 && pending > lastPending) {
        scheduler.request('save');
        void registerBackgroundSync(options.registration?.());
      }
      lastPending = pending;
    },
    error: (error: unknown) => console.error('Watching the outbox failed', error),
  });
  stops.push(() => watch.unsubscribe());

  // Enrolled (first time or again): a new token, so sync at once, whatever stopped us before.
  // `undefined` is "not read yet" (start-up), which the start request already covers.
  let enrolledAs: string | null | undefined;
  stops.push(
    effect(() => {
      const row = device.value;
      if (row === undefined) return;
      const id = row?.deviceId ?? null;
      if (id && enrolledAs !== undefined && id !== enrolledAs) {
        if (syncProblem.value?.kind === 'needs-enrolment') syncProblem.value = null;
        scheduler.request('enrolled');
      }
      enrolledAs = id;
    }),
  );

  const onOnline = () => scheduler.request('online');
  const onVisible = () => {
    if (document.visibilityState === 'visible') scheduler.request('visible');
  };
  window.addEventListener('online', onOnline);
  document.addEventListener('visibilitychange', onVisible);
  stops.push(() => window.removeEventListener('online', onOnline), () => document.removeEventListener('visibilitychange', onVisible));
  stops.push(onSyncWake(() => scheduler.request('wake')));

  const tick = setInterval(() => (syncClock.value = Date.now()), 5_000);
  stops.push(() => clearInterval(tick));

  scheduler.start();
  scheduler.request('start');
  stops.push(() => scheduler.stop());
  return () => {
    for (const stop of stops.splice(0).reverse()) stop();
  };
}

/** Asks the browser to fire the service worker's `sync` event when online (Chromium only). */
async function registerBackgroundSync(registration: ServiceWorkerRegistration | undefined): Promise<void> {
  const sync = (registration as (ServiceWorkerRegistration & { sync?: { register(tag: string): Promise<void> } }) | undefined)?.sync;
  try {
    await sync?.register(SYNC_TAG);
  } catch {
    // Not allowed (e.g. no permission): the app's own triggers still sync.
  }
}
