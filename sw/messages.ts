// Messages between the page and the service worker. The page side (src/app/sw-bridge.ts) uses
// the same literal strings; workbox-window's messageSkipWaiting() sends { type: 'SKIP_WAITING' }.
export const SKIP_WAITING = 'SKIP_WAITING';
export const SYNC_WAKE = 'SYNC_WAKE';

export function isSkipWaitingMessage(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === SKIP_WAITING;
}
