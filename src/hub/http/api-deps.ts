import type { Finding } from '../../core/schemas';
import type { RecordChange } from '../../core/sync';
import type { Db } from '../db/db';
import { TokenBucket, WindowLimiter } from '../services/rate-limit';
import { ENROLMENT_CODE_TTL_MS } from '../services/enrolment';
import { SESSION_TTL_MS } from '../services/staff-auth';

/** The hub's abuse limits and lifetimes. All configurable, so tests can reach each one. */
export interface HubLimits {
  /** Failed sign-ins per email address per window. */
  signInFailuresPerEmail: number;
  /** Sign-in attempts per client IP per window. */
  signInAttemptsPerIp: number;
  signInWindowMs: number;
  /** Failed enrolments (unknown, used or expired codes) per client IP per window. */
  enrolFailuresPerIp: number;
  enrolWindowMs: number;
  /** Requests a device may make at once, then `deviceRequestsPerSecond` on average. */
  deviceBurst: number;
  deviceRequestsPerSecond: number;
  /** Records per pull page. */
  pullPageSize: number;
  sessionTtlMs: number;
  enrolmentCodeTtlMs: number;
}

export const DEFAULT_LIMITS: HubLimits = {
  signInFailuresPerEmail: 5,
  signInAttemptsPerIp: 30,
  signInWindowMs: 15 * 60 * 1000,
  enrolFailuresPerIp: 10,
  enrolWindowMs: 15 * 60 * 1000,
  // A tablet back online after a week pushes 20+ batches and pulls several pages at once.
  deviceBurst: 120,
  deviceRequestsPerSecond: 2,
  pullPageSize: 1000,
  sessionTtlMs: SESSION_TTL_MS,
  enrolmentCodeTtlMs: ENROLMENT_CODE_TTL_MS,
};

/** What the API routes share: the database, the clock, the limits and their counters. */
export interface ApiDeps {
  db: Db;
  now: () => Date;
  limits: HubLimits;
  log: (line: string) => void;
  /** Record rules from the validation core, applied to each pushed record. */
  recordFindings?: (change: RecordChange) => Finding[];
  limiters: {
    signInByEmail: WindowLimiter;
    signInByIp: WindowLimiter;
    enrolByIp: WindowLimiter;
    deviceRequests: TokenBucket;
  };
}

export function apiDeps(options: {
  db: Db;
  now?: () => Date;
  limits?: Partial<HubLimits>;
  log: (line: string) => void;
  recordFindings?: (change: RecordChange) => Finding[];
}): ApiDeps {
  const now = options.now ?? (() => new Date());
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  return {
    db: options.db,
    now,
    limits,
    log: options.log,
    ...(options.recordFindings ? { recordFindings: options.recordFindings } : {}),
    limiters: {
      signInByEmail: new WindowLimiter(limits.signInFailuresPerEmail, limits.signInWindowMs, now),
      signInByIp: new WindowLimiter(limits.signInAttemptsPerIp, limits.signInWindowMs, now),
      enrolByIp: new WindowLimiter(limits.enrolFailuresPerIp, limits.enrolWindowMs, now),
      deviceRequests: new TokenBucket(limits.deviceBurst, limits.deviceRequestsPerSecond, now),
    },
  };
}
