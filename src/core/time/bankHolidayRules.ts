import { easterSunday } from './easter';
import { type LocalDate, addDays, formatLocalDate, isWeekend, isoWeekday } from './localDate';
import { MOVED_BANK_HOLIDAYS, type MovableBankHoliday } from './movedBankHolidays';

export type BankHoliday = { date: LocalDate; name: string };

/** The first year the current England and Wales pattern (with the early May holiday) applies. */
export const FIRST_MODELLED_YEAR = 1978;

function firstMonday(year: number, month: number): LocalDate {
  const first = formatLocalDate({ year, month, day: 1 });
  return addDays(first, (8 - isoWeekday(first)) % 7);
}

function lastMonday(year: number, month: number): LocalDate {
  const lastDay = addDays(formatLocalDate({ year: month === 12 ? year + 1 : year, month: (month % 12) + 1, day: 1 }), -1);
  return addDays(lastDay, -((isoWeekday(lastDay) + 6) % 7));
}

function movedOr(year: number, holiday: MovableBankHoliday, byRule: BankHoliday): BankHoliday {
  const moved = MOVED_BANK_HOLIDAYS.find((m) => m.year === year && m.holiday === holiday);
  return moved ? { date: moved.date, name: moved.name } : byRule;
}

/**
 * A weekend New Year's Day, Christmas Day or Boxing Day gives a substitute weekday. Holidays that
 * already fall on a weekday keep their day; the others take the next weekday not yet taken, in
 * order. So 25 Dec on a Saturday → Mon 27 (Christmas) and Tue 28 (Boxing Day); on a Sunday →
 * Boxing Day Mon 26 and Christmas Tue 27.
 */
function withSubstitutes(holidays: BankHoliday[]): BankHoliday[] {
  const taken = new Set(holidays.filter((h) => !isWeekend(h.date)).map((h) => h.date));
  return holidays.map((holiday) => {
    if (!isWeekend(holiday.date)) return holiday;
    let date = addDays(holiday.date, 1);
    while (isWeekend(date) || taken.has(date)) date = addDays(date, 1);
    taken.add(date);
    return { date, name: `${holiday.name} (substitute day)` };
  });
}

/** The England and Wales bank holidays that follow from the rules (and the moved-holiday table). */
export function ruleBankHolidays(year: number): BankHoliday[] {
  if (!Number.isInteger(year) || year < FIRST_MODELLED_YEAR || year > 9998) {
    throw new RangeError(`Bank holidays are modelled for ${FIRST_MODELLED_YEAR}–9998, not ${year}`);
  }
  const easter = easterSunday(year);
  return [
    ...withSubstitutes([{ date: formatLocalDate({ year, month: 1, day: 1 }), name: "New Year's Day" }]),
    { date: addDays(easter, -2), name: 'Good Friday' },
    { date: addDays(easter, 1), name: 'Easter Monday' },
    movedOr(year, 'early May', { date: firstMonday(year, 5), name: 'Early May bank holiday' }),
    movedOr(year, 'spring', { date: lastMonday(year, 5), name: 'Spring bank holiday' }),
    { date: lastMonday(year, 8), name: 'Summer bank holiday' },
    ...withSubstitutes([
      { date: formatLocalDate({ year, month: 12, day: 25 }), name: 'Christmas Day' },
      { date: formatLocalDate({ year, month: 12, day: 26 }), name: 'Boxing Day' },
    ]),
  ];
}
