import type { Page } from 'playwright-core';

/** Waits until a service worker is active and controls the page; says what it saw if not. */
export async function waitForServiceWorkerControl(page: Page, timeoutMs = 20_000): Promise<void> {
  try {
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: timeoutMs });
  } catch (error) {
    const state = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      if (!registration) return 'no registration (was the app built for production?)';
      const w = (sw: ServiceWorker | null) => sw?.state ?? 'none';
      return `installing ${w(registration.installing)}, waiting ${w(registration.waiting)}, active ${w(registration.active)}`;
    });
    throw new Error(`No service worker took control of ${page.url()}: ${state}`, { cause: error });
  }
}

/** Makes the page's registration look for a new sw.js now, as the app's periodic check does. */
export async function checkForServiceWorkerUpdate(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    if (!registration) throw new Error('The page has no service worker registration');
    await registration.update();
  });
}

/** Whether a new version is installed and waiting to take over. */
export function hasWaitingServiceWorker(page: Page): Promise<boolean> {
  return page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting));
}

/** Every URL in the page's Cache Storage (what the service worker could answer offline). */
export function cachedUrls(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) urls.push(request.url);
    }
    return urls;
  });
}
