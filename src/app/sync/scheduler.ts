import { backoffDelay, DEFAULT_BACKOFF, type BackoffPolicy } from './backoff';
import type { SyncReport } from './syncOnce';

/** Why a sync is asked for (DESIGN §5). */
export type SyncTrigger =
  | 'start'
  | 'online'
  | 'visible'
  /** A record was saved: sync a few seconds later, once the person has stopped saving. */
  | 'save'
  | 'periodic'
  /** The service worker's Background Sync woke the app. */
  | 'wake'
  /** The person pressed "Sync now" or settled a change. */
  | 'person'
  /** The device was enrolled (again). */
  | 'enrolled';

export type SchedulerState = {
  running: boolean;
  /** Failed syncs in a row. */
  failures: number;
  /** When the next try after a failure is due (ms since epoch), or null. */
  retryAt: number | null;
  /** The device needs enrolling again (401): no automatic tries until then. */
  paused: boolean;
  lastReport: SyncReport | null;
};

export type Timers = {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
};

export type SchedulerOptions = {
  /** One sync (syncOnce bound to the store and transport). */
  run: () => Promise<SyncReport>;
  now?: () => number;
  random?: () => number;
  timers?: Timers;
  backoff?: BackoffPolicy;
  /** Quiet time after the last save before syncing. */
  saveDelayMs?: number;
  /** How often to sync while the app is open. */
  periodMs?: number;
  onState?: (state: SchedulerState) => void;
};

export const SAVE_DELAY_MS = 3_000;
export const PERIOD_MS = 3 * 60_000;
/** Even with jitter, never hammer the hub faster than this after a failure. */
const MIN_RETRY_MS = 500;

/**
 * Decides when to sync, and makes sure only one sync runs at a time: a request during a run
 * is remembered and served by one more run right after it. After a failure it waits
 * (Retry-After, or exponential backoff with full jitter) before trying again by itself; a
 * person's "Sync now", coming back online, the app becoming visible and a Background Sync
 * wake-up try at once. A save during a backoff does not bring the retry forward.
 */
export class SyncScheduler {
  private readonly opts: Required<Omit<SchedulerOptions, 'onState'>> & Pick<SchedulerOptions, 'onState'>;
  private state: SchedulerState = { running: false, failures: 0, retryAt: null, paused: false, lastReport: null };
  private again = false;
  private stopped = false;
  private retryTimer: unknown = null;
  private saveTimer: unknown = null;
  private periodTimer: unknown = null;
  private idle: Promise<void> = Promise.resolve();

  constructor(options: SchedulerOptions) {
    const timers: Timers = options.timers ?? {
      setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
      clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
    };
    this.opts = {
      now: Date.now,
      random: Math.random,
      backoff: DEFAULT_BACKOFF,
      saveDelayMs: SAVE_DELAY_MS,
      periodMs: PERIOD_MS,
      ...options,
      timers,
    };
  }

  get current(): SchedulerState {
    return this.state;
  }

  /** Starts the periodic sync. */
  start(): void {
    this.stopped = false;
    this.schedulePeriodic();
  }

  /** Stops every timer; a sync in progress finishes, and nothing else starts. */
  stop(): void {
    this.stopped = true;
    for (const timer of [this.retryTimer, this.saveTimer, this.periodTimer]) if (timer !== null) this.opts.timers.clearTimeout(timer);
    this.retryTimer = this.saveTimer = this.periodTimer = null;
  }

  /** Resolves when no sync is running (tests and "Sync now" wait on it). */
  whenIdle(): Promise<void> {
    return this.idle;
  }

  request(trigger: SyncTrigger): void {
    if (this.stopped) return;
    if (trigger === 'person' || trigger === 'enrolled') this.update({ paused: false });
    if (this.state.paused) return;
    switch (trigger) {
      case 'save': {
        const due = this.opts.now() + this.opts.saveDelayMs;
        if (this.state.retryAt !== null && this.state.retryAt > due) return;
        if (this.saveTimer !== null) this.opts.timers.clearTimeout(this.saveTimer);
        this.saveTimer = this.opts.timers.setTimeout(() => {
          this.saveTimer = null;
          this.runNow();
        }, this.opts.saveDelayMs);
        return;
      }
      case 'periodic':
        if (this.state.retryAt === null) this.runNow();
        return;
      case 'online':
        // A new connection: what failed before may work now, so start the backoff afresh.
        this.update({ failures: 0 });
        this.runNow();
        return;
      default:
        this.runNow();
    }
  }

  private runNow(): void {
    if (this.stopped) return;
    if (this.state.running) {
      this.again = true;
      return;
    }
    if (this.retryTimer !== null) {
      this.opts.timers.clearTimeout(this.retryTimer);
      this.retryTimer = null;
    }
    this.update({ running: true, retryAt: null });
    this.idle = this.opts
      .run()
      .catch((error: unknown): SyncReport => ({
        outcome: 'failed',
        problem: { kind: 'bad-answer', detail: error instanceof Error ? error.message : String(error), at: new Date(this.opts.now()).toISOString() },
        retryAfterMs: null,
        tally: { accepted: 0, rejected: 0, settled: 0, conflicts: 0 },
      }))
      .then((report) => this.finished(report));
  }

  private finished(report: SyncReport): void {
    this.update({ running: false, lastReport: report });
    if (report.outcome !== 'failed') {
      this.update({ failures: 0, retryAt: null });
    } else if (report.problem.kind === 'needs-enrolment') {
      this.update({ failures: 0, retryAt: null, paused: true });
      this.again = false;
      return;
    } else {
      const failures = this.state.failures + 1;
      const wait = Math.max(MIN_RETRY_MS, report.retryAfterMs ?? backoffDelay(failures, this.opts.random, this.opts.backoff));
      this.update({ failures, retryAt: this.opts.now() + wait });
      if (!this.stopped) {
        this.retryTimer = this.opts.timers.setTimeout(() => {
          this.retryTimer = null;
          this.runNow();
        }, wait);
      }
      // What was asked for during the run is served by the retry.
      this.again = false;
      return;
    }
    if (this.again) {
      this.again = false;
      this.runNow();
    }
  }

  private schedulePeriodic(): void {
    if (this.stopped) return;
    this.periodTimer = this.opts.timers.setTimeout(() => {
      this.periodTimer = null;
      this.request('periodic');
      this.schedulePeriodic();
    }, this.opts.periodMs);
  }

  private update(changes: Partial<SchedulerState>): void {
    this.state = { ...this.state, ...changes };
    this.opts.onState?.(this.state);
  }
}
