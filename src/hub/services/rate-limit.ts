/**
 * In-memory limits against guessing and flooding. They live in the hub process: with several
 * hub processes behind a load balancer each counts on its own, which still bounds guessing to
 * (processes × limit). Keys are forgotten once their window has passed.
 */
export type Clock = () => Date;

export interface Verdict {
  allowed: boolean;
  /** Whole seconds until a request would be allowed again (for Retry-After); 0 when allowed. */
  retryAfterSeconds: number;
}

/** At most `limit` events per key within any `windowMs`: a sliding window of event times. */
export class WindowLimiter {
  private readonly events = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: Clock,
  ) {}

  /** Whether another event for `key` is allowed now (does not count one). */
  check(key: string): Verdict {
    const times = this.recent(key);
    if (times.length < this.limit) return { allowed: true, retryAfterSeconds: 0 };
    const oldest = times[times.length - this.limit]!;
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((oldest + this.windowMs - this.now().getTime()) / 1000)) };
  }

  /** Counts one event for `key`. */
  hit(key: string): void {
    const times = this.recent(key);
    times.push(this.now().getTime());
    this.events.set(key, times);
    if (this.events.size > 10_000) this.sweep();
  }

  reset(key: string): void {
    this.events.delete(key);
  }

  private recent(key: string): number[] {
    const since = this.now().getTime() - this.windowMs;
    const times = (this.events.get(key) ?? []).filter((t) => t > since);
    if (times.length === 0) this.events.delete(key);
    return times;
  }

  private sweep(): void {
    for (const key of [...this.events.keys()]) this.recent(key);
  }
}

/** Bursts up to `capacity` requests, then `perSecond` on average: one bucket per key. */
export class TokenBucket {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly capacity: number,
    private readonly perSecond: number,
    private readonly now: Clock,
  ) {}

  take(key: string): Verdict {
    const at = this.now().getTime();
    const bucket = this.buckets.get(key) ?? { tokens: this.capacity, at };
    // A clock that steps back (NTP, a test's clock) must not drain the bucket: no refill, no debt.
    bucket.tokens = Math.min(this.capacity, bucket.tokens + (Math.max(0, at - bucket.at) / 1000) * this.perSecond);
    bucket.at = Math.max(at, bucket.at);
    this.buckets.set(key, bucket);
    if (this.buckets.size > 10_000) this.sweep(at);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true, retryAfterSeconds: 0 };
    }
    const wait = this.perSecond > 0 ? (1 - bucket.tokens) / this.perSecond : 3600;
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(wait)) };
  }

  private sweep(at: number): void {
    for (const [key, bucket] of this.buckets) {
      if (bucket.tokens + ((at - bucket.at) / 1000) * this.perSecond >= this.capacity) this.buckets.delete(key);
    }
  }
}
