import { describe, expect, it } from 'vitest';
import { TokenBucket } from '../../src/hub/services/rate-limit';

describe('token bucket', () => {
  it('allows a burst up to capacity, then refills at its rate', () => {
    let now = 0;
    const bucket = new TokenBucket(3, 1, () => new Date(now));
    expect([1, 2, 3].map(() => bucket.take('d').allowed)).toEqual([true, true, true]);
    expect(bucket.take('d')).toEqual({ allowed: false, retryAfterSeconds: 1 });
    now += 1000;
    expect(bucket.take('d').allowed).toBe(true);
  });

  it('does not lock a device out when the clock steps backwards', () => {
    let now = 1_000_000_000;
    const bucket = new TokenBucket(3, 1, () => new Date(now));
    expect(bucket.take('d').allowed).toBe(true);
    now -= 3_600_000; // an hour back
    const verdict = bucket.take('d');
    expect(verdict.allowed).toBe(true);
    expect(bucket.take('d').allowed).toBe(true);
    expect(bucket.take('d').retryAfterSeconds).toBeLessThanOrEqual(1);
  });
});
