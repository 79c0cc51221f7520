import { instantToMs } from '../../core/time';

/** One measurement of the device clock against the hub's. */
export type SkewSample = { skewMs: number; roundTripMs: number };

/**
 * Device clock minus hub clock, from one request: the hub read its clock (`hubTime`) somewhere
 * between the device sending (`sentAt`) and receiving (`receivedAt`); the midpoint is the best
 * single guess, wrong by at most half the round trip. Of several samples the one with the
 * shortest round trip is the most accurate (as NTP does).
 */
export function measureSkew(sentAt: number, receivedAt: number, hubTime: string): SkewSample {
  const midpoint = sentAt + (receivedAt - sentAt) / 2;
  return { skewMs: Math.round(midpoint - instantToMs(hubTime)), roundTripMs: Math.max(0, receivedAt - sentAt) };
}

export function betterSample(a: SkewSample | null, b: SkewSample): SkewSample {
  return a === null || b.roundTripMs < a.roundTripMs ? b : a;
}
