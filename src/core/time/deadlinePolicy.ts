import { z } from 'zod';
import { LocalDate } from './localDate';
import { OneOffHoliday } from './oneOffHolidays';
import { QuarterId } from './quarterId';

/**
 * When returns are due and how lateness is judged (DESIGN §4 T1–T3); configurable per prime
 * contract. `oneOffHolidays` ADDS to the built-in England and Wales table
 * (ENGLAND_AND_WALES_ONE_OFF_HOLIDAYS), for a holiday proclaimed after this release.
 */
export const DeadlinePolicy = z.object({
  /** T1: the due date is the end of this many working days after the quarter ends. */
  workingDaysAfterQuarterEnd: z.int().min(0).max(260).default(10),
  /** T2: a return sealed offline before the deadline may reach the hub this many working days late. */
  graceWorkingDays: z.int().min(0).max(60).default(5),
  /** T2: a seal time is trusted only while the device clock was less than this far out at the last sync. */
  maxClockSkewMinutes: z.number().min(0).max(24 * 60).default(10),
  /** T3: "due soon" when this many working days or fewer are left. */
  dueSoonWorkingDays: z.int().min(0).max(60).default(5),
  oneOffHolidays: z
    .array(OneOffHoliday)
    .default([])
    .refine((holidays) => new Set(holidays.map((h) => h.date)).size === holidays.length, {
      error: 'Each one-off holiday needs its own date: the same date is listed twice',
    }),
  /** T1: a due date fixed by the commissioner for a quarter, replacing the computed one. */
  explicitDueDates: z.record(QuarterId, LocalDate).optional(),
});
export type DeadlinePolicy = z.infer<typeof DeadlinePolicy>;
export type DeadlinePolicyInput = z.input<typeof DeadlinePolicy>;

/** The DESIGN defaults: due 10 working days after quarter end, 5 days' grace, 10 minutes' skew. */
export const DEFAULT_DEADLINE_POLICY: DeadlinePolicy = Object.freeze(DeadlinePolicy.parse({}));
