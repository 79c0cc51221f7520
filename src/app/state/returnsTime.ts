// Time helpers the returns screens use, from src/core (one import place for the returns state).
import type { DeadlinePolicy, Instant } from '../../core/time';
import { describeMoment } from '../../core/time';
import { graceEndsAt } from '../../core/timeliness';

export { describeDate, describeMoment, londonDateOf, quarterLabel, type Extension, type Instant } from '../../core/time';

/** 'Tue 21 Jul 2026 at 23:59': the end of the offline grace period after a due moment (T2). */
export function graceEndsAtLabel(dueAt: Instant, policy: DeadlinePolicy): string {
  return describeMoment(graceEndsAt(dueAt, policy));
}
