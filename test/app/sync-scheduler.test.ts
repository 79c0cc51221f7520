import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backoffDelay, DEFAULT_BACKOFF } from '../../src/app/sync/backoff';
import { SyncScheduler, type SchedulerOptions } from '../../src/app/sync/scheduler';
import type { SyncReport } from '../../src/app/sync/syncOnce';
import type { SyncProblemKind } from '../../src/app/sync/types';

const synced: SyncReport = { outcome: 'synced', tally: { accepted: 0, rejected: 0, settled: 0, conflicts: 0 }, pulledPages: 1, clockSkewMs: 0 };
const failed = (kind: SyncProblemKind, retryAfterMs: number | null = null): SyncReport => ({
  outcome: 'failed',
  problem: { kind, detail: kind, at: '2026-05-01T09:00:00.000Z' },
  retryAfterMs,
  tally: { accepted: 0, rejected: 0, settled: 0, conflicts: 0 },
});

/** A run that answers from a script, records when it started, and can be held open. */
function scriptedRun(script: SyncReport[]) {
  const starts: number[] = [];
  let concurrent = 0;
  let maxConcurrent = 0;
  let gate: Promise<void> = Promise.resolve();
  const run = vi.fn(async () => {
    starts.push(Date.now());
    concurrent += 1;
    maxConcurrent = Math.max(maxConcurrent, concurrent);
    await gate;
    concurrent -= 1;
    return script.shift() ?? synced;
  });
  return {
    run,
    starts,
    maxConcurrent: () => maxConcurrent,
    hold() {
      let release!: () => void;
      gate = new Promise((resolve) => (release = resolve));
      return () => {
        gate = Promise.resolve();
        release();
      };
    },
  };
}

let scheduler: SyncScheduler;
const T0 = Date.parse('2026-05-01T09:00:00.000Z');
beforeEach(() => {
  vi.useFakeTimers({ now: T0 });
});
afterEach(() => {
  scheduler?.stop();
  vi.useRealTimers();
});

function make(run: SchedulerOptions['run'], options: Partial<SchedulerOptions> = {}) {
  scheduler = new SyncScheduler({ run, random: () => 0.5, ...options });
  scheduler.start();
  return scheduler;
}
const at = (ms: number) => T0 + ms;

describe('when the sync runs', () => {
  it('runs one sync at a time; requests during a run get one more run after it', async () => {
    const s = scriptedRun([]);
    make(s.run);
    const release = s.hold();
    scheduler.request('start');
    scheduler.request('person');
    scheduler.request('visible');
    scheduler.request('wake');
    expect(s.run).toHaveBeenCalledTimes(1);
    release();
    await vi.advanceTimersByTimeAsync(0);
    await scheduler.whenIdle();
    expect(s.run).toHaveBeenCalledTimes(2);
    expect(s.maxConcurrent()).toBe(1);
  });

  it('syncs a few seconds after the last of several saves', async () => {
    const s = scriptedRun([]);
    make(s.run, { saveDelayMs: 3_000 });
    scheduler.request('save');
    await vi.advanceTimersByTimeAsync(1_000);
    scheduler.request('save');
    await vi.advanceTimersByTimeAsync(1_000);
    scheduler.request('save');
    await vi.advanceTimersByTimeAsync(2_999);
    expect(s.run).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(s.starts).toEqual([at(5_000)]);
  });

  it('syncs every few minutes while open', async () => {
    const s = scriptedRun([]);
    make(s.run, { periodMs: 180_000 });
    await vi.advanceTimersByTimeAsync(540_000);
    expect(s.starts).toEqual([at(180_000), at(360_000), at(540_000)]);
  });
});

describe('after a failure', () => {
  it('waits with exponential backoff and full jitter before trying again by itself', async () => {
    const s = scriptedRun([failed('unreachable'), failed('hub-error'), failed('timeout'), synced]);
    make(s.run, { periodMs: 10 * 60_000 });
    scheduler.request('start');
    await vi.advanceTimersByTimeAsync(20_000);
    // random() = 0.5 of 2 s, 4 s, 8 s.
    expect(s.starts).toEqual([at(0), at(1_000), at(3_000), at(7_000)]);
    expect(scheduler.current).toMatchObject({ failures: 0, retryAt: null });
  });

  it('waits as long as the hub asked (Retry-After)', async () => {
    const s = scriptedRun([failed('busy', 42_000)]);
    make(s.run, { periodMs: 10 * 60_000 });
    scheduler.request('start');
    await vi.advanceTimersByTimeAsync(0);
    expect(scheduler.current).toMatchObject({ failures: 1, retryAt: at(42_000) });
    await vi.advanceTimersByTimeAsync(41_999);
    expect(s.run).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(s.starts).toEqual([at(0), at(42_000)]);
  });

  it('does not let saves or the periodic sync bring a retry forward, but a person or a new connection does', async () => {
    const s = scriptedRun([failed('unreachable'), failed('unreachable'), failed('unreachable'), failed('unreachable')]);
    make(s.run, { periodMs: 1_000, saveDelayMs: 100, random: () => 0.99 });
    scheduler.request('start');
    await vi.advanceTimersByTimeAsync(0);
    scheduler.request('save');
    await vi.advanceTimersByTimeAsync(1_500);
    expect(s.run).toHaveBeenCalledTimes(1); // retry due at 1.98 s
    scheduler.request('person');
    await vi.advanceTimersByTimeAsync(0);
    expect(s.run).toHaveBeenCalledTimes(2);
    scheduler.request('online');
    await vi.advanceTimersByTimeAsync(0);
    expect(s.run).toHaveBeenCalledTimes(3);
    expect(scheduler.current.failures).toBe(1); // coming online started the count again
  });

  it('stops trying by itself when the device must be enrolled again, until asked', async () => {
    const s = scriptedRun([failed('needs-enrolment')]);
    make(s.run, { periodMs: 1_000 });
    scheduler.request('start');
    await vi.advanceTimersByTimeAsync(10_000);
    scheduler.request('online');
    scheduler.request('save');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(s.run).toHaveBeenCalledTimes(1);
    expect(scheduler.current).toMatchObject({ paused: true, retryAt: null });

    scheduler.request('enrolled');
    await vi.advanceTimersByTimeAsync(0);
    expect(s.run).toHaveBeenCalledTimes(2);
    expect(scheduler.current.paused).toBe(false);
  });

  it('treats a sync that throws as a failure and backs off', async () => {
    make(() => Promise.reject(new Error('disk on fire')), { periodMs: 10 * 60_000 });
    scheduler.request('start');
    await vi.advanceTimersByTimeAsync(0);
    expect(scheduler.current).toMatchObject({ failures: 1, retryAt: at(1_000), lastReport: { outcome: 'failed', problem: { detail: 'disk on fire' } } });
  });
});

describe('backoffDelay', () => {
  it('draws evenly from zero up to a doubling ceiling, capped at five minutes', () => {
    expect(backoffDelay(0, () => 0.9)).toBe(0);
    expect([1, 2, 3, 4].map((n) => backoffDelay(n, () => 0.999_999))).toEqual([1_999, 3_999, 7_999, 15_999]);
    expect(backoffDelay(1, () => 0)).toBe(0);
    expect(backoffDelay(50, () => 0.999_999)).toBe(DEFAULT_BACKOFF.capMs - 1);
    expect(backoffDelay(9, () => 0.5)).toBe(150_000);
  });
});
