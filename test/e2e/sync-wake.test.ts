import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appBuild } from './support/app-builds';
import { launchBrowser, type LaunchedBrowser } from './support/chromium';
import { startTestHub, type TestHub } from './support/hub';
import { waitForServiceWorkerControl } from './support/service-worker';

// The service worker's Background Sync event must only wake the open app (DESIGN §5).
describe('Background Sync wake-up', () => {
  let hub: TestHub;
  let browser: LaunchedBrowser;

  beforeAll(async () => {
    hub = await startTestHub(appBuild().dir);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await hub?.close();
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
    await expect(page.evaluate(() => (window as unknown as { __messages: unknown[] }).__messages)).resolves.toEqual([
      { type: 'SYNC_WAKE', tag: 'outbox' },
    ]);
  });
});
