import type { Workbox } from 'workbox-window';
import { listenForSyncWake } from './sync-wake';
import { tryApplyUpdate, updateReady } from './state/update';

// The one module that talks to the service worker (after squoosh's sw-bridge). It registers
// the worker, notices a waiting new version, and applies it only when the person asks and no
// update blocker objects. The page never reloads by itself.

export { updateReady, updateRefusalReasons, registerUpdateBlocker } from './state/update';
export type { UpdateBlocker } from './state/update';
export { onSyncWake } from './sync-wake';
export type { SyncWakeListener } from './sync-wake';

export type ServiceWorkerOptions = {
  /** Where the built worker is served. */
  scriptUrl?: string;
  /** How often to look for a new version while the app is open. */
  updateIntervalMs?: number;
  /** How to reload once the new version controls the page (injectable for tests). */
  reload?: () => void;
};

const THIRTY_MINUTES = 30 * 60 * 1000;

let workbox: Workbox | undefined;
let registration: ServiceWorkerRegistration | undefined;
let reloadPage: () => void = () => window.location.reload();
// Set only by applyUpdate: the first install also fires 'controlling', and must not reload.
let reloadWhenControlled = false;

/** Registers the service worker and starts watching for updates. Returns a function that stops watching. */
export async function startServiceWorker(options: ServiceWorkerOptions = {}): Promise<() => void> {
  if (!('serviceWorker' in navigator)) return () => {};
  const { scriptUrl = '/sw.js', updateIntervalMs = THIRTY_MINUTES } = options;
  if (options.reload) reloadPage = options.reload;

  // Its own chunk, fetched after the first screen: nothing before it needs the worker. A worker
  // already waiting when we register still raises 'waiting', so the update prompt is not missed.
  const { Workbox } = await import('workbox-window');
  const wb = new Workbox(scriptUrl, { scope: '/' });
  workbox = wb;
  wb.addEventListener('waiting', () => {
    updateReady.value = true;
  });
  wb.addEventListener('controlling', (event) => {
    if (reloadWhenControlled) reloadPage();
    // Another tab applied an update: this page still runs the old code until the person reloads.
    else if (event.isUpdate) updateReady.value = true;
  });
  const stopWake = listenForSyncWake(navigator.serviceWorker);
  registration = await wb.register();

  const onVisible = () => {
    if (document.visibilityState === 'visible') void checkForUpdate();
  };
  const timer = setInterval(() => void checkForUpdate(), updateIntervalMs);
  document.addEventListener('visibilitychange', onVisible);
  return () => {
    clearInterval(timer);
    document.removeEventListener('visibilitychange', onVisible);
    stopWake();
  };
}

/** Asks the browser to fetch sw.js again; a changed worker installs and waits. Never throws. */
export async function checkForUpdate(): Promise<void> {
  try {
    await workbox?.update();
  } catch {
    // Offline or the hub is down: the next periodic check tries again.
  }
}

/**
 * Switches to the waiting version and reloads, if no update blocker objects. Returns false
 * (and the banner shows the reasons) when refused.
 */
export function applyUpdate(): boolean {
  return tryApplyUpdate(() => {
    if (workbox && registration?.waiting) {
      reloadWhenControlled = true;
      workbox.messageSkipWaiting();
    } else {
      // Already active (another tab applied it) or no service worker: a reload is enough.
      reloadPage();
    }
  });
}

/** The service worker registration once started (the sync client uses it for Background Sync). */
export function getServiceWorkerRegistration(): ServiceWorkerRegistration | undefined {
  return registration;
}
