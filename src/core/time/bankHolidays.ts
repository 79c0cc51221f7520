import { type BankHoliday, ruleBankHolidays } from './bankHolidayRules';
import { type LocalDate, parseLocalDate } from './localDate';
import { ENGLAND_AND_WALES_ONE_OFF_HOLIDAYS, type HolidayPolicy } from './oneOffHolidays';

export type { BankHoliday } from './bankHolidayRules';

// Rules and proclaimed one-offs never change for a year, so each year is worked out once.
const builtInByYear = new Map<number, { list: BankHoliday[]; dates: Set<LocalDate> }>();

function builtIn(year: number): { list: BankHoliday[]; dates: Set<LocalDate> } {
  let entry = builtInByYear.get(year);
  if (!entry) {
    const list = mergeByDate(
      ruleBankHolidays(year),
      ENGLAND_AND_WALES_ONE_OFF_HOLIDAYS.filter((h) => h.date.startsWith(`${year}-`)),
    );
    entry = { list, dates: new Set(list.map((h) => h.date)) };
    builtInByYear.set(year, entry);
  }
  return entry;
}

/** Sorted by date; where two fall on one date the first keeps it. */
function mergeByDate(first: readonly BankHoliday[], more: readonly BankHoliday[]): BankHoliday[] {
  const byDate = new Map<LocalDate, BankHoliday>();
  for (const { date, name } of [...first, ...more]) if (!byDate.has(date)) byDate.set(date, { date, name });
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * England and Wales bank holidays in a calendar year, sorted by date: the rule-based ones with
 * substitute days and moved days, the proclaimed one-offs, and the policy's extra one-offs.
 */
export function bankHolidays(year: number, policy: HolidayPolicy = {}): BankHoliday[] {
  const extra = (policy.oneOffHolidays ?? []).filter((h) => parseLocalDate(h.date).year === year);
  return mergeByDate(builtIn(year).list, extra);
}

export function isBankHoliday(date: LocalDate, policy: HolidayPolicy = {}): boolean {
  const { year } = parseLocalDate(date);
  return builtIn(year).dates.has(date) || (policy.oneOffHolidays ?? []).some((h) => h.date === date);
}
