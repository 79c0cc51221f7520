/// <reference lib="webworker" />
// The service worker: precache the app shell, answer navigations with index.html, and never
// touch /api. It does not skip waiting by itself: the page asks (SKIP_WAITING) only after the
// person chose "Reload to update" and nothing was unsynced (src/app/sw-bridge.ts).
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { isSkipWaitingMessage, SYNC_WAKE } from './messages';

declare let self: ServiceWorkerGlobalScope;

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// Any page of the app loads offline: the router in the app decides what to show. /api is
// denylisted so API calls always go to the network (the outbox in the app handles failure).
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html'), { denylist: [/^\/api(\/|$)/] }));

// Take control of pages on first install so the very first visit already works offline.
// An update still waits: claiming only happens when this worker activates.
clientsClaim();

self.addEventListener('message', (event) => {
  if (isSkipWaitingMessage(event.data)) void self.skipWaiting();
});

// Background Sync only wakes the app's own outbox (DESIGN §5); it never queues requests itself.
type SyncEvent = ExtendableEvent & { readonly tag: string };

self.addEventListener('sync', (event) => {
  const { tag } = event as SyncEvent;
  (event as SyncEvent).waitUntil(wakeClients(tag));
});

async function wakeClients(tag: string): Promise<void> {
  const clients = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  for (const client of clients) client.postMessage({ type: SYNC_WAKE, tag });
}
