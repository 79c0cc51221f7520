/**
 * Would a figure look unusual against the sub-contract's previous quarters (A6's modified z-score:
 * 0.6745·(x − median)/MAD, at least 4 previous quarters)? The demo uses it to keep its ordinary
 * quarters ordinary and to make its managers explain the quarters that are not. It judges with a
 * margin (`limit` below A6's 3.5) so the demo does not depend on A6's exact edge cases.
 */
export function looksUnusual(x: number, history: readonly number[], limit = 3): boolean {
  if (history.length < 4) return false;
  const med = median(history);
  const mad = median(history.map((v) => Math.abs(v - med)));
  const spread = mad > 0 ? mad / 0.6745 : (history.reduce((a, v) => a + Math.abs(v - med), 0) / history.length) * 1.2533;
  if (spread === 0) return x !== med;
  return Math.abs(x - med) / spread > limit;
}

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
