import { type LocalDate, formatLocalDate, parseLocalDate } from './localDate';
import { type QuarterId, type QuarterNumber, formatQuarterId, parseQuarterId } from './quarterId';

/** The quarter a date falls in: April–June is Q1 of the financial year starting that April. */
export function quarterOf(date: LocalDate): QuarterId {
  const { year, month } = parseLocalDate(date);
  if (month <= 3) return formatQuarterId({ financialYear: year - 1, quarter: 4 });
  return formatQuarterId({ financialYear: year, quarter: (Math.floor((month - 4) / 3) + 1) as QuarterNumber });
}

// First month of each quarter and whether it falls in the following calendar year.
const START_MONTH: Record<QuarterNumber, number> = { 1: 4, 2: 7, 3: 10, 4: 1 };
const END: Record<QuarterNumber, { month: number; day: number }> = {
  1: { month: 6, day: 30 },
  2: { month: 9, day: 30 },
  3: { month: 12, day: 31 },
  4: { month: 3, day: 31 },
};

function calendarYear(financialYear: number, quarter: QuarterNumber): number {
  return quarter === 4 ? financialYear + 1 : financialYear;
}

/** The first day of the quarter. */
export function quarterStart(quarterId: QuarterId): LocalDate {
  const { financialYear, quarter } = parseQuarterId(quarterId);
  return formatLocalDate({ year: calendarYear(financialYear, quarter), month: START_MONTH[quarter], day: 1 });
}

/** The last day of the quarter (inclusive). */
export function quarterEnd(quarterId: QuarterId): LocalDate {
  const { financialYear, quarter } = parseQuarterId(quarterId);
  return formatLocalDate({ year: calendarYear(financialYear, quarter), ...END[quarter] });
}

export function quarterContains(quarterId: QuarterId, date: LocalDate): boolean {
  return quarterOf(date) === formatQuarterId(parseQuarterId(quarterId));
}
