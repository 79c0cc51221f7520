/**
 * A small seeded pseudo-random generator (mulberry32), so the demo consortium, its records and
 * the bench inputs are the same on every machine and every run. Not for anything secret.
 */
export type Rng = {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** A float in [min, max). */
  between(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
};

export function mulberry32(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    between: (min, max) => min + next() * (max - min),
    pick: (items) => {
      if (items.length === 0) throw new RangeError('Cannot pick from an empty list');
      return items[Math.floor(next() * items.length)] as (typeof items)[number];
    },
    chance: (p) => next() < p,
  };
}

/** A seed from a text, so each sub-contract and quarter gets its own stream (FNV-1a). */
export function seedFrom(text: string, salt = 0): number {
  let h = (0x811c9dc5 ^ salt) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * Splits a whole-number total across weighted categories so the parts sum exactly to the total
 * (largest remainder), with a little seeded noise so quarters differ.
 */
export function splitTotal(total: number, weights: readonly number[], rng: Rng, noise = 0.15): number[] {
  if (!Number.isInteger(total) || total < 0) throw new RangeError(`Cannot split ${total}: not a whole number ≥ 0`);
  const noisy = weights.map((w) => Math.max(0, w * (1 + rng.between(-noise, noise))));
  const sum = noisy.reduce((a, b) => a + b, 0) || 1;
  const exact = noisy.map((w) => (w / sum) * total);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) parts[order[k]!.i]! += 1;
  return parts;
}
