import { signal } from '@preact/signals';
import type { SyncTrigger } from '../sync/scheduler';
import type { SyncProgress } from '../sync/syncOnce';
import type { SyncProblem } from '../sync/types';

/**
 * What the person sees of sync (DESIGN §7), as signals the sync client (src/app/sync/startSync)
 * keeps up to date. Screens read these and call requestSync; they never call the engine.
 */
export const syncRunning = signal(false);
/** While pushing or pulling: how far it has got. */
export const syncProgress = signal<SyncProgress | null>(null);
/** When the last sync finished without error (ISO), or null if never. */
export const lastSyncAt = signal<string | null>(null);
/** Why the last sync stopped early, or null. */
export const syncProblem = signal<SyncProblem | null>(null);
/** When the sync client will try again by itself after a failure (ms since epoch), or null. */
export const syncRetryAt = signal<number | null>(null);
/** Device clock minus the hub's, in ms, from the last sync. */
export const clockSkewMs = signal<number | null>(null);
/** Now, to the nearest few seconds: for "3 minutes ago" and "in 30 seconds". */
export const syncClock = signal(Date.now());

let requester: ((trigger: SyncTrigger) => void) | null = null;

/** Connects requestSync to the running scheduler (startSync does this). */
export function setSyncRequester(fn: ((trigger: SyncTrigger) => void) | null): void {
  requester = fn;
}

/** Asks for a sync now ("Sync now", a settled conflict…); a no-op before the sync client starts. */
export function requestSync(trigger: SyncTrigger = 'person'): void {
  requester?.(trigger);
}
