import type { BrowserContext } from 'playwright-core';

/** Cuts every page and service worker of the context off the network (navigator.onLine turns false). */
export async function goOffline(context: BrowserContext): Promise<void> {
  await context.setOffline(true);
}

export async function goOnline(context: BrowserContext): Promise<void> {
  await context.setOffline(false);
}
