/** When the next try may start after failures, the first wait being about `baseMs`. */
export type BackoffPolicy = { baseMs: number; capMs: number };

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 2_000, capMs: 5 * 60_000 };

/**
 * Exponential backoff with full jitter: a wait drawn evenly from 0 to min(cap, base × 2^(n−1))
 * after the nth failure in a row. The jitter spreads out the tablets that all come back online
 * together when a venue's wifi returns, so they do not hit the hub in step.
 * `random` is Math.random in the app, a fixed sequence in tests.
 */
export function backoffDelay(failures: number, random: () => number, policy: BackoffPolicy = DEFAULT_BACKOFF): number {
  if (failures < 1) return 0;
  // 2^30 is far past any cap; clamping the exponent keeps the arithmetic finite.
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** Math.min(failures - 1, 30));
  return Math.floor(random() * ceiling);
}
