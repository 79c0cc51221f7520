// The modified z-score behind A6 (Iglewicz & Hoaglin), split so the history's part — its median and
// spread — is computed once per indicator and history, and only the figure's part per call.

function median(sorted: readonly number[]): number {
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

// 0.6745 is Φ⁻¹(0.75): it makes the MAD comparable with a standard deviation (Iglewicz & Hoaglin).
// Written as 1349/2000 so the threshold test below is exact for whole-number figures.
const K_NUM = 1349;
const K_DEN = 2000;
/** When MAD is 0: mean absolute deviation × √(π/2) (≈ 1.253314) estimates the same spread. */
const MEAN_AD_FACTOR = 1.253314;

/** A history's centre and spread: `scale` is the MAD, or the mean absolute deviation when MAD is 0. */
export type OutlierSpread = { median: number; spread: 'mad' | 'mean-ad'; scale: number };

export type OutlierScore = OutlierSpread & { z: number };

/**
 * The median and spread of previous values: the MAD, or when that is 0 (more than half the history
 * is one value) the mean absolute deviation. When that is 0 too, the history never varied and there
 * is no spread to judge an outlier against: null (as for no history at all).
 */
export function outlierSpread(history: readonly number[]): OutlierSpread | null {
  if (history.length === 0) return null;
  const sorted = [...history].sort((a, b) => a - b);
  const m = median(sorted);
  const deviations = sorted.map((v) => Math.abs(v - m)).sort((a, b) => a - b);
  const mad = median(deviations);
  if (mad > 0) return { median: m, spread: 'mad', scale: mad };
  const meanAd = deviations.reduce((a, b) => a + b, 0) / deviations.length;
  if (meanAd > 0) return { median: m, spread: 'mean-ad', scale: meanAd };
  return null;
}

/** The modified z-score of `x`: 0.6745·(x − median)/MAD, or (x − median)/(1.253314 · mean absolute deviation). */
export function scoreAgainst(x: number, s: OutlierSpread): OutlierScore {
  const z = s.spread === 'mad' ? (K_NUM * (x - s.median)) / (K_DEN * s.scale) : (x - s.median) / (MEAN_AD_FACTOR * s.scale);
  return { z, median: s.median, spread: s.spread, scale: s.scale };
}

/** The modified z-score of `x` against previous values; null when they have no spread (see outlierSpread). */
export function outlierScore(x: number, history: readonly number[]): OutlierScore | null {
  const s = outlierSpread(history);
  return s === null ? null : scoreAgainst(x, s);
}

/** |z| > limit, decided without dividing: 1349·|x − median| > 2000·limit·MAD (exact at the boundary). */
export function isOutlier(x: number, score: OutlierSpread, limit: number): boolean {
  const d = Math.abs(x - score.median);
  return score.spread === 'mad' ? K_NUM * d > K_DEN * limit * score.scale : d > limit * MEAN_AD_FACTOR * score.scale;
}
