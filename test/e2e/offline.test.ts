import { describe, expect, it } from 'vitest';
import type { LaunchedBrowser } from './support/chromium';
import type { TestHub } from './support/hub';
import { hubAndBrowserForFile } from './support/hub-and-browser';
import { goOffline } from './support/network';
import { cachedUrls, waitForServiceWorkerControl } from './support/service-worker';

describe('working offline', () => {
  let hub: TestHub;
  let browser: LaunchedBrowser;

  hubAndBrowserForFile((h, b) => {
    hub = h;
    browser = b;
  });

  it('is controlled by the service worker from the first visit', async () => {
    const { page } = browser;
    await page.goto(hub.url);
    await waitForServiceWorkerControl(page);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Send your consortium monitoring returns');
    await expect.poll(() => page.getByTestId('connection-status').textContent()).toBe('Connection: Online');
  });

  it('talks to the hub API over the network and never caches it', async () => {
    const { page } = browser;
    const health = await page.evaluate(async () => (await fetch('/api/health')).json());
    expect(health).toMatchObject({ ok: true });
    const urls = await cachedUrls(page);
    const paths = urls.map((url) => new URL(url).pathname);
    expect(paths).toContain('/index.html');
    expect(paths.filter((path) => path.startsWith('/api'))).toEqual([]);
  });

  it('says "Offline" as soon as the connection goes', async () => {
    const { context, page } = browser;
    await goOffline(context);
    await page.getByTestId('connection-status').getByText('Offline').waitFor();
  });

  it('still loads when offline and the hub is gone', async () => {
    const { page } = browser;
    await hub.close();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Send your consortium monitoring returns' }).waitFor();
    await expect.poll(() => page.getByTestId('connection-status').textContent()).toBe('Connection: Offline');
  });

  it('opens screens loaded on first use offline, though none was opened while online', async () => {
    const { page } = browser;
    // Each of these screens is its own chunk (src/app/ui/lazyPages.tsx): its heading shows only
    // once the chunk has come from the service worker's precache; until then it says "Loading…".
    for (const [path, heading] of [
      ['/sync', 'Sync'],
      ['/settings', 'Set up this device first'],
      ['/returns', 'Set up this device first'],
      ['/records/contact', 'Set up this device first'],
      ['/figures', 'Set up this device first'],
    ] as const) {
      await page.goto(new URL(path, hub.url).href);
      await page.getByRole('heading', { level: 1, name: heading, exact: true }).waitFor();
      await expect.poll(() => page.getByRole('alert').filter({ hasText: 'could not be loaded' }).count()).toBe(0);
    }
  });

  it('opens any address of the app offline, and leaves /api to fail', async () => {
    const { page } = browser;
    await page.goto(new URL('/no/such/page', hub.url).href);
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    const apiError = await page.evaluate(() =>
      fetch('/api/health').then(
        (response) => `answered ${response.status}`,
        (error: unknown) => `failed: ${String(error)}`,
      ),
    );
    expect(apiError).toMatch(/^failed: /);
  });
});
