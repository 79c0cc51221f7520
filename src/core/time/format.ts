import type { Instant } from './instant';
import { type LocalDate, isoWeekday, parseLocalDate } from './localDate';
import { londonDateOf, londonTimeOf } from './london';

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** 'Tue 14 Jul 2026' — GOV.UK style, and the same on every device whatever its locale. */
export function describeDate(date: LocalDate): string {
  const { year, month, day } = parseLocalDate(date);
  return `${WEEKDAYS[isoWeekday(date) - 1]} ${day} ${MONTHS[month - 1]} ${year}`;
}

/** 'Tue 14 Jul 2026 at 23:30', in London time. */
export function describeMoment(instant: Instant): string {
  return `${describeDate(londonDateOf(instant))} at ${londonTimeOf(instant)}`;
}

/** '1 working day', '3 working days'. */
export function describeWorkingDays(count: number): string {
  return `${count} working ${Math.abs(count) === 1 ? 'day' : 'days'}`;
}

/** A length of time in the largest whole unit that fits: '2 hours', '11 minutes', '40 seconds'. */
export function describeDuration(ms: number): string {
  const abs = Math.abs(ms);
  const units: [number, string][] = [
    [86_400_000, 'day'],
    [3_600_000, 'hour'],
    [60_000, 'minute'],
    [1_000, 'second'],
  ];
  for (const [size, name] of units) {
    if (abs >= size) {
      const count = Math.floor(abs / size);
      return `${count} ${name}${count === 1 ? '' : 's'}`;
    }
  }
  return `${abs} ms`;
}
