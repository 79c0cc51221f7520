import type { BrowserContext, CDPSession, Page } from 'playwright-core';

/** How a tab is slowed to a cheap tablet's pace (issue 7: 4× through the DevTools protocol). */
export const CPU_THROTTLING_RATE = 4;

export type ColdLoad = {
  /** From navigation start (the page's time origin) until the field is in the document, usable. */
  inDocumentMs: number;
  /** …until the frame showing it was drawn and the page was free for the next task: input is handled. */
  usableMs: number;
  /** …until index.html had arrived (from the service worker). */
  documentMs: number;
  /** …until the last script and stylesheet had arrived. */
  filesMs: number;
  /** …until DOMContentLoaded had been handled: the app's module scripts have run by then. */
  scriptsRunMs: number;
};

/**
 * Script run in the page before any of its own (page.addInitScript): a MutationObserver waits
 * for `selector` to match a visible, enabled field, notes performance.now() (milliseconds since
 * the navigation started), then after the next frame (requestAnimationFrame, then a task posted
 * through a MessageChannel, which runs once the frame is done) notes it again. Source text:
 * tsx would wrap a named function in a helper the page lacks.
 */
export function coldLoadProbe(selector: string): string {
  return `(() => {
  if (window.top !== window) return;
  const selector = ${JSON.stringify(selector)};
  const usable = () => {
    const field = document.querySelector(selector);
    return field !== null && !field.disabled && field.getClientRects().length > 0;
  };
  const observer = new MutationObserver(() => {
    if (!usable()) return;
    observer.disconnect();
    const inDocumentMs = performance.now();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        const usableMs = performance.now();
        const navigation = performance.getEntriesByType('navigation')[0];
        const documentMs = navigation ? navigation.responseEnd : 0;
        const files = performance.getEntriesByType('resource').filter((r) => /\.(js|css)$/.test(new URL(r.name).pathname));
        const filesMs = Math.max(documentMs, ...files.map((r) => r.responseEnd));
        const scriptsRunMs = navigation ? navigation.domContentLoadedEventEnd : 0;
        window.__benchColdLoad = { inDocumentMs, usableMs, documentMs, filesMs, scriptsRunMs };
      };
      channel.port2.postMessage(null);
    });
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled', 'hidden'] });
})();`;
}

/** Waits for the probe's result in `page` after a navigation. */
export async function coldLoadResult(page: Page): Promise<ColdLoad> {
  // A function, not a string: the app's Content-Security-Policy forbids eval in the page.
  const handle = await page.waitForFunction(() => (window as { __benchColdLoad?: ColdLoad }).__benchColdLoad, undefined, { timeout: 30_000, polling: 50 });
  return (await handle.jsonValue()) as ColdLoad;
}

/** A DevTools session on `page` with its CPU slowed `CPU_THROTTLING_RATE` times. */
export async function throttledSession(context: BrowserContext, page: Page): Promise<CDPSession> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLING_RATE });
  return cdp;
}

/**
 * Stops every service worker of the browser, as a tablet does after a while with the app in
 * the background, so the next navigation pays for starting the worker again.
 */
export async function stopServiceWorkers(cdp: CDPSession): Promise<void> {
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
}
