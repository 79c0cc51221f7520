import { describe, expect, it } from 'vitest';
import type { LaunchedBrowser } from './support/chromium';
import type { TestHub } from './support/hub';
import { hubAndBrowserForFile } from './support/hub-and-browser';
import { waitForServiceWorkerControl } from './support/service-worker';

// The service worker's Background Sync event must only wake the open app (DESIGN §5).
describe('Background Sync wake-up', () => {
  let hub: TestHub;
  let browser: LaunchedBrowser;

  hubAndBrowserForFile((h, b) => {
    hub = h;
    browser = b;
  });

  it('posts SYNC_WAKE with the tag to the open page', async () => {
    const { context, page } = browser;
    await page.goto(hub.url);
    await waitForServiceWorkerControl(page);
    await page.evaluate(() => {
      const seen: unknown[] = [];
      (window as unknown as { __messages: unknown[] }).__messages = seen;
      navigator.serviceWorker.addEventListener('message', (event) => seen.push(event.data));
    });

    const cdp = await context.newCDPSession(page);
    const registered = new Promise<string>((resolve) => {
      cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
        const ours = registrations.find((r) => !r.isDeleted && r.scopeURL === new URL('/', hub.url).href);
        if (ours) resolve(ours.registrationId);
      });
    });
    await cdp.send('ServiceWorker.enable');
    const registrationId = await registered;
    await cdp.send('ServiceWorker.dispatchSyncEvent', {
      origin: new URL(hub.url).origin,
      registrationId,
      tag: 'outbox',
      lastChance: false,
    });

    await page.waitForFunction(() => (window as unknown as { __messages: unknown[] }).__messages.length > 0);
    await expect.poll(() => page.evaluate(() => (window as unknown as { __messages: unknown[] }).__messages)).toEqual([
      { type: 'SYNC_WAKE', tag: 'outbox' },
    ]);
  });
});
