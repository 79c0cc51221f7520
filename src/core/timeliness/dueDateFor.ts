import { z } from 'zod';
import type { DeadlinePolicy } from '../time/deadlinePolicy';
import type { Extension } from '../time/extension';
import { Instant } from '../time/instant';
import { LocalDate, parseLocalDate } from '../time/localDate';
import { londonEndOfDay } from '../time/london';
import { type QuarterId, parseQuarterId } from '../time/quarterId';
import { quarterEnd } from '../time/quarterOf';
import { addWorkingDays } from '../time/workingDays';

export const DueDateSource = z.enum(['computed', 'explicit', 'extension']);
export type DueDateSource = z.infer<typeof DueDateSource>;

/** A return's due date and its due moment: the last millisecond of that day in London. */
export const DueDate = z.object({ dueDate: LocalDate, dueAt: Instant, source: DueDateSource });
export type DueDate = z.infer<typeof DueDate>;

export type DueDatePolicy = Pick<DeadlinePolicy, 'workingDaysAfterQuarterEnd' | 'oneOffHolidays' | 'explicitDueDates'>;

/**
 * T1 due date. In order of precedence: a granted extension; an explicit due date (the one passed
 * in, else the policy's for that quarter); otherwise the end of the Nth working day after the
 * quarter ends (N = policy.workingDaysAfterQuarterEnd), e.g. 2026-Q1 → Tue 14 Jul 2026. With N = 0
 * the due date is the last day of the quarter itself, whatever day of the week that is.
 */
export function dueDateFor(
  quarter: QuarterId,
  policy: DueDatePolicy,
  options: { explicitDueDate?: LocalDate | undefined; extension?: Extension | undefined } = {},
): DueDate {
  parseQuarterId(quarter);
  const { extension } = options;
  if (extension) {
    if (extension.quarter !== quarter) {
      throw new RangeError(`Extension ${extension.id} is for quarter ${extension.quarter}, not ${quarter}`);
    }
    return at(extension.newDueDate, 'extension');
  }
  const explicit = options.explicitDueDate ?? policy.explicitDueDates?.[quarter];
  if (explicit !== undefined) return at(explicit, 'explicit');
  return at(addWorkingDays(quarterEnd(quarter), policy.workingDaysAfterQuarterEnd, policy), 'computed');
}

function at(dueDate: LocalDate, source: DueDateSource): DueDate {
  parseLocalDate(dueDate);
  return { dueDate, dueAt: londonEndOfDay(dueDate), source };
}
