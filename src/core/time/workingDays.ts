import { isBankHoliday } from './bankHolidays';
import { type LocalDate, addDays, isWeekend, parseLocalDate } from './localDate';
import type { HolidayPolicy } from './oneOffHolidays';

/** Monday to Friday and not an England and Wales bank holiday (built-in or the policy's one-offs). */
export function isWorkingDay(date: LocalDate, policy: HolidayPolicy = {}): boolean {
  return !isWeekend(date) && !isBankHoliday(date, policy);
}

/**
 * The `days`-th working day after `date` (`days` ≥ 0). `date` itself never counts, so
 * addWorkingDays(Tue 30 Jun 2026, 10) is Tue 14 Jul 2026; with 0 the date comes back unchanged.
 */
export function addWorkingDays(date: LocalDate, days: number, policy: HolidayPolicy = {}): LocalDate {
  parseLocalDate(date);
  if (!Number.isInteger(days) || days < 0) {
    throw new RangeError(`Working days to add must be a whole number, 0 or more: ${days}`);
  }
  let current = date;
  for (let counted = 0; counted < days; ) {
    current = addDays(current, 1);
    if (isWorkingDay(current, policy)) counted += 1;
  }
  return current;
}

/**
 * How many working days lie after `from` up to and including `to`. So from a due date to the
 * date of receipt it is the number of working days late; from today to a due date it is the
 * working days left (0 on the due day itself). When `to` is before `from` the answer is the
 * same count the other way round, negated.
 */
export function workingDaysBetween(from: LocalDate, to: LocalDate, policy: HolidayPolicy = {}): number {
  parseLocalDate(from);
  parseLocalDate(to);
  if (to < from) {
    const back = workingDaysBetween(to, from, policy);
    return back === 0 ? 0 : -back;
  }
  let count = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) {
    if (isWorkingDay(day, policy)) count += 1;
  }
  return count;
}

/** The date itself if it is a working day, otherwise the next working day. */
export function workingDayOnOrAfter(date: LocalDate, policy: HolidayPolicy = {}): LocalDate {
  let day = date;
  while (!isWorkingDay(day, policy)) day = addDays(day, 1);
  return day;
}
