import type { DeadlinePolicy } from '../time/deadlinePolicy';
import { describeDate, describeDuration, describeMoment, describeWorkingDays } from '../time/format';
import { type Instant, instantFromMs, instantToMs } from '../time/instant';
import { londonDateOf, londonEndOfDay } from '../time/london';
import { addWorkingDays } from '../time/workingDays';
import type { ClockSkew } from './receiptEvidence';

export type OfflineSealPolicy = Pick<DeadlinePolicy, 'graceWorkingDays' | 'maxClockSkewMinutes' | 'oneOffHolidays'>;

export type OfflineSealAssessment =
  | { usable: true; correctedSealAt: Instant }
  | { usable: false; correctedSealAt?: Instant; why: string };

/** The last moment a return sealed offline before the deadline may reach the hub. */
export function graceEndsAt(dueAt: Instant, policy: OfflineSealPolicy): Instant {
  return londonEndOfDay(addWorkingDays(londonDateOf(dueAt), policy.graceWorkingDays, policy));
}

/**
 * Whether a device's seal time may stand in for the receipt time (T2). It may only when the skew
 * is known and under the limit, the clock-corrected seal time (device time − skew) is not after
 * receipt, is by the due moment, and the return arrived within the grace period. `why` says, in
 * words a manager understands, the first reason it may not.
 */
export function assessOfflineSeal(
  evidence: { dueAt: Instant; receivedAt: Instant; sealedAt?: Instant | undefined; clockSkew?: ClockSkew | undefined },
  policy: OfflineSealPolicy,
): OfflineSealAssessment {
  const { dueAt, receivedAt, sealedAt, clockSkew } = evidence;
  if (sealedAt === undefined) return { usable: false, why: 'it has no seal time' };
  if (clockSkew === undefined) {
    return { usable: false, why: 'the device clock had never been checked against the hub, so its seal time cannot be trusted' };
  }
  const limitMs = policy.maxClockSkewMinutes * 60_000;
  if (!(Math.abs(clockSkew.skewMs) < limitMs)) {
    const direction = clockSkew.skewMs > 0 ? 'ahead of' : 'behind';
    return {
      usable: false,
      why:
        `the device clock was ${describeDuration(clockSkew.skewMs)} ${direction} the hub at the last sync ` +
        `(the limit is ${describeDuration(limitMs)})`,
    };
  }
  const correctedMs = instantToMs(sealedAt) - clockSkew.skewMs;
  const correctedSealAt = instantFromMs(correctedMs);
  if (correctedMs > instantToMs(receivedAt)) {
    const why = 'its seal time is later than the time the hub received it, so the seal time cannot be right';
    return { usable: false, correctedSealAt, why };
  }
  if (correctedMs > instantToMs(dueAt)) {
    return { usable: false, correctedSealAt, why: `it was sealed after the deadline (${describeMoment(correctedSealAt)})` };
  }
  const graceEnd = graceEndsAt(dueAt, policy);
  if (instantToMs(receivedAt) > instantToMs(graceEnd)) {
    return {
      usable: false,
      correctedSealAt,
      why:
        `it reached the hub after the ${describeWorkingDays(policy.graceWorkingDays)} allowed for returns ` +
        `sealed offline (to ${describeDate(londonDateOf(graceEnd))})`,
    };
  }
  return { usable: true, correctedSealAt };
}
