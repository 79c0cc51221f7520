import { z } from 'zod';
import { describeDate, describeMoment, describeWorkingDays } from '../time/format';
import { Instant, instantToMs } from '../time/instant';
import { londonDateOf } from '../time/london';
import { workingDayOnOrAfter, workingDaysBetween } from '../time/workingDays';
import { type OfflineSealPolicy, assessOfflineSeal } from './offlineSeal';
import type { ReceiptEvidence } from './receiptEvidence';

export const TimelinessBasis = z.enum(['receipt', 'offline-seal']);
export type TimelinessBasis = z.infer<typeof TimelinessBasis>;

/** T2's verdict on one return, with the plain-English reason. */
export const TimelinessJudgement = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('not received'), reason: z.string() }),
  z.object({
    outcome: z.literal('on time'),
    basis: TimelinessBasis,
    receivedAt: Instant,
    /** The seal time corrected for the device clock's skew, when the seal was what counted. */
    correctedSealAt: Instant.optional(),
    reason: z.string(),
  }),
  z.object({
    outcome: z.literal('late'),
    basis: z.literal('receipt'),
    receivedAt: Instant,
    /** Working days after the due date up to the receipt (a weekend receipt counts as the next working day). */
    lateWorkingDays: z.int().min(1),
    reason: z.string(),
  }),
]);
export type TimelinessJudgement = z.infer<typeof TimelinessJudgement>;

/**
 * T2 on time. A return is on time if the hub received its first complete version by the due
 * moment (`dueAt`, after any extension), or if it was sealed on a device by then and reached the
 * hub within the grace period with a plausible seal time (see assessOfflineSeal). Otherwise the
 * receipt time counts, and the return is late by the working days from the due date to the
 * London date it arrived.
 */
export function judgeOnTime(
  input: { dueAt: Instant } & Pick<ReceiptEvidence, 'firstCompleteReceivedAt' | 'sealedAt' | 'clockSkew'>,
  policy: OfflineSealPolicy,
): TimelinessJudgement {
  const { dueAt, firstCompleteReceivedAt: receivedAt, sealedAt, clockSkew } = input;
  const dueDate = londonDateOf(dueAt);
  if (receivedAt === undefined) {
    return { outcome: 'not received', reason: `The hub has not received a complete return (due ${describeDate(dueDate)}).` };
  }
  if (instantToMs(receivedAt) <= instantToMs(dueAt)) {
    return {
      outcome: 'on time',
      basis: 'receipt',
      receivedAt,
      reason: `Received ${describeMoment(receivedAt)}, by the due date (${describeDate(dueDate)}).`,
    };
  }
  const seal = assessOfflineSeal({ dueAt, receivedAt, sealedAt, clockSkew }, policy);
  if (seal.usable) {
    return {
      outcome: 'on time',
      basis: 'offline-seal',
      receivedAt,
      correctedSealAt: seal.correctedSealAt,
      reason:
        `Sealed offline ${describeMoment(seal.correctedSealAt)} (device clock corrected), before the deadline, ` +
        `and received ${describeMoment(receivedAt)}, within the ${describeWorkingDays(policy.graceWorkingDays)} allowed.`,
    };
  }
  // A return that arrives on a weekend or bank holiday is as late as one arriving the next working day.
  const lateWorkingDays = Math.max(
    1,
    workingDaysBetween(dueDate, workingDayOnOrAfter(londonDateOf(receivedAt), policy), policy),
  );
  const sealNote = sealedAt === undefined ? '' : ` The seal time could not be used: ${seal.why}.`;
  return {
    outcome: 'late',
    basis: 'receipt',
    receivedAt,
    lateWorkingDays,
    reason:
      `Received ${describeMoment(receivedAt)}, ${describeWorkingDays(lateWorkingDays)} after the due date ` +
      `(${describeDate(dueDate)}).${sealNote}`,
  };
}
