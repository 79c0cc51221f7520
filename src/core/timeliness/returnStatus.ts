import { z } from 'zod';
import type { DeadlinePolicy } from '../time/deadlinePolicy';
import type { Extension } from '../time/extension';
import { describeDate, describeMoment, describeWorkingDays } from '../time/format';
import { type Instant, instantToMs } from '../time/instant';
import type { LocalDate } from '../time/localDate';
import { londonDateOf } from '../time/london';
import type { QuarterId } from '../time/quarterId';
import { workingDayOnOrAfter, workingDaysBetween } from '../time/workingDays';
import { DueDate, dueDateFor } from './dueDateFor';
import { TimelinessJudgement, judgeOnTime } from './judgeOnTime';
import type { ReceiptEvidence } from './receiptEvidence';

export const ReturnTimelinessStatus = z.enum(['not due', 'due soon', 'overdue', 'on time', 'late', 'excused']);
export type ReturnTimelinessStatus = z.infer<typeof ReturnTimelinessStatus>;

export const ReturnStatus = z.object({
  status: ReturnTimelinessStatus,
  /** e.g. "Due Tue 14 Jul 2026 — 6 working days left", "Late (3 working days)". */
  label: z.string(),
  due: DueDate,
  /** Working days after today (London) up to and including the due date; null once received or past due. */
  workingDaysLeft: z.int().min(0).nullable(),
  /** For 'late' and 'overdue': working days past the due date; otherwise null. */
  lateWorkingDays: z.int().min(1).nullable(),
  /** T2's verdict once the return has been received (by `now`). */
  judgement: TimelinessJudgement.optional(),
});
export type ReturnStatus = z.infer<typeof ReturnStatus>;

export type ExpectedReturn = {
  quarter: QuarterId;
  explicitDueDate?: LocalDate | undefined;
  extension?: Extension | undefined;
  evidence?: ReceiptEvidence | undefined;
};

/**
 * T3 status of one expected return at `now`:
 * - received by `now` → T2 decides: 'on time' or 'late' (n working days);
 * - not received, an extension granted and its new due moment not yet passed → 'excused';
 * - not received and the due moment has passed → 'overdue';
 * - otherwise 'due soon' when at most policy.dueSoonWorkingDays working days are left
 *   (0 on the due day itself), else 'not due'.
 * A receipt stamped after `now` is ignored, so past states can be replayed.
 */
export function returnStatus(expected: ExpectedReturn, now: Instant, policy: DeadlinePolicy): ReturnStatus {
  const due = dueDateFor(expected.quarter, policy, {
    explicitDueDate: expected.explicitDueDate,
    extension: expected.extension,
  });
  const nowMs = instantToMs(now);
  const evidence = expected.evidence ?? {};
  const receivedAt = evidence.firstCompleteReceivedAt;
  if (receivedAt !== undefined && instantToMs(receivedAt) <= nowMs) {
    const judgement = judgeOnTime({ dueAt: due.dueAt, ...evidence }, policy);
    if (judgement.outcome === 'on time') {
      const how =
        judgement.basis === 'offline-seal'
          ? `sealed offline ${describeMoment(judgement.correctedSealAt ?? receivedAt)}`
          : `received ${describeMoment(receivedAt)}`;
      return { status: 'on time', label: `On time — ${how}`, due, workingDaysLeft: null, lateWorkingDays: null, judgement };
    }
    if (judgement.outcome === 'late') {
      const late = judgement.lateWorkingDays;
      const label = `Late (${describeWorkingDays(late)})`;
      return { status: 'late', label, due, workingDaysLeft: null, lateWorkingDays: late, judgement };
    }
  }
  const today = londonDateOf(now);
  if (nowMs > instantToMs(due.dueAt)) {
    const late = Math.max(1, workingDaysBetween(due.dueDate, workingDayOnOrAfter(today, policy), policy));
    return {
      status: 'overdue',
      label: `Overdue (${describeWorkingDays(late)}) — was due ${describeDate(due.dueDate)}`,
      due,
      workingDaysLeft: null,
      lateWorkingDays: late,
    };
  }
  const left = workingDaysBetween(today, due.dueDate, policy);
  const when =
    left === 0 ? `today, ${describeDate(due.dueDate)}` : `${describeDate(due.dueDate)} — ${describeWorkingDays(left)} left`;
  if (due.source === 'extension') {
    const extendedTo = `${describeDate(due.dueDate)}, ${left === 0 ? 'due today' : `${describeWorkingDays(left)} left`}`;
    return { status: 'excused', label: `Excused — extended to ${extendedTo}`, due, workingDaysLeft: left, lateWorkingDays: null };
  }
  const status = left <= policy.dueSoonWorkingDays ? 'due soon' : 'not due';
  return { status, label: `Due ${when}`, due, workingDaysLeft: left, lateWorkingDays: null };
}
