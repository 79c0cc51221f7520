import type { Transport } from './types';

/**
 * The transport the app uses: fetch, on the same origin by default, or against `baseUrl` (a hub's
 * address, as a Node script or the bench gives it). Nothing is cached: sync answers are live.
 */
export function fetchTransport(baseUrl = '', fetchFn: typeof fetch = fetch): Transport {
  return (path, init) => fetchFn(`${baseUrl}${path}`, { cache: 'no-store', ...init });
}
