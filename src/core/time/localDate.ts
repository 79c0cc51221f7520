import { z } from 'zod';

/** A calendar date with no time or zone, 'YYYY-MM-DD' (a real date: no 30 February). */
export const LocalDate = z.iso.date({ error: 'Enter a real calendar date as YYYY-MM-DD' });
export type LocalDate = z.infer<typeof LocalDate>;

/** ISO day of the week: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export type DateParts = { year: number; month: number; day: number };

/** Splits a LocalDate into numbers; a clear RangeError for anything that is not a real date. */
export function parseLocalDate(date: string): DateParts {
  if (!LocalDate.safeParse(date).success) {
    throw new RangeError(`Not a real calendar date in the form YYYY-MM-DD: ${JSON.stringify(date)}`);
  }
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

export function formatLocalDate({ year, month, day }: DateParts): LocalDate {
  if (!Number.isInteger(year) || year < 0 || year > 9999) {
    throw new RangeError(`Year ${year} is outside 0000–9999`);
  }
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// Days since 1970-01-01, by integer arithmetic (H. Hinnant's civil-date algorithms), so that
// date sums never depend on a time zone or on Date's two-digit-year quirks.
function dayNumberOf({ year, month, day }: DateParts): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

export function toDayNumber(date: LocalDate): number {
  return dayNumberOf(parseLocalDate(date));
}

export function fromDayNumber(dayNumber: number): LocalDate {
  if (!Number.isInteger(dayNumber)) throw new RangeError(`Day number must be an integer: ${dayNumber}`);
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return formatLocalDate({ year, month, day });
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return fromDayNumber(toDayNumber(date) + days);
}

export function isoWeekday(date: LocalDate): IsoWeekday {
  // Day 0 (1970-01-01) was a Thursday.
  return ((((toDayNumber(date) + 3) % 7) + 7) % 7 + 1) as IsoWeekday;
}

export function isWeekend(date: LocalDate): boolean {
  return isoWeekday(date) >= 6;
}

/** Negative, zero or positive like a comparator; plain string order is date order for YYYY-MM-DD. */
export function compareLocalDates(a: LocalDate, b: LocalDate): number {
  parseLocalDate(a);
  parseLocalDate(b);
  return a < b ? -1 : a > b ? 1 : 0;
}
