import { z } from 'zod';

/**
 * A moment in time as an ISO-8601 UTC timestamp ending in Z, as Date#toISOString() writes it
 * (e.g. 2026-07-14T22:59:59.999Z). Offsets such as +01:00 are refused so that every stored
 * moment reads the same way.
 */
export const Instant = z.iso.datetime({ error: 'Enter a UTC timestamp such as 2026-07-14T22:59:59.999Z' });
export type Instant = z.infer<typeof Instant>;

/** Milliseconds since the epoch; a clear RangeError for anything that is not an Instant. */
export function instantToMs(instant: string): number {
  const ms = Instant.safeParse(instant).success ? Date.parse(instant) : Number.NaN;
  if (Number.isNaN(ms)) {
    throw new RangeError(`Not a UTC timestamp like 2026-07-14T22:59:59.999Z: ${JSON.stringify(instant)}`);
  }
  return ms;
}

export function instantFromMs(ms: number): Instant {
  if (!Number.isFinite(ms)) throw new RangeError(`Not a finite time in milliseconds: ${ms}`);
  return new Date(ms).toISOString();
}

/** Compares by the moment, not the text (…59Z and …59.000Z are the same moment). */
export function compareInstants(a: Instant, b: Instant): number {
  return Math.sign(instantToMs(a) - instantToMs(b));
}
