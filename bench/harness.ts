// The one shared way to time things for `npm run bench` (DESIGN §8, issue 7). Machines here are
// shared and noisy, so every timing is also reported beside a baseline measured in the same run,
// interleaved A, B, A, B …, as the median of per-pair ratios: noise that hits a pair hits both sides.
// The baseline is timed over as many calls as make its sample last as long as the measured side's:
// on a loaded machine a longer sample is more likely to be paused for another process, so samples of
// unequal length would bias the ratio against the slower side.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Garbage collection between samples, so one sample does not pay for another's garbage. */
const gc: (() => void) | null = (() => {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (typeof exposed === 'function') return exposed;
  try {
    // `npm run bench` runs without --expose-gc; this turns it on for a fresh context.
    setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as () => void;
  } catch {
    return null;
  }
})();

export const gcAvailable = gc !== null;

export type MeasureOptions = {
  /** Untimed samples first, for the JIT to settle. Default 3. */
  warmup?: number;
  /** Timed samples; the median is reported. Default 15. */
  runs?: number;
  /** Calls per sample, for functions too quick to time one call at a time. Default 1. */
  inner?: number;
};

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median of nothing');
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

// Results go somewhere the optimiser cannot see through, so no timed call is dead code.
export let sink: unknown;

/** Milliseconds per call over one sample of `inner` calls, after a garbage collection. */
function sample(fn: () => unknown, inner: number): number {
  gc?.();
  const start = process.hrtime.bigint();
  for (let i = 0; i < inner; i++) sink = fn();
  return Number(process.hrtime.bigint() - start) / 1e6 / inner;
}

/** The median time of `fn` in ms per call, and every sample. */
export function measure(fn: () => unknown, { warmup = 3, runs = 15, inner = 1 }: MeasureOptions = {}): { medianMs: number; samples: number[] } {
  for (let i = 0; i < warmup; i++) sample(fn, inner);
  const samples = Array.from({ length: runs }, () => sample(fn, inner));
  return { medianMs: median(samples), samples };
}

export type PairsOptions = {
  /** At least 5 (issue 7). Default 15. */
  pairs?: number;
  /** The unit `a`'s median is printed in. Default 'ms'. */
  unit?: 'ms';
  /** Untimed samples of each side first. Default 3. */
  warmup?: number;
  /** Calls of `a` per sample (default 1); `b` gets as many as take the same time. */
  inner?: number;
};

export type PairsResult = { medianMs: number; ratio: number; pairs: number; a: number[]; b: number[] };

/**
 * Times `a` (the thing measured) and `b` (its baseline) interleaved — A, B, A, B … — and prints:
 *   bench <name> <median of A> ms
 *   bench <name>-ratio <median of the per-pair A ÷ B> x
 *   bench <name>-pairs <how many pairs ran> pairs
 */
export function pairs(name: string, a: () => unknown, b: () => unknown, options: PairsOptions = {}): PairsResult {
  const { pairs: count = 15, unit = 'ms', warmup = 3, inner = 1 } = options;
  if (!Number.isInteger(count) || count < 5) throw new RangeError(`${name}: at least 5 pairs are needed, not ${count}`);
  const warmA: number[] = [];
  const warmB: number[] = [];
  for (let i = 0; i < warmup; i++) {
    warmA.push(sample(a, inner));
    warmB.push(sample(b, inner));
  }
  // Equal-length samples (see the top of this file), from the second half of the warm-up.
  const settled = (xs: number[]) => median(xs.slice(xs.length >> 1));
  const innerB = Math.max(1, Math.round((inner * settled(warmA)) / settled(warmB)));
  const as: number[] = [];
  const bs: number[] = [];
  for (let i = 0; i < count; i++) {
    as.push(sample(a, inner));
    bs.push(sample(b, innerB));
  }
  const ratios = as.map((t, i) => t / bs[i]!);
  const ratio = median(ratios);
  const medianMs = median(as);
  const [q1, q3] = quartiles(ratios);
  note(`${name}: ${inner} call(s) of A and ${innerB} of the baseline per sample; baseline median ${formatValue(median(bs))} ${unit}; per-pair ratios, middle half ${formatValue(q1)}–${formatValue(q3)} x`);
  line(name, medianMs, unit);
  line(`${name}-ratio`, ratio, 'x');
  line(`${name}-pairs`, count, 'pairs');
  return { medianMs, ratio, pairs: count, a: as, b: bs };
}

/** The lower and upper quartiles (medians of the lower and upper halves). */
function quartiles(values: readonly number[]): [number, number] {
  const s = [...values].sort((x, y) => x - y);
  const half = s.length >> 1;
  return [median(s.slice(0, half)), median(s.slice(s.length - half))];
}

/** One figure, in the format of DESIGN §8: `bench <name> <value> <unit>`. */
export function line(name: string, value: number, unit: string): void {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) throw new RangeError(`A bench name is lower-case words joined by dashes, not ${JSON.stringify(name)}`);
  console.log(`bench ${name} ${formatValue(value)} ${unit}`);
}

/** Anything else worth saying: a comment line, which readers of the figures skip. */
export function note(text: string): void {
  console.log(`# ${text}`);
}

function formatValue(value: number): string {
  if (Number.isInteger(value)) return String(value);
  const abs = Math.abs(value);
  return abs >= 100 ? value.toFixed(1) : abs >= 1 ? value.toFixed(2) : value.toPrecision(3);
}
